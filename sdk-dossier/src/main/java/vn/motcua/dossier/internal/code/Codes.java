package vn.motcua.dossier.internal.code;

import java.time.LocalDate;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;

/** What every issuer shares. */
final class Codes {
  /** The largest NNNN. */
  static final int MAX_SEQUENCE = 9999;

  private Codes() {}

  /**
   * Rejects a date a dossier code cannot hold before a number is used up: {@link DossierCode#of}
   * throws the same error it would throw later.
   */
  static void requireCodeDate(AgencyCode agency, LocalDate date) {
    DossierCode.of(agency, date, 1);
  }
}
