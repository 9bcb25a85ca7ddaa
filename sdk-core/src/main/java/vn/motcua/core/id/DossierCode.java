package vn.motcua.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.id.IdentifierCodes;
import vn.motcua.core.internal.id.IdentifierErrors;
import vn.motcua.core.internal.id.Shape;
import vn.motcua.core.validation.ValidationReport;

/**
 * A dossier code (mã hồ sơ, Circular 01/2018/TT-VPCP art. 19): the receiving agency's code, the
 * date of receipt {@code YYMMDD} and a 4-digit sequence number, such as {@code
 * 000.00.53.H48-220921-0099}. The sequence restarts at 0001 each day for each receiving unit, so
 * issuing codes needs an atomic per-unit, per-day counter; this type only holds and checks codes.
 *
 * <p>The two-digit year means 2000–2099. Dossier codes are not personal data; {@link #toString()}
 * returns the code. Instances are immutable and thread-safe; two codes are equal when their text
 * is.
 */
public final class DossierCode {
  private static final String TYPE = "dossier code";
  private static final int MAX_SEQUENCE = 9999;
  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2099;

  private final AgencyCode agency;
  private final LocalDate date;
  private final int sequence;
  private final String value;

  private DossierCode(AgencyCode agency, LocalDate date, int sequence) {
    this.agency = agency;
    this.date = date;
    this.sequence = sequence;
    // <agency>-yyMMdd-nnnn, built by hand: String.format was a visible share of reading a dossier.
    StringBuilder code = new StringBuilder(agency.value().length() + 12).append(agency.value());
    code.append('-');
    twoDigits(code, date.getYear() % 100);
    twoDigits(code, date.getMonthValue());
    twoDigits(code, date.getDayOfMonth());
    code.append('-');
    twoDigits(code, sequence / 100);
    twoDigits(code, sequence % 100);
    this.value = code.toString();
  }

  private static void twoDigits(StringBuilder to, int n) {
    to.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /**
   * Returns the code of the {@code sequence}-th dossier received by {@code agency} on {@code date}.
   *
   * @throws InvalidInputException with code {@code identifier.invalid} whose report holds {@code
   *     identifier.dossier_code.sequence} when the sequence is outside 1–9999, or {@code
   *     identifier.dossier_code.date} when the year is outside 2000–2099
   */
  public static DossierCode of(AgencyCode agency, LocalDate date, int sequence) {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(date, "date");
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw IdentifierErrors.invalid(TYPE, IdentifierCodes.DOSSIER_CODE_SEQUENCE);
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw IdentifierErrors.invalid(TYPE, IdentifierCodes.DOSSIER_CODE_DATE);
    }
    return new DossierCode(agency, date, sequence);
  }

  /**
   * Parses a dossier code. Surrounding whitespace is stripped; nothing else is changed.
   *
   * @throws InvalidInputException with code {@code identifier.invalid} whose report names the
   *     broken rule: {@code identifier.dossier_code.format}, {@code .agency}, {@code .date} or
   *     {@code .sequence}
   */
  public static DossierCode parse(CharSequence text) {
    Parts parts = Parts.split(Shape.strip(text));
    String broken = parts.broken();
    if (broken != null) {
      throw IdentifierErrors.invalid(TYPE, broken);
    }
    return new DossierCode(
        AgencyCode.ofChecked(parts.agency()),
        Objects.requireNonNull(parts.date()),
        parts.sequence());
  }

  /**
   * Reads the identifier from its JSON string: {@link #parse(CharSequence)}, so a JSON reader
   * reports the same rule a direct parse would, at the JSON path of the value.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static DossierCode fromJson(String text) {
    return parse(text);
  }

  /** Returns an empty report if {@code text} parses, else a report naming the broken rule. */
  public static ValidationReport validate(CharSequence text) {
    String broken = Parts.split(Shape.strip(text)).broken();
    return broken == null ? ValidationReport.valid() : IdentifierErrors.report(broken);
  }

  /** Returns whether {@code text} parses. */
  public static boolean isValid(CharSequence text) {
    return Parts.split(Shape.strip(text)).broken() == null;
  }

  /** Returns the code as written, such as {@code 000.00.53.H48-220921-0099}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Returns the receiving agency. */
  public AgencyCode agency() {
    return agency;
  }

  /** Returns the date of receipt. */
  public LocalDate date() {
    return date;
  }

  /** Returns the sequence number, from 1 to 9999. */
  public int sequence() {
    return sequence;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DossierCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code itself, such as {@code 000.00.53.H48-220921-0099}. */
  @Override
  public String toString() {
    return value;
  }

  /** The three parts of a dossier code's text, or the first rule it breaks. */
  private record Parts(
      @Nullable String broken, String agency, @Nullable LocalDate date, int sequence) {

    static Parts split(String value) {
      int sequenceDash = value.lastIndexOf('-');
      int dateDash = sequenceDash <= 0 ? -1 : value.lastIndexOf('-', sequenceDash - 1);
      if (dateDash <= 0
          || !Shape.matches(value.subSequence(dateDash + 1, sequenceDash), "999999")
          || !Shape.matches(value.subSequence(sequenceDash + 1, value.length()), "9999")) {
        return failed(IdentifierCodes.DOSSIER_CODE_FORMAT);
      }
      String agency = value.substring(0, dateDash);
      if (AgencyCode.brokenRule(agency) != null) {
        return failed(IdentifierCodes.DOSSIER_CODE_AGENCY);
      }
      LocalDate date;
      try {
        date =
            LocalDate.of(
                FIRST_YEAR + number(value, dateDash + 1, 2),
                number(value, dateDash + 3, 2),
                number(value, dateDash + 5, 2));
      } catch (DateTimeException e) {
        return failed(IdentifierCodes.DOSSIER_CODE_DATE);
      }
      int sequence = number(value, sequenceDash + 1, 4);
      if (sequence == 0) {
        return failed(IdentifierCodes.DOSSIER_CODE_SEQUENCE);
      }
      return new Parts(null, agency, date, sequence);
    }

    private static Parts failed(String code) {
      return new Parts(code, "", null, 0);
    }

    private static int number(String value, int start, int length) {
      return Integer.parseInt(value, start, start + length, 10);
    }
  }
}
