package vn.motcua.core.internal.id;

/**
 * Matches text against a fixed-width shape such as {@code 999.99.99.A99}: {@code 9} is an ASCII
 * digit, {@code A} an ASCII capital letter, any other character stands for itself. Linear time and
 * no regular expressions, so hostile input cannot make it slow.
 */
public final class Shape {
  /** The legacy agency code, such as {@code 000.00.53.H48}. */
  public static final String LEGACY_AGENCY_CODE = "999.99.99.A99";

  /** The national procedure code, such as {@code 1.001612}. */
  public static final String NATIONAL_PROCEDURE_CODE = "9.999999";

  private Shape() {}

  /** Returns whether {@code text} has exactly the given shape. */
  public static boolean matches(CharSequence text, String shape) {
    if (text.length() != shape.length()) {
      return false;
    }
    for (int i = 0; i < shape.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          switch (shape.charAt(i)) {
            case '9' -> isDigit(c);
            case 'A' -> isCapital(c);
            default -> c == shape.charAt(i);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether every character of {@code text} is an ASCII digit; true for empty text. */
  public static boolean isDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether {@code c} is one of {@code 0}–{@code 9}; other Unicode digits are not. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns whether {@code c} is one of {@code A}–{@code Z}. */
  public static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Returns the text without surrounding whitespace, the only normalization identifiers get: inner
   * spaces, dots, dashes and letter case are part of the value and are checked as they are.
   */
  public static String strip(CharSequence text) {
    return text.toString().strip();
  }
}
