package vn.motcua.dossier.internal.lifecycle;

import java.util.Map;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/** The error codes and message source of the lifecycle, receipts, satisfaction and KPI figures. */
public final class LifecycleErrors {
  /** A status change the status machine does not allow (exception code). */
  public static final String ILLEGAL_TRANSITION = "dossier.status.illegal_transition";

  /** An apology slip that breaks a rule (exception code). */
  public static final String APOLOGY_INVALID = "dossier.apology.invalid";

  /** The new due date of an apology slip is not later than the current one. */
  public static final String APOLOGY_DUE_NOT_LATER = "dossier.apology.due_not_later";

  /** An apology slip for a dossier that has no due date. */
  public static final String APOLOGY_NO_DUE_DATE = "dossier.apology.no_due_date";

  /** An apology slip for a dossier in a terminal status. */
  public static final String APOLOGY_TERMINAL = "dossier.apology.terminal";

  /** A blank reason on an apology slip. */
  public static final String APOLOGY_REASON_BLANK = "dossier.apology.reason_blank";

  /** A reason longer than allowed on an apology slip. */
  public static final String APOLOGY_REASON_TOO_LONG = "dossier.apology.reason_too_long";

  /** A satisfaction rating that breaks a rule (exception code). */
  public static final String SATISFACTION_INVALID = "dossier.satisfaction.invalid";

  /** A satisfaction comment longer than allowed. */
  public static final String SATISFACTION_COMMENT_TOO_LONG =
      "dossier.satisfaction.comment_too_long";

  /** A receipt token that is not a well-formed receipt (exception code). */
  public static final String RECEIPT_MALFORMED = "dossier.receipt.malformed";

  /** A receipt whose signature, algorithm or key does not check out (exception code). */
  public static final String RECEIPT_SIGNATURE = "dossier.receipt.signature";

  /** A key that cannot sign or verify receipts (exception code). */
  public static final String RECEIPT_KEY = "dossier.receipt.key";

  private static final MessageSource MESSAGES =
      MessageSource.bundle(
              "vn.motcua.dossier.lifecycle.messages", LifecycleErrors.class.getClassLoader())
          .orElse(
              MessageSource.bundle(
                  "vn.motcua.core.messages", MotcuaException.class.getClassLoader()));

  private LifecycleErrors() {}

  /** Returns the messages of this area, falling back to core's. */
  public static MessageSource messages() {
    return MESSAGES;
  }

  /** Returns an input exception with code {@code code} carrying one violation. */
  public static InvalidInputException invalid(
      String code, String path, String violationCode, Map<String, ?> args) {
    return new InvalidInputException(
        code, ValidationReport.of(Violation.of(path, violationCode, args, MESSAGES)));
  }
}
