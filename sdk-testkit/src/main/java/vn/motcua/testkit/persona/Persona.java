package vn.motcua.testkit.persona;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.privacy.Mask;

/**
 * A synthetic account holder that a stub identity provider can sign in: a citizen, or the
 * representative of a business.
 *
 * <p>For a {@link PersonaKind#BUSINESS} persona the personal fields (name, sex, birth date, ID
 * numbers) describe the representative who signs in, and {@link #business()} describes the
 * business; address, phone and e-mail are the business's.
 *
 * <p>Immutable and thread-safe. Text is stored in Unicode NFC. {@link #toString()} masks every
 * personal value, even though the data is synthetic, so that logs of tests look like logs of
 * production.
 */
public final class Persona {
  private final String id;
  private final PersonaKind kind;
  private final String subject;
  private final String techId;
  private final String fullName;
  private final Sex sex;
  private final LocalDate birthDate;
  private final PersonalIdNumber personalIdNumber;
  private final @Nullable LegacyIdCardNumber legacyIdCardNumber;
  private final @Nullable String passportNumber;
  private final @Nullable TaxCode taxCode;
  private final String address;
  private final String phone;
  private final String email;
  private final AccountLevel level;
  private final @Nullable Business business;
  private final @Nullable String description;

  private Persona(Builder b) {
    this.id = required(b.id, "id");
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.subject = required(b.subject, "subject");
    this.techId = required(b.techId, "techId");
    this.fullName = nfc(required(b.fullName, "fullName"));
    this.sex = Objects.requireNonNull(b.sex, "sex");
    this.birthDate = Objects.requireNonNull(b.birthDate, "birthDate");
    this.personalIdNumber = Objects.requireNonNull(b.personalIdNumber, "personalIdNumber");
    this.legacyIdCardNumber = b.legacyIdCardNumber;
    this.passportNumber = b.passportNumber;
    this.taxCode = b.taxCode;
    this.address = nfc(required(b.address, "address"));
    this.phone = required(b.phone, "phone");
    this.email = required(b.email, "email");
    this.level = Objects.requireNonNull(b.level, "level");
    this.business = b.business;
    this.description = b.description;
    if ((kind == PersonaKind.BUSINESS) != (business != null)) {
      throw new IllegalStateException(
          "persona " + id + ": a business persona needs a business, a citizen must not have one");
    }
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the persona's handle in its pack, such as {@code citizen-01}: what a test passes as
   * {@code login_hint}. It names no real data, so it may be logged.
   */
  public String id() {
    return id;
  }

  /** Returns whether this is a citizen or a business account. */
  public PersonaKind kind() {
    return kind;
  }

  /** Returns the stable subject identifier, the ID token's {@code sub}. */
  public String subject() {
    return subject;
  }

  /** Returns the stable account id the national SSO sends as {@code TechID}. */
  public String techId() {
    return techId;
  }

  /** Returns the full name (họ và tên), with Vietnamese diacritics, in NFC. */
  public String fullName() {
    return fullName;
  }

  /** Returns the sex. */
  public Sex sex() {
    return sex;
  }

  /** Returns the birth date. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** Returns the 12-digit personal ID number (số định danh cá nhân). */
  public PersonalIdNumber personalIdNumber() {
    return personalIdNumber;
  }

  /** Returns the 9-digit legacy ID card number (CMND), for people old enough to have had one. */
  public Optional<LegacyIdCardNumber> legacyIdCardNumber() {
    return Optional.ofNullable(legacyIdCardNumber);
  }

  /** Returns the passport number (one letter, seven digits), when the persona has a passport. */
  public Optional<String> passportNumber() {
    return Optional.ofNullable(passportNumber);
  }

  /**
   * Returns the personal tax code of a citizen who has one; businesses carry theirs in {@link
   * #business()}.
   */
  public Optional<TaxCode> taxCode() {
    return Optional.ofNullable(taxCode);
  }

  /** Returns the address of residence (or the business's registered address). */
  public String address() {
    return address;
  }

  /** Returns the mobile phone number, ten digits starting with {@code 0}. */
  public String phone() {
    return phone;
  }

  /** Returns the e-mail address. */
  public String email() {
    return email;
  }

  /** Returns the account's level of assurance. */
  public AccountLevel level() {
    return level;
  }

  /** Returns the business, for a {@link PersonaKind#BUSINESS} persona. */
  public Optional<Business> business() {
    return Optional.ofNullable(business);
  }

  /**
   * Returns what this persona is for, when it is special (such as deliberately inconsistent data).
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns whether the personal ID number agrees with the sex and birth year, as motcua-core
   * checks it. One persona of the default pack is deliberately inconsistent.
   */
  public boolean isConsistent() {
    return personalIdNumber.checkConsistency(sex, birthDate).isValid();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Persona other
        && id.equals(other.id)
        && kind == other.kind
        && subject.equals(other.subject)
        && techId.equals(other.techId)
        && fullName.equals(other.fullName)
        && sex == other.sex
        && birthDate.equals(other.birthDate)
        && personalIdNumber.equals(other.personalIdNumber)
        && Objects.equals(legacyIdCardNumber, other.legacyIdCardNumber)
        && Objects.equals(passportNumber, other.passportNumber)
        && Objects.equals(taxCode, other.taxCode)
        && address.equals(other.address)
        && phone.equals(other.phone)
        && email.equals(other.email)
        && level == other.level
        && Objects.equals(business, other.business)
        && Objects.equals(description, other.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, subject, personalIdNumber);
  }

  /** Returns the id, kind and level, and masked personal values. */
  @Override
  public String toString() {
    return "Persona[id="
        + id
        + ", kind="
        + kind
        + ", level="
        + level
        + ", fullName="
        + Mask.name(fullName)
        + ", personalIdNumber="
        + Mask.idNumber(personalIdNumber.value())
        + (business == null ? "" : ", business=" + business)
        + "]";
  }

  private static String required(@Nullable String value, String name) {
    Objects.requireNonNull(value, name);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new IllegalStateException("persona field " + name + " must not be blank");
    }
    return stripped;
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** Collects the fields of a {@link Persona}; not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable PersonaKind kind;
    private @Nullable String subject;
    private @Nullable String techId;
    private @Nullable String fullName;
    private @Nullable Sex sex;
    private @Nullable LocalDate birthDate;
    private @Nullable PersonalIdNumber personalIdNumber;
    private @Nullable LegacyIdCardNumber legacyIdCardNumber;
    private @Nullable String passportNumber;
    private @Nullable TaxCode taxCode;
    private @Nullable String address;
    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable AccountLevel level;
    private @Nullable Business business;
    private @Nullable String description;

    private Builder() {}

    /** Sets the handle, such as {@code citizen-01}; required. */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /** Sets the account kind; required. */
    public Builder kind(PersonaKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** Sets the stable subject identifier; required. */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /** Sets the stable {@code TechID}; required. */
    public Builder techId(String techId) {
      this.techId = Objects.requireNonNull(techId, "techId");
      return this;
    }

    /** Sets the full name; required. */
    public Builder fullName(String fullName) {
      this.fullName = Objects.requireNonNull(fullName, "fullName");
      return this;
    }

    /** Sets the sex; required. */
    public Builder sex(Sex sex) {
      this.sex = Objects.requireNonNull(sex, "sex");
      return this;
    }

    /** Sets the birth date; required. */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
      return this;
    }

    /** Sets the personal ID number; required. */
    public Builder personalIdNumber(PersonalIdNumber personalIdNumber) {
      this.personalIdNumber = Objects.requireNonNull(personalIdNumber, "personalIdNumber");
      return this;
    }

    /** Sets the legacy ID card number; optional. */
    public Builder legacyIdCardNumber(@Nullable LegacyIdCardNumber legacyIdCardNumber) {
      this.legacyIdCardNumber = legacyIdCardNumber;
      return this;
    }

    /** Sets the passport number; optional. */
    public Builder passportNumber(@Nullable String passportNumber) {
      this.passportNumber = passportNumber;
      return this;
    }

    /** Sets a citizen's personal tax code; optional. */
    public Builder taxCode(@Nullable TaxCode taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /** Sets the address; required. */
    public Builder address(String address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /** Sets the mobile phone number; required. */
    public Builder phone(String phone) {
      this.phone = Objects.requireNonNull(phone, "phone");
      return this;
    }

    /** Sets the e-mail address; required. */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email");
      return this;
    }

    /** Sets the account level; required. */
    public Builder level(AccountLevel level) {
      this.level = Objects.requireNonNull(level, "level");
      return this;
    }

    /** Sets the business; required for, and only for, a business persona. */
    public Builder business(@Nullable Business business) {
      this.business = business;
      return this;
    }

    /** Sets a note on what the persona is for; optional. */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Returns the persona.
     *
     * @throws NullPointerException if a required field is missing
     * @throws IllegalStateException if a required text is blank, or the business does not match the
     *     kind
     */
    public Persona build() {
      return new Persona(this);
    }
  }
}
