package vn.motcua.dossier.outbox;

import vn.motcua.core.MotcuaException;

/**
 * The outbox's database failed (unreachable, disk full, missing privileges): the submission was NOT
 * recorded. Code {@value #CODE}; retryable when the database reports a transient failure. The
 * {@link java.sql.SQLException} is the cause; the message holds no payload value.
 */
public class OutboxStoreException extends MotcuaException {
  /** The error code. */
  public static final String CODE = "outbox.store_failed";

  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /**
   * Creates the exception.
   *
   * @param message what failed, without payload values
   * @param retryable whether the database said the failure was transient
   * @param cause the database's exception
   */
  public OutboxStoreException(String message, boolean retryable, Throwable cause) {
    super(CODE, message, cause);
    this.retryable = retryable;
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
