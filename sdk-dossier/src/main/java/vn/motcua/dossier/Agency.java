package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * An agency (cơ quan) by its electronic identification code and, when known, its name ({@code
 * DonViXuLy} in the portal payload). Immutable; not personal data.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"code", "name"})
public final class Agency {
  private static final Set<String> PROPERTIES = Set.of("code", "name");

  @JsonProperty("code")
  private final AgencyCode code;

  @JsonProperty("name")
  @Size(max = 500)
  private final @Nullable String name;

  private final Map<String, JsonNode> extensions;

  private Agency(AgencyCode code, @Nullable String name, Map<String, JsonNode> extensions) {
    this.code = code;
    this.name = name;
    this.extensions = extensions;
  }

  /** Returns an agency with the given code and name. */
  public static Agency of(AgencyCode code, @Nullable String name) {
    return new Agency(Objects.requireNonNull(code, "code"), name, Map.of());
  }

  @JsonCreator
  private static Agency fromJson(
      @JsonProperty("code") @Nullable AgencyCode code,
      @JsonProperty("name") @Nullable String name,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Required.of("Agency").check(code, "code").done();
    return new Agency(code, name, Extensions.copy(extensions, PROPERTIES));
  }

  /** Returns the agency's code. */
  public AgencyCode code() {
    return code;
  }

  /** Returns the agency's name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Returns the properties read leniently that this version does not know, kept so that writing the
   * object back loses nothing; empty for objects built in code. A copy: changing it changes nothing
   * here.
   */
  public Map<String, JsonNode> extensions() {
    return Extensions.exposed(extensions);
  }

  /** Returns a copy that carries the given unknown properties, for forward compatibility. */
  public Agency withExtensions(Map<String, JsonNode> extensions) {
    return new Agency(code, name, Extensions.copy(extensions, PROPERTIES));
  }

  @JsonAnyGetter
  private Map<String, JsonNode> jsonExtensions() {
    return extensions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Agency other
        && code.equals(other.code)
        && Objects.equals(name, other.name)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, extensions);
  }

  @Override
  public String toString() {
    return "Agency[" + code + "]";
  }
}
