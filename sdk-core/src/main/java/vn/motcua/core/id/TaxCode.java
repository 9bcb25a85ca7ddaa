package vn.motcua.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.id.IdentifierCodes;
import vn.motcua.core.internal.id.IdentifierErrors;
import vn.motcua.core.internal.id.Shape;
import vn.motcua.core.internal.id.TaxCodeCheckDigit;
import vn.motcua.core.privacy.Mask;
import vn.motcua.core.validation.ValidationReport;

/**
 * A tax code (mã số thuế): 10 digits, or for a dependent unit (branch) the parent's 10 digits, a
 * hyphen and 3 branch digits from {@code 001} to {@code 999}, such as {@code 0100109106-001}.
 *
 * <p>The 10th digit is a check digit: with weights 31, 29, 23, 19, 17, 13, 7, 5, 3 over digits 1–9
 * it equals {@code 10 - (sum mod 11)}; a prefix for which that is 10 has no valid code. Every
 * single mistyped digit is detected.
 *
 * <p>The tax code of an individual is personal data, and a tax code alone does not say whose it is,
 * so {@link #toString()} always masks it. Instances are immutable and thread-safe; two codes are
 * equal when their text is.
 */
public final class TaxCode {
  private static final String TYPE = "tax code";
  private static final int BASE_LENGTH = 10;
  private static final String BRANCH_SHAPE = "9999999999-999";

  private final String value;

  private TaxCode(String value) {
    this.value = value;
  }

  /**
   * Parses a tax code. Surrounding whitespace is stripped; nothing else is changed.
   *
   * @throws InvalidInputException with code {@code identifier.invalid} whose report names the
   *     broken rule: {@code identifier.tax_code.format}, {@code .check_digit} or {@code .branch}
   */
  public static TaxCode parse(CharSequence text) {
    String value = Shape.strip(text);
    String broken = brokenRule(value);
    if (broken != null) {
      throw IdentifierErrors.invalid(TYPE, broken);
    }
    return new TaxCode(value);
  }

  /**
   * Reads the identifier from its JSON string: {@link #parse(CharSequence)}, so a JSON reader
   * reports the same rule a direct parse would, at the JSON path of the value.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static TaxCode fromJson(String text) {
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

  /**
   * Completes nine digits into a 10-digit tax code by appending their check digit, for test data
   * generators and systems that issue codes.
   *
   * @return the tax code, or empty when no valid tax code starts with these nine digits
   * @throws IllegalArgumentException if {@code firstNineDigits} is not exactly 9 ASCII digits
   */
  public static Optional<TaxCode> withCheckDigit(CharSequence firstNineDigits) {
    String prefix = firstNineDigits.toString();
    if (prefix.length() != BASE_LENGTH - 1 || !Shape.isDigits(prefix)) {
      throw new IllegalArgumentException("expected the first 9 digits of a tax code");
    }
    int check = TaxCodeCheckDigit.compute(prefix);
    return check == TaxCodeCheckDigit.NONE
        ? Optional.empty()
        : Optional.of(new TaxCode(prefix + check));
  }

  private static @Nullable String brokenRule(String value) {
    boolean plain = value.length() == BASE_LENGTH && Shape.isDigits(value);
    if (!plain && !Shape.matches(value, BRANCH_SHAPE)) {
      return IdentifierCodes.TAX_CODE_FORMAT;
    }
    int check = TaxCodeCheckDigit.compute(value);
    if (check == TaxCodeCheckDigit.NONE || check != value.charAt(BASE_LENGTH - 1) - '0') {
      return IdentifierCodes.TAX_CODE_CHECK_DIGIT;
    }
    if (!plain && value.endsWith("000")) {
      return IdentifierCodes.TAX_CODE_BRANCH;
    }
    return null;
  }

  /**
   * Returns the code as written, such as {@code 0100109106} or {@code 0100109106-001}. The code of
   * an individual is personal data: do not log it or put it in messages.
   */
  @JsonValue
  public String value() {
    return value;
  }

  /** Returns the 10-digit code, without any branch suffix. */
  public String base() {
    return value.substring(0, BASE_LENGTH);
  }

  /** Returns the 3 branch digits, such as {@code 001}, when this is a branch's code. */
  public Optional<String> branch() {
    return isBranch() ? Optional.of(value.substring(BASE_LENGTH + 1)) : Optional.empty();
  }

  /** Returns whether this is the code of a dependent unit (10 digits, hyphen, 3 digits). */
  public boolean isBranch() {
    return value.length() > BASE_LENGTH;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TaxCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked code, such as {@code TaxCode[010*****06]}. */
  @Override
  public String toString() {
    return "TaxCode[" + Mask.idNumber(value) + "]";
  }
}
