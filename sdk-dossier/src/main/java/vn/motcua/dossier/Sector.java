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
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * The field (lĩnh vực) a procedure belongs to, as the national database names it: {@code
 * MaLinhVuc}, {@code TenLinhVuc}. Immutable; not personal data.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"code", "name"})
public final class Sector {
  private static final Set<String> PROPERTIES = Set.of("code", "name");

  @JsonProperty("code")
  @NotBlank
  @Size(max = 100)
  private final String code;

  @JsonProperty("name")
  @NotBlank
  @Size(max = 500)
  private final String name;

  private final Map<String, JsonNode> extensions;

  private Sector(String code, String name, Map<String, JsonNode> extensions) {
    this.code = code;
    this.name = name;
    this.extensions = extensions;
  }

  /** Returns a sector with the given code and name. */
  public static Sector of(String code, String name) {
    return new Sector(
        Objects.requireNonNull(code, "code"), Objects.requireNonNull(name, "name"), Map.of());
  }

  @JsonCreator
  private static Sector fromJson(
      @JsonProperty("code") @Nullable String code,
      @JsonProperty("name") @Nullable String name,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Required.of("Sector").check(code, "code").check(name, "name").done();
    return new Sector(code, name, Extensions.copy(extensions, PROPERTIES));
  }

  /** Returns the sector's code ({@code MaLinhVuc}). */
  public String code() {
    return code;
  }

  /** Returns the sector's name ({@code TenLinhVuc}). */
  public String name() {
    return name;
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
  public Sector withExtensions(Map<String, JsonNode> extensions) {
    return new Sector(code, name, Extensions.copy(extensions, PROPERTIES));
  }

  @JsonAnyGetter
  private Map<String, JsonNode> jsonExtensions() {
    return extensions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Sector other
        && code.equals(other.code)
        && name.equals(other.name)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, extensions);
  }

  @Override
  public String toString() {
    return "Sector[" + code + "]";
  }
}
