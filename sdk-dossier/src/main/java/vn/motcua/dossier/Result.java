package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * A result document of the procedure (giấy tờ kết quả): a licence, a certificate, an extract.
 * Immutable and thread-safe.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"id", "name", "componentCode", "url"})
public final class Result {
  private static final Set<String> PROPERTIES = Set.of("id", "name", "componentCode", "url");

  @NotBlank
  @Size(max = 100)
  @JsonProperty("id")
  private final String id;

  @NotBlank
  @Size(max = 500)
  @JsonProperty("name")
  private final String name;

  @Size(max = 100)
  @JsonProperty("componentCode")
  private final @Nullable String componentCode;

  @JsonProperty("url")
  private final @Nullable URI url;

  private final Map<String, JsonNode> extensions;

  private Result(Builder b) {
    this.id = Objects.requireNonNull(b.id);
    this.name = Objects.requireNonNull(b.name);
    this.componentCode = b.componentCode;
    this.url = b.url;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.componentCode = componentCode;
    b.url = url;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static Result fromJson(
      @JsonProperty("id") @Nullable String id,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("componentCode") @Nullable String componentCode,
      @JsonProperty("url") @Nullable URI url,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.componentCode = componentCode;
    b.url = url;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns the result document's id ({@code GiayToId}). */
  public String id() {
    return id;
  }

  /** Returns the result document's name ({@code TenGiayTo}). */
  public String name() {
    return name;
  }

  /** Returns the component code the portal files it under ({@code MaThanhPhanHoSo}). */
  public Optional<String> componentCode() {
    return Optional.ofNullable(componentCode);
  }

  /** Returns where the result file can be downloaded ({@code DuongDanTepTinKetQua}). */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Returns the properties read leniently that this version does not know, kept so that writing the
   * object back loses nothing; empty for objects built in code. A copy: changing it changes nothing
   * here.
   */
  public Map<String, JsonNode> extensions() {
    return Extensions.exposed(extensions);
  }

  @JsonAnyGetter
  private Map<String, JsonNode> jsonExtensions() {
    return extensions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Result other
        && id.equals(other.id)
        && name.equals(other.name)
        && Objects.equals(componentCode, other.componentCode)
        && Objects.equals(url, other.url)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, componentCode, url, extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "Result[id=" + id + "]";
  }

  /** Builds a {@link Result}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String componentCode;
    private @Nullable URI url;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets the result document's id ({@code GiayToId}). Required. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** Sets the result document's name ({@code TenGiayTo}). Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the component code the portal files it under ({@code MaThanhPhanHoSo}). {@code null}
     * clears it.
     */
    public Builder componentCode(@Nullable String componentCode) {
      this.componentCode = componentCode;
      return this;
    }

    /**
     * Sets where the result file can be downloaded ({@code DuongDanTepTinKetQua}). {@code null}
     * clears it.
     */
    public Builder url(@Nullable URI url) {
      this.url = url;
      return this;
    }

    /**
     * Sets unknown properties to carry for forward compatibility; their names must not be declared
     * properties of this type.
     */
    public Builder extensions(Map<String, JsonNode> extensions) {
      this.extensions = Objects.requireNonNull(extensions, "extensions");
      return this;
    }

    /**
     * Returns the Result.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code id}, {@code name})
     */
    public Result build() {
      Required.of("Result").check(id, "id").check(name, "name").done();
      return new Result(this);
    }
  }
}
