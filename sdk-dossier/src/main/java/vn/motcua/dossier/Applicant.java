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
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.privacy.Mask;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * The applicant (chủ hồ sơ): the citizen or organisation the dossier is for ({@code ChuHoSo},
 * {@code LoaiDoiTuong}, {@code MaDoiTuong}). A citizen is identified by a personal ID number (or,
 * in old records, a legacy ID card number), an organisation by its tax code.
 *
 * <p>Immutable and thread-safe. This is personal data: {@link #toString()} masks every part of it.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({
  "kind",
  "fullName",
  "personalId",
  "legacyIdCard",
  "taxCode",
  "birthDate",
  "sex",
  "address",
  "phone",
  "email"
})
public final class Applicant {
  private static final Set<String> PROPERTIES =
      Set.of(
          "kind",
          "fullName",
          "personalId",
          "legacyIdCard",
          "taxCode",
          "birthDate",
          "sex",
          "address",
          "phone",
          "email");

  @JsonProperty("kind")
  private final ApplicantKind kind;

  @NotBlank
  @Size(max = 255)
  @JsonProperty("fullName")
  private final String fullName;

  @JsonProperty("personalId")
  private final @Nullable PersonalIdNumber personalId;

  @JsonProperty("legacyIdCard")
  private final @Nullable LegacyIdCardNumber legacyIdCard;

  @JsonProperty("taxCode")
  private final @Nullable TaxCode taxCode;

  @JsonProperty("birthDate")
  private final @Nullable LocalDate birthDate;

  @JsonProperty("sex")
  private final @Nullable Sex sex;

  @Size(max = 500)
  @JsonProperty("address")
  private final @Nullable String address;

  @Size(max = 20)
  @JsonProperty("phone")
  private final @Nullable String phone;

  @Size(max = 254)
  @JsonProperty("email")
  private final @Nullable String email;

  private final Map<String, JsonNode> extensions;

