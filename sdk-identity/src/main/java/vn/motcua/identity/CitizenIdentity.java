package vn.motcua.identity;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.privacy.Mask;

/**
 * A verified citizen's or business's identity, as a {@link ClaimProfile} maps it from an ID token
 * (and userinfo) whose signature, issuer, audience and times were checked.
 *
 * <p>Identifiers are motcua-core's value types, already validated; the full name is Unicode NFC
 * with single spaces, so names from different providers compare equal. Everything but {@link
 * #subject()}, {@link #issuer()}, {@link #accountType()} and {@link #assuranceLevel()} is optional,
 * because providers release different claims. {@link #flags()} lists doubts recorded under {@link
 * ConsistencyPolicy#FLAG}.
 *
 * <p>Almost everything here is personal data: {@link #toString()} masks every field with {@link
 * Mask}. Instances are immutable and thread-safe; equal when all fields are.
 */
public final class CitizenIdentity {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String subject;
  private final String issuer;
  private final AccountType accountType;
  private final @Nullable PersonalIdNumber personalIdNumber;
  private final @Nullable LegacyIdCardNumber legacyIdCardNumber;
  private final @Nullable String passportNumber;
  private final @Nullable String fullName;
  private final @Nullable LocalDate birthDate;
  private final @Nullable Sex sex;
  private final @Nullable String address;
  private final @Nullable String phoneNumber;
  private final @Nullable String email;
  private final @Nullable TaxCode taxCode;
  private final @Nullable String businessName;
  private final @Nullable String businessRegistrationNumber;
  private final @Nullable String accountId;
  private final AssuranceLevel assuranceLevel;
  private final @Nullable Instant authTime;
  private final Set<IdentityFlag> flags;

