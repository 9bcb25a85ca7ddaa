package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * The procedure (thủ tục hành chính) a dossier is for, as the national procedure database names it:
 * code ({@code MaTTHC}), name ({@code TenTTHC}) and sector. The code may be national ({@code
 * 1.001193}) or localized; the portal receives the national one. Immutable; not personal data.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"code", "name", "sector"})
public final class ProcedureRef {
  private static final Set<String> PROPERTIES = Set.of("code", "name", "sector");

  @JsonProperty("code")
  private final ProcedureCode code;

  @JsonProperty("name")
  @NotBlank
  @Size(max = 1000)
  private final String name;

  @JsonProperty("sector")
  @Valid
  private final Sector sector;

  private final Map<String, JsonNode> extensions;

  private ProcedureRef(
      ProcedureCode code, String name, Sector sector, Map<String, JsonNode> extensions) {
    this.code = code;
    this.name = name;
    this.sector = sector;
    this.extensions = extensions;
  }

  /** Returns a reference to the procedure with the given code, name and sector. */
  public static ProcedureRef of(ProcedureCode code, String name, Sector sector) {
    return new ProcedureRef(
        Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(sector, "sector"),
        Map.of());
  }

  @JsonCreator
  private static ProcedureRef fromJson(
      @JsonProperty("code") @Nullable ProcedureCode code,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("sector") @Nullable Sector sector,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Required.of("ProcedureRef")
        .check(code, "code")
        .check(name, "name")
        .check(sector, "sector")
        .done();
    return new ProcedureRef(code, name, sector, Extensions.copy(extensions, PROPERTIES));
  }

  /** Returns the procedure code, national or localized ({@code MaTTHC}). */
  public ProcedureCode code() {
    return code;
  }

  /** Returns the procedure's name ({@code TenTTHC}). */
  public String name() {
    return name;
  }

  /** Returns the sector the procedure belongs to. */
  public Sector sector() {
    return sector;
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
  public ProcedureRef withExtensions(Map<String, JsonNode> extensions) {
    return new ProcedureRef(code, name, sector, Extensions.copy(extensions, PROPERTIES));
  }

  @JsonAnyGetter
  private Map<String, JsonNode> jsonExtensions() {
    return extensions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProcedureRef other
        && code.equals(other.code)
        && name.equals(other.name)
        && sector.equals(other.sector)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, name, sector, extensions);
  }

  @Override
  public String toString() {
    return "ProcedureRef[" + code + "]";
  }
}
