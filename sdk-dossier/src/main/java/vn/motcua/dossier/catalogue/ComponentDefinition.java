package vn.motcua.dossier.catalogue;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * A component of a procedure's dossier (thành phần hồ sơ) as the catalogue defines it: its code and
 * name, whether it is required, how many copies, in which form, which media types are accepted and
 * how large a file may be. Immutable and thread-safe.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({
  "code",
  "name",
  "required",
  "quantity",
  "form",
  "mediaTypes",
  "maxSize",
  "templateUrl"
})
public final class ComponentDefinition {
  private static final Set<String> PROPERTIES =
      Set.of(
          "code", "name", "required", "quantity", "form", "mediaTypes", "maxSize", "templateUrl");

  @NotBlank
  @Size(max = 100)
  @JsonProperty("code")
  private final String code;

  @NotBlank
  @Size(max = 1000)
  @JsonProperty("name")
  private final String name;

  @JsonProperty("required")
  private final boolean required;

  @Positive
  @JsonProperty("quantity")
  private final @Nullable Integer quantity;

  @JsonProperty("form")
  private final @Nullable ComponentForm form;

  @JsonProperty("mediaTypes")
  private final List<@NotBlank String> mediaTypes;

  @Positive
  @JsonProperty("maxSize")
  private final @Nullable Long maxSize;

  @JsonProperty("templateUrl")
  private final @Nullable URI templateUrl;

  private final Map<String, JsonNode> extensions;

  private ComponentDefinition(Builder b) {
    this.code = Objects.requireNonNull(b.code);
    this.name = Objects.requireNonNull(b.name);
    this.required = b.required;
    this.quantity = b.quantity;
    this.form = b.form;
    this.mediaTypes = List.copyOf(b.mediaTypes);
    this.maxSize = b.maxSize;
    this.templateUrl = b.templateUrl;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.code = code;
    b.name = name;
    b.required = required;
    b.quantity = quantity;
    b.form = form;
    b.mediaTypes.addAll(mediaTypes);
    b.maxSize = maxSize;
    b.templateUrl = templateUrl;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static ComponentDefinition fromJson(
      @JsonProperty("code") @Nullable String code,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("required") @Nullable Boolean required,
      @JsonProperty("quantity") @Nullable Integer quantity,
      @JsonProperty("form") @Nullable ComponentForm form,
      @JsonProperty("mediaTypes") @Nullable List<String> mediaTypes,
      @JsonProperty("maxSize") @Nullable Long maxSize,
      @JsonProperty("templateUrl") @Nullable URI templateUrl,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.code = code;
    b.name = name;
    b.required = required != null && required;
    b.quantity = quantity;
    b.form = form;
    if (mediaTypes != null) {
      b.mediaTypes.addAll(mediaTypes);
    }
    b.maxSize = maxSize;
    b.templateUrl = templateUrl;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns the component's code ({@code MAGIAYTO}). */
  public String code() {
    return code;
  }

  /** Returns the component's name ({@code TENGIAYTO}). */
  public String name() {
    return name;
  }

  /** Returns whether every dossier must include this component. */
  public boolean required() {
    return required;
  }

  /** Returns the number of copies to submit on paper, when stated. */
  public Optional<Integer> quantity() {
    return Optional.ofNullable(quantity);
  }

  /** Returns the form the component must take: original, copy or certified copy. */
  public Optional<ComponentForm> form() {
    return Optional.ofNullable(form);
  }

  /** Returns the accepted media types; empty means any. */
  public List<String> mediaTypes() {
    return mediaTypes;
  }

  /** Returns the largest accepted file, in bytes, when limited. */
  public Optional<Long> maxSize() {
    return Optional.ofNullable(maxSize);
  }

  /** Returns where the blank form can be downloaded ({@code URL}). */
  public Optional<URI> templateUrl() {
    return Optional.ofNullable(templateUrl);
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
    return o instanceof ComponentDefinition other
        && code.equals(other.code)
        && name.equals(other.name)
        && required == other.required
        && Objects.equals(quantity, other.quantity)
        && Objects.equals(form, other.form)
        && mediaTypes.equals(other.mediaTypes)
        && Objects.equals(maxSize, other.maxSize)
        && Objects.equals(templateUrl, other.templateUrl)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code, name, required, quantity, form, mediaTypes, maxSize, templateUrl, extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "ComponentDefinition[" + code + (required ? ", required" : "") + "]";
  }

  /** Builds a {@link ComponentDefinition}; not thread-safe. */
  public static final class Builder {
    private @Nullable String code;
    private @Nullable String name;
    private boolean required;
    private @Nullable Integer quantity;
    private @Nullable ComponentForm form;
    private final List<String> mediaTypes = new ArrayList<>();
    private @Nullable Long maxSize;
    private @Nullable URI templateUrl;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets the component's code ({@code MAGIAYTO}). Required. */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /** Sets the component's name ({@code TENGIAYTO}). Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets whether every dossier must include this component. Default {@code false}. */
    public Builder required(boolean required) {
      this.required = required;
      return this;
    }

    /** Sets the number of copies to submit on paper, when stated. {@code null} clears it. */
    public Builder quantity(@Nullable Integer quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the form the component must take: original, copy or certified copy. {@code null} clears
     * it.
     */
    public Builder form(@Nullable ComponentForm form) {
      this.form = form;
      return this;
    }

    /** Sets the accepted media types (empty means any), replacing any set before. */
    public Builder mediaTypes(List<String> mediaTypes) {
      this.mediaTypes.clear();
      mediaTypes.forEach(this::addMediaType);
      return this;
    }

    /** Appends one to the accepted media types. */
    public Builder addMediaType(String value) {
      this.mediaTypes.add(Objects.requireNonNull(value, "mediaTypes element"));
      return this;
    }

    /** Sets the largest accepted file, in bytes, when limited. {@code null} clears it. */
    public Builder maxSize(@Nullable Long maxSize) {
      this.maxSize = maxSize;
      return this;
    }

    /** Sets where the blank form can be downloaded ({@code URL}). {@code null} clears it. */
    public Builder templateUrl(@Nullable URI templateUrl) {
      this.templateUrl = templateUrl;
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
     * Returns the ComponentDefinition.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code code}, {@code name})
     */
    public ComponentDefinition build() {
      Required.of("ComponentDefinition").check(code, "code").check(name, "name").done();
      return new ComponentDefinition(this);
    }
  }
}
