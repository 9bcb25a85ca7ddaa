package vn.motcua.core.internal.id;

/**
 * The check digit of a Vietnamese tax code: the 10th digit, computed from the first nine with the
 * weights 31, 29, 23, 19, 17, 13, 7, 5, 3 as {@code 10 - (sum mod 11)}.
 *
 * <p>No weight is a multiple of 11, so changing any single digit changes the sum modulo 11 and is
 * always detected. When the sum is a multiple of 11 the result would be 10, which is not a digit:
 * no valid tax code starts with such a prefix.
 */
public final class TaxCodeCheckDigit {
  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  /** Returned by {@link #compute} for a prefix that no valid tax code has. */
  public static final int NONE = -1;

  private TaxCodeCheckDigit() {}

  /**
   * Returns the check digit (0–9) for the nine ASCII digits at the start of {@code digits}, or
   * {@link #NONE} when no valid tax code has that prefix. The caller checks that they are digits.
   */
  public static int compute(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 10 - sum % 11;
    return check == 10 ? NONE : check;
  }
}
