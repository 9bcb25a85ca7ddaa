package vn.motcua.dossier.receipt;

import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.dossier.internal.lifecycle.LifecycleErrors;

/**
 * A signed receipt that cannot be trusted, or a key that cannot sign or verify receipts. Codes:
 * {@code dossier.receipt.malformed} (not a compact JWS carrying a receipt), {@code
 * dossier.receipt.signature} (wrong algorithm, unknown key, or a signature that does not match — a
 * tampered or forged receipt), {@code dossier.receipt.key} (an unusable key). Never retryable; the
 * message never holds the token or its content.
 */
public final class ReceiptException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** Not a compact JWS carrying a receipt. */
  public static final String MALFORMED = LifecycleErrors.RECEIPT_MALFORMED;

  /** Wrong algorithm, unknown key or a signature that does not match. */
  public static final String SIGNATURE = LifecycleErrors.RECEIPT_SIGNATURE;

  /** A key that cannot sign or verify receipts. */
  public static final String KEY = LifecycleErrors.RECEIPT_KEY;

  /**
   * Creates the exception.
   *
   * @param code one of {@link #MALFORMED}, {@link #SIGNATURE}, {@link #KEY}
   * @param message what failed, without the token or its content
   * @param cause the underlying failure, or {@code null}
   */
  public ReceiptException(String code, String message, @Nullable Throwable cause) {
    super(code, message, cause);
  }
}
