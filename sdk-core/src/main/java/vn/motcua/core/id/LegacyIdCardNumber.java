package vn.motcua.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.id.IdentifierCodes;
import vn.motcua.core.internal.id.IdentifierErrors;
import vn.motcua.core.internal.id.Shape;
import vn.motcua.core.privacy.Mask;
import vn.motcua.core.validation.ValidationReport;

/**
 * A legacy ID card number (số chứng minh nhân dân, CMND): exactly 9 digits. CMND cards are no
 * longer issued, but the numbers still appear in records and in the national SSO's {@code SoCMND}
 * claim. The format carries no checkable structure beyond its digits.
 *
 * <p>This is personal data: {@link #toString()} masks it; only {@link #value()} gives the digits.
 * Instances are immutable and thread-safe; two numbers are equal when their digits are.
 */
public final class LegacyIdCardNumber {
  private static final String TYPE = "legacy ID card number";
  private static final int LENGTH = 9;

  private final String value;

  private LegacyIdCardNumber(String value) {
    this.value = value;
  }

  /**
   * Parses a legacy ID card number. Surrounding whitespace is stripped; nothing else is changed.
   *
   * @throws InvalidInputException with code {@code identifier.invalid} whose report names the
   *     broken rule: {@code identifier.legacy_id.length} or {@code identifier.legacy_id.digits}
   */
  public static LegacyIdCardNumber parse(CharSequence text) {
    String value = Shape.strip(text);
    String broken = brokenRule(value);
    if (broken != null) {
      throw IdentifierErrors.invalid(TYPE, broken);
    }
    return new LegacyIdCardNumber(value);
  }

  /**
   * Reads the identifier from its JSON string: {@link #parse(CharSequence)}, so a JSON reader
   * reports the same rule a direct parse would, at the JSON path of the value.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static LegacyIdCardNumber fromJson(String text) {
    return parse(text);
  }

  /** Returns an empty report if {@code text} parses, else a report naming the broken rule. */
  public static ValidationReport validate(CharSequence text) {
    String broken = brokenRule(Shape.strip(text));
    return broken == null ? ValidationReport.valid() : IdentifierErrors.report(broken);
  }

  /** Returns whether {@code text} parses. */
  public static boolean isValid(CharSequence text) {
    return brokenRule(Shape.strip(text)) == null;
  }

  private static @Nullable String brokenRule(String value) {
    if (value.length() != LENGTH) {
      return IdentifierCodes.LEGACY_ID_LENGTH;
    }
    if (!Shape.isDigits(value)) {
      return IdentifierCodes.LEGACY_ID_DIGITS;
    }
    return null;
  }

  /** Returns the 9 digits. They are personal data: do not log them or put them in messages. */
  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LegacyIdCardNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked number, such as {@code LegacyIdCardNumber[01*****89]}. */
  @Override
  public String toString() {
    return "LegacyIdCardNumber[" + Mask.idNumber(value) + "]";
  }
}