  private Applicant(Builder b) {
    this.kind = Objects.requireNonNull(b.kind);
    this.fullName = Objects.requireNonNull(b.fullName);
    this.personalId = b.personalId;
    this.legacyIdCard = b.legacyIdCard;
    this.taxCode = b.taxCode;
    this.birthDate = b.birthDate;
    this.sex = b.sex;
    this.address = b.address;
    this.phone = b.phone;
    this.email = b.email;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind;
    b.fullName = fullName;
    b.personalId = personalId;
    b.legacyIdCard = legacyIdCard;
    b.taxCode = taxCode;
    b.birthDate = birthDate;
    b.sex = sex;
    b.address = address;
    b.phone = phone;
    b.email = email;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static Applicant fromJson(
      @JsonProperty("kind") @Nullable ApplicantKind kind,
      @JsonProperty("fullName") @Nullable String fullName,
      @JsonProperty("personalId") @Nullable PersonalIdNumber personalId,
      @JsonProperty("legacyIdCard") @Nullable LegacyIdCardNumber legacyIdCard,
      @JsonProperty("taxCode") @Nullable TaxCode taxCode,
      @JsonProperty("birthDate") @Nullable LocalDate birthDate,
      @JsonProperty("sex") @Nullable Sex sex,
      @JsonProperty("address") @Nullable String address,
      @JsonProperty("phone") @Nullable String phone,
      @JsonProperty("email") @Nullable String email,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.kind = kind;
    b.fullName = fullName;
    b.personalId = personalId;
    b.legacyIdCard = legacyIdCard;
    b.taxCode = taxCode;
    b.birthDate = birthDate;
    b.sex = sex;
    b.address = address;
    b.phone = phone;
    b.email = email;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns whether the applicant is a citizen or an organisation. */
  public ApplicantKind kind() {
    return kind;
  }

  /** Returns the person's full name or the organisation's name. */
  public String fullName() {
    return fullName;
  }

  /** Returns the personal ID number (số định danh cá nhân). */
  public Optional<PersonalIdNumber> personalId() {
    return Optional.ofNullable(personalId);
  }

  /** Returns the legacy ID card (CMND) number, found in old records. */
  public Optional<LegacyIdCardNumber> legacyIdCard() {
    return Optional.ofNullable(legacyIdCard);
  }

  /** Returns the tax code: an organisation's, or a citizen's own. */
  public Optional<TaxCode> taxCode() {
    return Optional.ofNullable(taxCode);
  }

  /** Returns the citizen's birth date. */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** Returns the citizen's sex. */
  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  /** Returns the postal address. */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /** Returns the phone number. */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** Returns the e-mail address. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
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
    return o instanceof Applicant other
        && kind.equals(other.kind)
        && fullName.equals(other.fullName)
        && Objects.equals(personalId, other.personalId)
        && Objects.equals(legacyIdCard, other.legacyIdCard)
        && Objects.equals(taxCode, other.taxCode)
        && Objects.equals(birthDate, other.birthDate)
        && Objects.equals(sex, other.sex)
        && Objects.equals(address, other.address)
        && Objects.equals(phone, other.phone)
        && Objects.equals(email, other.email)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind,
        fullName,
        personalId,
        legacyIdCard,
        taxCode,
        birthDate,
        sex,
        address,
        phone,
        email,
        extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "Applicant["
        + kind
        + ", name="
        + Mask.name(fullName)
        + (personalId == null ? "" : ", personalId=" + Mask.idNumber(personalId.value()))
        + (legacyIdCard == null ? "" : ", legacyIdCard=" + Mask.idNumber(legacyIdCard.value()))
        + (taxCode == null ? "" : ", taxCode=" + Mask.idNumber(taxCode.value()))
        + "]";
  }

  /** Builds a {@link Applicant}; not thread-safe. */
  public static final class Builder {
    private @Nullable ApplicantKind kind;
    private @Nullable String fullName;
    private @Nullable PersonalIdNumber personalId;
    private @Nullable LegacyIdCardNumber legacyIdCard;
    private @Nullable TaxCode taxCode;
    private @Nullable LocalDate birthDate;
    private @Nullable Sex sex;
    private @Nullable String address;
    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets whether the applicant is a citizen or an organisation. Required. */
    public Builder kind(ApplicantKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** Sets the person's full name or the organisation's name. Required. */
    public Builder fullName(String fullName) {
      this.fullName = Objects.requireNonNull(fullName, "fullName");
      return this;
    }

    /** Sets the personal ID number (số định danh cá nhân). {@code null} clears it. */
    public Builder personalId(@Nullable PersonalIdNumber personalId) {
      this.personalId = personalId;
      return this;
    }

    /** Sets the legacy ID card (CMND) number, found in old records. {@code null} clears it. */
    public Builder legacyIdCard(@Nullable LegacyIdCardNumber legacyIdCard) {
      this.legacyIdCard = legacyIdCard;
      return this;
    }

    /** Sets the tax code: an organisation's, or a citizen's own. {@code null} clears it. */
    public Builder taxCode(@Nullable TaxCode taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /** Sets the citizen's birth date. {@code null} clears it. */
    public Builder birthDate(@Nullable LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /** Sets the citizen's sex. {@code null} clears it. */
    public Builder sex(@Nullable Sex sex) {
      this.sex = sex;
      return this;
    }

    /** Sets the postal address. {@code null} clears it. */
    public Builder address(@Nullable String address) {
      this.address = address;
      return this;
    }

    /** Sets the phone number. {@code null} clears it. */
    public Builder phone(@Nullable String phone) {
      this.phone = phone;
      return this;
    }

    /** Sets the e-mail address. {@code null} clears it. */
    public Builder email(@Nullable String email) {
      this.email = email;
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
     * Returns the Applicant.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code kind}, {@code fullName})
     */
    public Applicant build() {
      Required.of("Applicant").check(kind, "kind").check(fullName, "fullName").done();
      return new Applicant(this);
    }
  }
}
