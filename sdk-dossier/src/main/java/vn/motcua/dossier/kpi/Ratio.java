package vn.motcua.dossier.kpi;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact share, {@code numerator} of {@code denominator}, reported as a percentage with two
 * decimals rounded half up: 58,941 of 116,340 is {@code 50.66}. The percentage is computed on
 * integers (no floating point), so it is exact for any {@code long} counts.
 *
 * @param numerator how many count, from 0 to {@code denominator}
 * @param denominator how many there are, not negative
 */
public record Ratio(long numerator, long denominator) {
  private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

  /** Checks {@code 0 <= numerator <= denominator}. */
  public Ratio {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("A ratio needs 0 <= numerator <= denominator");
    }
  }

  /** Returns whether there is nothing to count ({@code denominator} is 0). */
  public boolean isEmpty() {
    return denominator == 0;
  }

  /**
   * Returns the percentage with scale 2, rounded half up; {@code 0.00} when {@linkplain #isEmpty()
   * empty}.
   */
  public BigDecimal percent() {
    if (denominator == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigInteger[] qr =
        BigInteger.valueOf(numerator)
            .multiply(TEN_THOUSAND)
            .divideAndRemainder(BigInteger.valueOf(denominator));
    BigInteger hundredths = qr[0];
    // Half up: round away when the remainder is at least half the divisor.
    if (qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(denominator)) >= 0) {
      hundredths = hundredths.add(BigInteger.ONE);
    }
    return new BigDecimal(hundredths, 2);
  }

  /** Returns the percentage as text with two decimals, such as {@code 50.66}. */
  public String percentText() {
    return percent().toPlainString();
  }

  /** Returns {@code numerator/denominator (percent%)}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator + " (" + percentText() + "%)";
  }
}
