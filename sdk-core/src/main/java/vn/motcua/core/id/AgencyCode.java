package vn.motcua.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.id.IdentifierCodes;
import vn.motcua.core.internal.id.IdentifierErrors;
import vn.motcua.core.internal.id.Shape;
import vn.motcua.core.validation.ValidationReport;

/**
 * An agency code (mã định danh điện tử của cơ quan), in either {@linkplain AgencyCodeKind form}:
 * legacy {@code ddd.dd.dd.Xdd} ({@code 000.00.53.H48}, {@code 000.00.00.G17}), or Decision
 * 20/2020/QĐ-TTg, up to 35 characters of {@code [0-9A-Z.]} in dot-separated groups with the level-1
 * group ({@code Xdd}, a capital and two digits) first ({@code H37.DN.001}, {@code G17}).
 *
 * <p>Letter case is significant: lower-case letters are rejected, not converted. Agency codes are
 * not personal data; {@link #toString()} returns the code. Instances are immutable and thread-safe;
 * two codes are equal when their text is.
 */
public final class AgencyCode {
  private static final String TYPE = "agency code";
  private static final int MAX_LENGTH = 35;
  private static final String LEVEL_1_SHAPE = "A99";

  private final String value;

  private AgencyCode(String value) {
    this.value = value;
  }

  /**
   * Parses an agency code. Surrounding whitespace is stripped; nothing else is changed.
   *
   * @throws InvalidInputException with code {@code identifier.invalid} whose report names the
   *     broken rule: {@code identifier.agency_code.length} or {@code identifier.agency_code.format}
   */
  public static AgencyCode parse(CharSequence text) {
    String value = Shape.strip(text);
    String broken = brokenRule(value);
    if (broken != null) {
      throw IdentifierErrors.invalid(TYPE, broken);
    }
    return new AgencyCode(value);
  }

  /**
   * Reads the identifier from its JSON string: {@link #parse(CharSequence)}, so a JSON reader
   * reports the same rule a direct parse would, at the JSON path of the value.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static AgencyCode fromJson(String text) {
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

  /** Returns the rule {@code value}, taken as is, breaks; for codes embedded in other codes. */
  static @Nullable String brokenRule(String value) {
    if (value.length() > MAX_LENGTH) {
      return IdentifierCodes.AGENCY_CODE_LENGTH;
    }
    if (Shape.matches(value, Shape.LEGACY_AGENCY_CODE) || isDecision20Form(value)) {
      return null;
    }
    return IdentifierCodes.AGENCY_CODE_FORMAT;
  }

  /** Returns the parsed code of text that {@link #brokenRule} accepted. */
  static AgencyCode ofChecked(String value) {
    return new AgencyCode(value);
  }

  private static boolean isDecision20Form(String value) {
    int groupStart = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || value.charAt(i) == '.') {
        if (i == groupStart) {
          return false; // empty group: leading, trailing or doubled dot
        }
        if (groupStart == 0 && !Shape.matches(value.subSequence(0, i), LEVEL_1_SHAPE)) {
          return false;
        }
        groupStart = i + 1;
      } else {
        char c = value.charAt(i);
        if (!Shape.isDigit(c) && !Shape.isCapital(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Returns the code as written, such as {@code 000.00.53.H48}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** Returns which form the code is written in. */
  public AgencyCodeKind kind() {
    return Shape.matches(value, Shape.LEGACY_AGENCY_CODE)
        ? AgencyCodeKind.LEGACY
        : AgencyCodeKind.DECISION_20_2020;
  }

  /**
   * Returns the level-1 group, such as {@code H48}: the last group of a legacy code, the first of a
   * Decision 20/2020 code.
   */
  public String level1Code() {
    if (kind() == AgencyCodeKind.LEGACY) {
      return value.substring(value.lastIndexOf('.') + 1);
    }
    int dot = value.indexOf('.');
    return dot < 0 ? value : value.substring(0, dot);
  }

  /** Returns the kind of body the level-1 code names: ministry, province or other. */
  public AgencyGroup group() {
    return switch (level1Code().charAt(0)) {
      case 'G' -> AgencyGroup.MINISTRY;
      case 'H' -> AgencyGroup.PROVINCE;
      default -> AgencyGroup.OTHER;
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AgencyCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the code itself, such as {@code 000.00.53.H48}. */
  @Override
  public String toString() {
    return value;
  }
}
