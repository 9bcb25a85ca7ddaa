package vn.motcua.dossier.catalogue;

import java.math.BigDecimal;
import vn.motcua.dossier.internal.model.Required;

/**
 * How long the agency has to settle a dossier: an amount and its unit, such as 3 working days or
 * 0.5 working days. The amount is a decimal because half days occur; zero means on the spot.
 *
 * @param amount the amount, zero or positive
 * @param unit the unit
 */
public record ProcessingTime(BigDecimal amount, ProcessingTimeUnit unit) {
  /**
   * Checks the components.
   *
   * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} when one is
   *     missing
   * @throws IllegalArgumentException when the amount is negative
   */
  public ProcessingTime {
    Required.of("ProcessingTime").check(amount, "amount").check(unit, "unit").done();
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a processing time cannot be negative");
    }
  }

  /** Returns {@code amount} whole working days. */
  public static ProcessingTime workingDays(int amount) {
    return new ProcessingTime(BigDecimal.valueOf(amount), ProcessingTimeUnit.WORKING_DAYS);
  }
}
