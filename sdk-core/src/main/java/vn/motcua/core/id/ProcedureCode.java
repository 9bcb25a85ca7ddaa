package vn.motcua.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.id.IdentifierCodes;
import vn.motcua.core.internal.id.IdentifierErrors;
import vn.motcua.core.internal.id.Shape;
import vn.motcua.core.validation.ValidationReport;

/**
 * An administrative procedure code (mã thủ tục hành chính) from the national procedure database:
 * national {@code d.dddddd}, such as {@code 1.001612}, or localized to an agency by appending a dot
 * and the agency's legacy code, such as {@code 1.001612.000.00.00.H48}. The national portal expects
 * the national code: use {@link #national()}.
 *
 * <p>Procedure codes are not personal data; {@link #toString()} returns the code. Instances are
 * immutable and thread-safe; two codes are equal when their text is.
 */
public final class ProcedureCode {
  private static final String TYPE = "procedure code";
  private static final int NATIONAL_LENGTH = Shape.NATIONAL_PROCEDURE_CODE.length();

  private final String value;
  private final @Nullable AgencyCode agency;

  private ProcedureCode(String value, @Nullable AgencyCode agency) {
    this.value = value;
    this.agency = agency;
  }

  /**
   * Parses a national or localized procedure code. Surrounding whitespace is stripped; nothing else
   * is changed.
   *
   * @throws InvalidInputException with code {@code identifier.invalid} whose report names the
   *     broken rule, {@code identifier.procedure_code.format}
   */
  public static ProcedureCode parse(CharSequence text) {
    String value = Shape.strip(text);
    if (Shape.matches(value, Shape.NATIONAL_PROCEDURE_CODE)) {
      return new ProcedureCode(value, null);
    }
    if (isLocalized(value)) {
      return new ProcedureCode(value, AgencyCode.ofChecked(value.substring(NATIONAL_LENGTH + 1)));
    }
    throw IdentifierErrors.invalid(TYPE, IdentifierCodes.PROCEDURE_CODE_FORMAT);
  }

  /**
   * Reads the identifier from its JSON string: {@link #parse(CharSequence)}, so a JSON reader
   * reports the same rule a direct parse would, at the JSON path of the value.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static ProcedureCode fromJson(String text) {
    return parse(text);
  }

  /** Returns an empty report if {@code text} parses, else a report naming the broken rule. */
  public static ValidationReport validate(CharSequence text) {
    return isValid(text)
        ? ValidationReport.valid()
        : IdentifierErrors.report(IdentifierCodes.PROCEDURE_CODE_FORMAT);
  }

  /** Returns whether {@code text} parses. */
  public static boolean isValid(CharSequence text) {
    String value = Shape.strip(text);
    return Shape.matches(value, Shape.NATIONAL_PROCEDURE_CODE) || isLocalized(value);
  }

  private static boolean isLocalized(String value) {
    return value.length() == NATIONAL_LENGTH + 1 + Shape.LEGACY_AGENCY_CODE.length()
        && value.charAt(NATIONAL_LENGTH) == '.'
        && Shape.matches(value.subSequence(0, NATIONAL_LENGTH), Shape.NATIONAL_PROCEDURE_CODE)
        && Shape.matches(
            value.subSequence(NATIONAL_LENGTH + 1, value.length()), Shape.LEGACY_AGENCY_CODE);
  }

  /** Returns the code as written, such as {@code 1.001612} or {@code 1.001612.000.00.00.H48}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Returns whether the code carries an agency suffix. */
  public boolean isLocalized() {
    return agency != null;
  }

  /** Returns the national code, such as {@code 1.001612}: this code when it is not localized. */
  public ProcedureCode national() {
    return agency == null ? this : new ProcedureCode(value.substring(0, NATIONAL_LENGTH), null);
  }

  /** Returns the agency a localized code names, such as {@code 000.00.00.H48}. */
  public Optional<AgencyCode> agency() {
    return Optional.ofNullable(agency);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProcedureCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code itself, such as {@code 1.001612}. */
  @Override
  public String toString() {
    return value;
  }
}