  private CitizenIdentity(Builder b) {
    this.subject = b.subject;
    this.issuer = b.issuer;
    this.accountType = b.accountType;
    this.personalIdNumber = b.personalIdNumber;
    this.legacyIdCardNumber = b.legacyIdCardNumber;
    this.passportNumber = b.passportNumber;
    this.fullName = b.fullName;
    this.birthDate = b.birthDate;
    this.sex = b.sex;
    this.address = b.address;
    this.phoneNumber = b.phoneNumber;
    this.email = b.email;
    this.taxCode = b.taxCode;
    this.businessName = b.businessName;
    this.businessRegistrationNumber = b.businessRegistrationNumber;
    this.accountId = b.accountId;
    this.assuranceLevel = b.assuranceLevel;
    this.authTime = b.authTime;
    this.flags =
        b.flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.flags));
  }

  /**
   * Returns a builder. Mapping from claims is {@link ClaimProfile}'s job; build directly for tests
   * and for identities established another way.
   *
   * @param subject the provider's subject identifier ({@code sub}), not empty
   * @param issuer the provider's issuer identifier ({@code iss}), not empty
   */
  public static Builder builder(String subject, String issuer) {
    return new Builder(subject, issuer);
  }

  /** Returns the provider's subject identifier ({@code sub}); unique per issuer. */
  public String subject() {
    return subject;
  }

  /** Returns the issuer that vouched for this identity ({@code iss}). */
  public String issuer() {
    return issuer;
  }

  /** Returns whether a person or a business signed in; {@link AccountType#CITIZEN} by default. */
  public AccountType accountType() {
    return accountType;
  }

  /** Returns the 12-digit personal ID number, if the provider released it. */
  public Optional<PersonalIdNumber> personalIdNumber() {
    return Optional.ofNullable(personalIdNumber);
  }

  /** Returns the legacy 9-digit ID card number, if the provider released one. */
  public Optional<LegacyIdCardNumber> legacyIdCardNumber() {
    return Optional.ofNullable(legacyIdCardNumber);
  }

  /** Returns the passport number, upper case, if the provider released one. */
  public Optional<String> passportNumber() {
    return Optional.ofNullable(passportNumber);
  }

  /** Returns the full name, NFC-normalized with single spaces, if released. */
  public Optional<String> fullName() {
    return Optional.ofNullable(fullName);
  }

  /** Returns the birth date, if released with a full date. */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /** Returns the sex, if released with a value the profile recognises. */
  public Optional<Sex> sex() {
    return Optional.ofNullable(sex);
  }

  /** Returns the address as one line of text, if released. */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /** Returns the phone number, separators removed, if released. */
  public Optional<String> phoneNumber() {
    return Optional.ofNullable(phoneNumber);
  }

  /** Returns the e-mail address, if released. */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** Returns the tax code of the person or business, if released. */
  public Optional<TaxCode> taxCode() {
    return Optional.ofNullable(taxCode);
  }

  /** Returns a business account's business name, if released. */
  public Optional<String> businessName() {
    return Optional.ofNullable(businessName);
  }

  /** Returns a business account's registration number (mã số doanh nghiệp), if released. */
  public Optional<String> businessRegistrationNumber() {
    return Optional.ofNullable(businessRegistrationNumber);
  }

  /**
   * Returns the provider's stable account id (DVCQG {@code TechID}), if released; unlike names and
   * contact data it does not change, so it is the key to link local records to.
   */
  public Optional<String> accountId() {
    return Optional.ofNullable(accountId);
  }

  /** Returns the account's level of assurance; {@link AssuranceLevel#NONE} when none is known. */
  public AssuranceLevel assuranceLevel() {
    return assuranceLevel;
  }

  /** Returns when the user authenticated ({@code auth_time}), if the token said. */
  public Optional<Instant> authTime() {
    return Optional.ofNullable(authTime);
  }

  /** Returns the doubts recorded under {@link ConsistencyPolicy#FLAG}; empty when none. */
  public Set<IdentityFlag> flags() {
    return flags;
  }

  /**
   * Returns this identity if its level of assurance is at least {@code required}.
   *
   * @throws AssuranceTooLowException when it is lower, carrying both levels for a step-up
   */
  public CitizenIdentity requireAssurance(AssuranceLevel required) {
    if (!assuranceLevel.isAtLeast(required)) {
      throw new AssuranceTooLowException(required, assuranceLevel);
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CitizenIdentity other
        && subject.equals(other.subject)
        && issuer.equals(other.issuer)
        && accountType == other.accountType
        && Objects.equals(personalIdNumber, other.personalIdNumber)
        && Objects.equals(legacyIdCardNumber, other.legacyIdCardNumber)
        && Objects.equals(passportNumber, other.passportNumber)
        && Objects.equals(fullName, other.fullName)
        && Objects.equals(birthDate, other.birthDate)
        && sex == other.sex
        && Objects.equals(address, other.address)
        && Objects.equals(phoneNumber, other.phoneNumber)
        && Objects.equals(email, other.email)
        && Objects.equals(taxCode, other.taxCode)
        && Objects.equals(businessName, other.businessName)
        && Objects.equals(businessRegistrationNumber, other.businessRegistrationNumber)
        && Objects.equals(accountId, other.accountId)
        && assuranceLevel == other.assuranceLevel
        && Objects.equals(authTime, other.authTime)
        && flags.equals(other.flags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        subject,
        issuer,
        accountType,
        personalIdNumber,
        legacyIdCardNumber,
        passportNumber,
        fullName,
        birthDate,
        sex,
        address,
        phoneNumber,
        email,
        taxCode,
        businessName,
        businessRegistrationNumber,
        accountId,
        assuranceLevel,
        authTime,
        flags);
  }

  /**
   * Returns every field masked: identifiers keep their first and last digits, names their initials,
   * dates and addresses nothing but presence. Safe to log.
   */
  @Override
  public String toString() {
    StringBuilder out =
        new StringBuilder("CitizenIdentity[")
            .append("subject=")
            .append(Mask.idNumber(subject))
            .append(", issuer=")
            .append(issuer)
            .append(", accountType=")
            .append(accountType)
            .append(", assuranceLevel=")
            .append(assuranceLevel);
    appendIfPresent(out, "personalIdNumber", personalIdNumber, v -> Mask.idNumber(v.value()));
    appendIfPresent(out, "legacyIdCardNumber", legacyIdCardNumber, v -> Mask.idNumber(v.value()));
    appendIfPresent(out, "passportNumber", passportNumber, Mask::idNumber);
    appendIfPresent(out, "fullName", fullName, Mask::name);
    appendIfPresent(out, "birthDate", birthDate, v -> "****-**-**");
    appendIfPresent(out, "sex", sex, v -> "*");
    appendIfPresent(out, "address", address, Mask::text);
    appendIfPresent(out, "phoneNumber", phoneNumber, Mask::phone);
    appendIfPresent(out, "email", email, Mask::email);
    appendIfPresent(out, "taxCode", taxCode, v -> Mask.idNumber(v.value()));
    appendIfPresent(out, "businessName", businessName, Mask::name);
    appendIfPresent(out, "businessRegistrationNumber", businessRegistrationNumber, Mask::idNumber);
    appendIfPresent(out, "accountId", accountId, Mask::idNumber);
    appendIfPresent(out, "authTime", authTime, Instant::toString);
    if (!flags.isEmpty()) {
      out.append(", flags=").append(flags);
    }
    return out.append(']').toString();
  }

  private static <T> void appendIfPresent(
      StringBuilder out,
      String name,
      @Nullable T value,
      java.util.function.Function<T, String> mask) {
    if (value != null) {
      out.append(", ").append(name).append('=').append(mask.apply(value));
    }
  }

  /**
   * Collects the fields of an identity; {@code null} leaves a field unset. Not thread-safe.
   *
   * <p>Text fields are stripped, and blank text counts as absent; the full name is also normalized
   * to NFC with single spaces.
   */
  public static final class Builder {
    private final String subject;
    private final String issuer;
    private AccountType accountType = AccountType.CITIZEN;
    private @Nullable PersonalIdNumber personalIdNumber;
    private @Nullable LegacyIdCardNumber legacyIdCardNumber;
    private @Nullable String passportNumber;
    private @Nullable String fullName;
    private @Nullable LocalDate birthDate;
    private @Nullable Sex sex;
    private @Nullable String address;
    private @Nullable String phoneNumber;
    private @Nullable String email;
    private @Nullable TaxCode taxCode;
    private @Nullable String businessName;
    private @Nullable String businessRegistrationNumber;
    private @Nullable String accountId;
    private AssuranceLevel assuranceLevel = AssuranceLevel.NONE;
    private @Nullable Instant authTime;
    private final Set<IdentityFlag> flags = EnumSet.noneOf(IdentityFlag.class);

    private Builder(String subject, String issuer) {
      this.subject = requireText(subject, "subject");
      this.issuer = requireText(issuer, "issuer");
    }

    /** Sets citizen or business; {@link AccountType#CITIZEN} unless set. */
    public Builder accountType(AccountType accountType) {
      this.accountType = Objects.requireNonNull(accountType, "accountType");
      return this;
    }

    /** Sets the personal ID number. */
    public Builder personalIdNumber(@Nullable PersonalIdNumber personalIdNumber) {
      this.personalIdNumber = personalIdNumber;
      return this;
    }

    /** Sets the legacy ID card number. */
    public Builder legacyIdCardNumber(@Nullable LegacyIdCardNumber legacyIdCardNumber) {
      this.legacyIdCardNumber = legacyIdCardNumber;
      return this;
    }

    /** Sets the passport number. */
    public Builder passportNumber(@Nullable String passportNumber) {
      this.passportNumber = text(passportNumber);
      return this;
    }

    /** Sets the full name; normalized to NFC with single spaces. */
    public Builder fullName(@Nullable String fullName) {
      String name = text(fullName);
      this.fullName =
          name == null
              ? null
              : WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ");
      return this;
    }

    /** Sets the birth date. */
    public Builder birthDate(@Nullable LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /** Sets the sex. */
    public Builder sex(@Nullable Sex sex) {
      this.sex = sex;
      return this;
    }

    /** Sets the address, as one line. */
    public Builder address(@Nullable String address) {
      this.address = text(address);
      return this;
    }

    /** Sets the phone number. */
    public Builder phoneNumber(@Nullable String phoneNumber) {
      this.phoneNumber = text(phoneNumber);
      return this;
    }

    /** Sets the e-mail address. */
    public Builder email(@Nullable String email) {
      this.email = text(email);
      return this;
    }

    /** Sets the tax code. */
    public Builder taxCode(@Nullable TaxCode taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /** Sets a business account's name; normalized to NFC like a person's name. */
    public Builder businessName(@Nullable String businessName) {
      String name = text(businessName);
      this.businessName = name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFC);
      return this;
    }

    /** Sets a business account's registration number. */
    public Builder businessRegistrationNumber(@Nullable String businessRegistrationNumber) {
      this.businessRegistrationNumber = text(businessRegistrationNumber);
      return this;
    }

    /** Sets the provider's stable account id. */
    public Builder accountId(@Nullable String accountId) {
      this.accountId = text(accountId);
      return this;
    }

    /** Sets the level of assurance; {@link AssuranceLevel#NONE} unless set. */
    public Builder assuranceLevel(AssuranceLevel assuranceLevel) {
      this.assuranceLevel = Objects.requireNonNull(assuranceLevel, "assuranceLevel");
      return this;
    }

    /** Sets when the user authenticated. */
    public Builder authTime(@Nullable Instant authTime) {
      this.authTime = authTime;
      return this;
    }

    /** Adds a doubt about the identity. */
    public Builder flag(IdentityFlag flag) {
      flags.add(Objects.requireNonNull(flag, "flag"));
      return this;
    }

    /** Returns the immutable identity. */
    public CitizenIdentity build() {
      return new CitizenIdentity(this);
    }

    private static @Nullable String text(@Nullable String value) {
      if (value == null) {
        return null;
      }
      String stripped = value.strip();
      return stripped.isEmpty() ? null : stripped;
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
