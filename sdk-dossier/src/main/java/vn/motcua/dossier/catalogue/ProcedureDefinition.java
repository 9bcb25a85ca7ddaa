package vn.motcua.dossier.catalogue;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Sector;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;
import vn.motcua.identity.AssuranceLevel;

/**
 * A procedure as the catalogue defines it: national code, name, sector, the channels offered with
 * their processing times and fee items, whether it is a full or partial online public service
 * (Decree 42/2022/NĐ-CP), the dossier components, the applicant kinds allowed and the e-ID
 * assurance level required. Immutable and thread-safe.
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
  "sector",
  "channels",
  "onlineMode",
  "components",
  "applicantKinds",
  "requiredAssurance"
})
public final class ProcedureDefinition {
  private static final Set<String> PROPERTIES =
      Set.of(
          "code",
          "name",
          "sector",
          "channels",
          "onlineMode",
          "components",
          "applicantKinds",
          "requiredAssurance");

  @JsonProperty("code")
  private final ProcedureCode code;

  @NotBlank
  @Size(max = 1000)
  @JsonProperty("name")
  private final String name;

  @Valid
  @JsonProperty("sector")
  private final Sector sector;

  @JsonProperty("channels")
  private final List<@Valid ChannelOffer> channels;

  @JsonProperty("onlineMode")
  private final @Nullable OnlineMode onlineMode;

  @JsonProperty("components")
  private final List<@Valid ComponentDefinition> components;

  @JsonProperty("applicantKinds")
  private final List<ApplicantKind> applicantKinds;

  @JsonProperty("requiredAssurance")
  private final @Nullable AssuranceLevel requiredAssurance;

  private final Map<String, JsonNode> extensions;

  private ProcedureDefinition(Builder b) {
    this.code = Objects.requireNonNull(b.code);
    this.name = Objects.requireNonNull(b.name);
    this.sector = Objects.requireNonNull(b.sector);
    this.channels = List.copyOf(b.channels);
    this.onlineMode = b.onlineMode;
    this.components = List.copyOf(b.components);
    this.applicantKinds = List.copyOf(b.applicantKinds);
    this.requiredAssurance = b.requiredAssurance;
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
    b.sector = sector;
    b.channels.addAll(channels);
    b.onlineMode = onlineMode;
    b.components.addAll(components);
    b.applicantKinds.addAll(applicantKinds);
    b.requiredAssurance = requiredAssurance;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static ProcedureDefinition fromJson(
      @JsonProperty("code") @Nullable ProcedureCode code,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("sector") @Nullable Sector sector,
      @JsonProperty("channels") @Nullable List<ChannelOffer> channels,
      @JsonProperty("onlineMode") @Nullable OnlineMode onlineMode,
      @JsonProperty("components") @Nullable List<ComponentDefinition> components,
      @JsonProperty("applicantKinds") @Nullable List<ApplicantKind> applicantKinds,
      @JsonProperty("requiredAssurance") @Nullable AssuranceLevel requiredAssurance,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.code = code;
    b.name = name;
    b.sector = sector;
    if (channels != null) {
      b.channels.addAll(channels);
    }
    b.onlineMode = onlineMode;
    if (components != null) {
      b.components.addAll(components);
    }
    if (applicantKinds != null) {
      b.applicantKinds.addAll(applicantKinds);
    }
    b.requiredAssurance = requiredAssurance;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns the national procedure code, such as {@code 1.001193}. */
  public ProcedureCode code() {
    return code;
  }

  /** Returns the procedure's name ({@code TENTTHC}). */
  public String name() {
    return name;
  }

  /** Returns the sector the procedure belongs to. */
  public Sector sector() {
    return sector;
  }

  /**
   * Returns the channels offered, each with a processing time and fee items; a channel may appear
   * more than once, for different cases.
   */
  public List<ChannelOffer> channels() {
    return channels;
  }

  /**
   * Returns whether online submission is full (toàn trình) or partial (một phần), when online is
   * offered.
   */
  public Optional<OnlineMode> onlineMode() {
    return Optional.ofNullable(onlineMode);
  }

  /** Returns the dossier components. */
  public List<ComponentDefinition> components() {
    return components;
  }

  /** Returns the applicant kinds allowed; empty means any. */
  public List<ApplicantKind> applicantKinds() {
    return applicantKinds;
  }

  /**
   * Returns the e-ID assurance level the procedure requires of the submitting identity, when it
   * states one; VNeID level 2 is {@link AssuranceLevel#HIGH}, level 1 {@link
   * AssuranceLevel#SUBSTANTIAL} (written by name in catalogue JSON).
   */
  public Optional<AssuranceLevel> requiredAssurance() {
    return Optional.ofNullable(requiredAssurance);
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
    return o instanceof ProcedureDefinition other
        && code.equals(other.code)
        && name.equals(other.name)
        && sector.equals(other.sector)
        && channels.equals(other.channels)
        && Objects.equals(onlineMode, other.onlineMode)
        && components.equals(other.components)
        && applicantKinds.equals(other.applicantKinds)
        && Objects.equals(requiredAssurance, other.requiredAssurance)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code,
        name,
        sector,
        channels,
        onlineMode,
        components,
        applicantKinds,
        requiredAssurance,
        extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "ProcedureDefinition["
        + code
        + ", channels="
        + channels.size()
        + ", components="
        + components.size()
        + "]";
  }

  /** Builds a {@link ProcedureDefinition}; not thread-safe. */
  public static final class Builder {
    private @Nullable ProcedureCode code;
    private @Nullable String name;
    private @Nullable Sector sector;
    private final List<ChannelOffer> channels = new ArrayList<>();
    private @Nullable OnlineMode onlineMode;
    private final List<ComponentDefinition> components = new ArrayList<>();
    private final List<ApplicantKind> applicantKinds = new ArrayList<>();
    private @Nullable AssuranceLevel requiredAssurance;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets the national procedure code, such as {@code 1.001193}. Required. */
    public Builder code(ProcedureCode code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /** Sets the procedure's name ({@code TENTTHC}). Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the sector the procedure belongs to. Required. */
    public Builder sector(Sector sector) {
      this.sector = Objects.requireNonNull(sector, "sector");
      return this;
    }

    /**
     * Sets the channels offered, each with a processing time and fee items; a channel may appear
     * more than once, for different cases, replacing any set before.
     */
    public Builder channels(List<ChannelOffer> channels) {
      this.channels.clear();
      channels.forEach(this::addChannel);
      return this;
    }

    /** Appends one to the channel offers. */
    public Builder addChannel(ChannelOffer value) {
      this.channels.add(Objects.requireNonNull(value, "channels element"));
      return this;
    }

    /**
     * Sets whether online submission is full (toàn trình) or partial (một phần), when online is
     * offered. {@code null} clears it.
     */
    public Builder onlineMode(@Nullable OnlineMode onlineMode) {
      this.onlineMode = onlineMode;
      return this;
    }

    /** Sets the dossier components, replacing any set before. */
    public Builder components(List<ComponentDefinition> components) {
      this.components.clear();
      components.forEach(this::addComponent);
      return this;
    }

    /** Appends one to the components. */
    public Builder addComponent(ComponentDefinition value) {
      this.components.add(Objects.requireNonNull(value, "components element"));
      return this;
    }

    /** Sets the applicant kinds allowed (empty means any), replacing any set before. */
    public Builder applicantKinds(List<ApplicantKind> applicantKinds) {
      this.applicantKinds.clear();
      applicantKinds.forEach(this::addApplicantKind);
      return this;
    }

    /** Appends one to the allowed applicant kinds. */
    public Builder addApplicantKind(ApplicantKind value) {
      this.applicantKinds.add(Objects.requireNonNull(value, "applicantKinds element"));
      return this;
    }

    /**
     * Sets the e-ID assurance level the procedure requires of the submitting identity, when it
     * states one. {@code null} clears it.
     */
    public Builder requiredAssurance(@Nullable AssuranceLevel requiredAssurance) {
      this.requiredAssurance = requiredAssurance;
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
     * Returns the ProcedureDefinition.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code code}, {@code name}, {@code sector})
     */
    public ProcedureDefinition build() {
      Required.of("ProcedureDefinition")
          .check(code, "code")
          .check(name, "name")
          .check(sector, "sector")
          .done();
      return new ProcedureDefinition(this);
    }
  }
}
