package vn.motcua.core.internal.validation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * Derives a violation's stable code from its message template and constraint.
 *
 * <p>The convention: a template that is exactly a code in braces, such as {@code
 * {identifier.personal_id.province}}, names the code (this is how motcua's own constraints report a
 * precise rule). Any other template, including the standard {@code
 * {jakarta.validation.constraints.NotNull.message}}, gives {@code validation.} followed by the
 * constraint annotation's name in snake case: {@code @NotNull} gives {@code validation.not_null},
 * {@code @PositiveOrZero} gives {@code validation.positive_or_zero}. An exclusive
 * {@code @DecimalMin} or {@code @DecimalMax} gets an {@code _exclusive} suffix, since its sentence
 * differs.
 */
final class ViolationCodes {
  private ViolationCodes() {}

  static String code(
      String template, Class<? extends Annotation> constraint, Map<String, Object> args) {
    if (isBracedCode(template)) {
      return template.substring(1, template.length() - 1);
    }
    String code = "validation." + snakeCase(constraint.getSimpleName());
    boolean decimalBound = constraint == DecimalMin.class || constraint == DecimalMax.class;
    return decimalBound && Boolean.FALSE.equals(args.get("inclusive")) ? code + "_exclusive" : code;
  }

  /** Returns whether the template is {@code {a.b_c}}: dotted lower_snake_case, at least one dot. */
  static boolean isBracedCode(String template) {
    int length = template.length();
    if (length < 5 || template.charAt(0) != '{' || template.charAt(length - 1) != '}') {
      return false;
    }
    boolean dot = false;
    boolean segmentStart = true;
    for (int i = 1; i < length - 1; i++) {
      char c = template.charAt(i);
      if (c == '.') {
        if (segmentStart) {
          return false;
        }
        dot = true;
        segmentStart = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
        segmentStart = false;
      } else {
        return false;
      }
    }
    return dot && !segmentStart;
  }

  /** Returns {@code PositiveOrZero} as {@code positive_or_zero}, {@code URL} as {@code url}. */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
        boolean beforeLower =
            i > 0 && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (afterLower || beforeLower) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
