package vn.motcua.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.id.IdentifierCodes;
import vn.motcua.core.internal.id.IdentifierErrors;
import vn.motcua.core.internal.id.Shape;
import vn.motcua.core.privacy.Mask;
import vn.motcua.core.validation.ValidationReport;

/**
 * A personal ID number (số định danh cá nhân, the number on the CCCD card): 12 digits holding the
 * code of the province where the birth was registered (3 digits), a century-and-sex digit, the last
 * two digits of the birth year, and 6 random digits (Circular 59/2021/TT-BCA art. 7).
 *
 * <p>The century-and-sex digit is 0/1 for the 1900s (male/female), 2/3 for the 2000s, 4/5 for the
 * 2100s, 6/7 for the 2200s and 8/9 for the 2300s, so every digit is defined. Parsing checks the
 * length, the digits and the province code; it does not compare the birth year with today, which
 * would make the result depend on the system clock: use {@link #checkBirthYearNotInFuture(Clock)}.
 *
 * <p>This is personal data: {@link #toString()} masks it; only {@link #value()} gives the digits.
 * Instances are immutable and thread-safe; two numbers are equal when their digits are.
 */
public final class PersonalIdNumber {
  private static final String TYPE = "personal ID number";
  private static final int LENGTH = 12;
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final String value;
  private final Province province;

  private PersonalIdNumber(String value, Province province) {
    this.value = value;
    this.province = province;
  }

  /**
   * Parses a personal ID number against the {@linkplain ProvinceCodes#defaults() default province
   * table}. Surrounding whitespace is stripped; nothing else is changed.
   *
   * @throws InvalidInputException with code {@code identifier.invalid} whose report names the
   *     broken rule: {@code identifier.personal_id.length}, {@code .digits} or {@code .province}
   */
  public static PersonalIdNumber parse(CharSequence text) {
    return parse(text, ProvinceCodes.defaults());
  }

  /**
   * Reads the identifier from its JSON string: {@link #parse(CharSequence)}, so a JSON reader
   * reports the same rule a direct parse would, at the JSON path of the value.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static PersonalIdNumber fromJson(String text) {
    return parse(text);
  }

  /**
   * Parses a personal ID number whose province code must be in {@code provinces}.
   *
   * @throws InvalidInputException as {@link #parse(CharSequence)} does
   */
  public static PersonalIdNumber parse(CharSequence text, ProvinceCodes provinces) {
    Objects.requireNonNull(provinces, "provinces");
    String value = Shape.strip(text);
    String broken = brokenRule(value, provinces);
    if (broken != null) {
      throw IdentifierErrors.invalid(TYPE, broken);
    }
    return new PersonalIdNumber(value, provinces.find(value.substring(0, 3)).orElseThrow());
  }

  /** Returns an empty report if {@code text} parses with the default province table. */
  public static ValidationReport validate(CharSequence text) {
    return validate(text, ProvinceCodes.defaults());
  }

  /**
   * Returns an empty report if {@code text} parses with {@code provinces}, else the rule broken.
   */
  public static ValidationReport validate(CharSequence text, ProvinceCodes provinces) {
    String broken = brokenRule(Shape.strip(text), Objects.requireNonNull(provinces, "provinces"));
    return broken == null ? ValidationReport.valid() : IdentifierErrors.report(broken);
  }

  /** Returns whether {@code text} parses with the default province table. */
  public static boolean isValid(CharSequence text) {
    return validate(text).isValid();
  }

  /** Returns whether {@code text} parses with {@code provinces}. */
  public static boolean isValid(CharSequence text, ProvinceCodes provinces) {
    return validate(text, provinces).isValid();
  }

  private static @Nullable String brokenRule(String value, ProvinceCodes provinces) {
    if (value.length() != LENGTH) {
      return IdentifierCodes.PERSONAL_ID_LENGTH;
    }
    if (!Shape.isDigits(value)) {
      return IdentifierCodes.PERSONAL_ID_DIGITS;
    }
    if (!provinces.contains(value.substring(0, 3))) {
      return IdentifierCodes.PERSONAL_ID_PROVINCE;
    }
    return null;
  }

  /**
   * Returns the 12 digits. They are personal data: do not log them, put them in messages or use
   * them as a correlation id; a hash of them is personal data too.
   */
  @JsonValue
  public String value() {
    return value;
  }

  /** Returns the code of the province where the birth was registered, such as {@code 001}. */
  public String provinceCode() {
    return province.code();
  }

  /** Returns that province, as named in the table the number was parsed with. */
  public Province province() {
    return province;
  }

  /** Returns the sex the number encodes. */
  public Sex sex() {
    return centuryDigit() % 2 == 0 ? Sex.MALE : Sex.FEMALE;
  }

  /** Returns the full birth year the number encodes, from 1900 to 2399. */
  public int birthYear() {
    int yearOfCentury = (value.charAt(4) - '0') * 10 + (value.charAt(5) - '0');
    return 1900 + centuryDigit() / 2 * 100 + yearOfCentury;
  }

  private int centuryDigit() {
    return value.charAt(3) - '0';
  }

  /**
   * Checks the number against what else is known of its holder; a {@code null} argument is not
   * checked. The report lists every contradiction at path {@code ""} (place it with {@link
   * ValidationReport#under(String)}): {@code identifier.personal_id.sex_mismatch}, {@code
   * identifier.personal_id.birth_year_mismatch}.
   */
  public ValidationReport checkConsistency(@Nullable Sex sex, @Nullable LocalDate birthDate) {
    ValidationReport report = ValidationReport.valid();
    if (sex != null && sex != sex()) {
      report = report.and(IdentifierErrors.report(IdentifierCodes.PERSONAL_ID_SEX_MISMATCH));
    }
    if (birthDate != null && birthDate.getYear() != birthYear()) {
      report = report.and(IdentifierErrors.report(IdentifierCodes.PERSONAL_ID_BIRTH_YEAR_MISMATCH));
    }
    return report;
  }

  /**
   * Checks that the encoded birth year is not after the current year in Vietnam (Asia/Ho_Chi_Minh)
   * at the clock's instant; otherwise the report holds {@code
   * identifier.personal_id.birth_year_future}. A separate step so that parsing never reads a clock.
   */
  public ValidationReport checkBirthYearNotInFuture(Clock clock) {
    int currentYear = clock.instant().atZone(VIETNAM).getYear();
    return birthYear() > currentYear
        ? IdentifierErrors.report(IdentifierCodes.PERSONAL_ID_BIRTH_YEAR_FUTURE)
        : ValidationReport.valid();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PersonalIdNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked number, such as {@code PersonalIdNumber[0010******34]}. */
  @Override
  public String toString() {
    return "PersonalIdNumber[" + Mask.idNumber(value) + "]";
  }
}
