package vn.motcua.dossier.code;

import java.time.LocalDate;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.AgencyCode;

/**
 * A receiving unit has used all 9999 dossier codes of a day: the four-digit sequence of {@code
 * <agency>-YYMMDD-NNNN} cannot go further. Retrying the same day never helps; receive further
 * dossiers under another unit's code, or ask the system administrator. Code {@code
 * dossier.code.exhausted}.
 */
public final class DossierCodeExhaustedException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** The exception's code. */
  public static final String CODE = "dossier.code.exhausted";

  private final String agency;
  private final LocalDate date;

  /**
   * Creates the exception.
   *
   * @param agency the receiving unit
   * @param date the receipt date whose codes are used up
   */
  public DossierCodeExhaustedException(AgencyCode agency, LocalDate date) {
    super(
        CODE,
        "All 9999 dossier codes of agency "
            + agency.value()
            + " for "
            + date
            + " are issued; the sequence NNNN has four digits. Receive further dossiers of that day"
            + " under another unit code");
    this.agency = agency.value();
    this.date = date;
  }

  /** Returns the receiving unit whose codes are used up. */
  public AgencyCode agency() {
    return AgencyCode.parse(agency);
  }

  /** Returns the receipt date whose codes are used up. */
  public LocalDate date() {
    return date;
  }
}
