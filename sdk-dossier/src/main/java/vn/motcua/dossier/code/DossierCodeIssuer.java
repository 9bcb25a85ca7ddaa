package vn.motcua.dossier.code;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.internal.code.InMemoryDossierCodeIssuer;

/**
 * Issues dossier codes (mã hồ sơ, Circular 01/2018/TT-VPCP art. 19): {@code <agency>-YYMMDD-NNNN},
 * where NNNN counts the dossiers a receiving unit received that day, from 0001. Each call returns a
 * code no earlier call returned, however many threads (and, for {@link JdbcDossierCodeIssuer},
 * processes) issue codes at once; codes of one unit and day follow each other without gaps, except
 * that a code the caller obtains and then discards stays used.
 *
 * <p>Implementations are thread-safe. {@link #inMemory()} keeps its counters in this process only
 * and starts again at 0001 after a restart: use it in tests and single-process tools, and {@link
 * JdbcDossierCodeIssuer} wherever codes must stay unique across restarts or instances.
 */
public interface DossierCodeIssuer {

  /** The time zone in which the receipt date of a dossier is taken. */
  ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * Returns the next code of {@code agency} for dossiers received on {@code receiptDate}.
   *
   * @throws DossierCodeExhaustedException with code {@code dossier.code.exhausted} when 9999 codes
   *     were already issued to the unit that day
   * @throws InvalidInputException with code {@code identifier.invalid} when the date is outside
   *     2000–2099, which a dossier code cannot hold; no number is used up
   * @throws MotcuaException with code {@code dossier.code.store_failed} when a persistent counter
   *     cannot be updated; {@link MotcuaException#isRetryable()} says whether to try again
   */
  DossierCode next(AgencyCode agency, LocalDate receiptDate);

  /**
   * Returns the next code of {@code agency} for a dossier received at {@code receivedAt}: the date
   * is the calendar date of that instant in Asia/Ho_Chi_Minh (the date of receipt, not the working
   * day its deadline counts from). See {@link #next(AgencyCode, LocalDate)}.
   */
  default DossierCode next(AgencyCode agency, Instant receivedAt) {
    return next(agency, LocalDate.ofInstant(receivedAt, ZONE));
  }

  /**
   * Returns an issuer whose counters live in this process's memory: thread-safe, lost on restart.
   */
  static DossierCodeIssuer inMemory() {
    return new InMemoryDossierCodeIssuer();
  }
}
