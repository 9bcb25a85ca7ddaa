package vn.motcua.core;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer arrived from a remote service: the connection failed or was reset, a timeout
 * elapsed, or the answer could not be read. Whether the request reached the service is unknown, so
 * only requests that are idempotent or carry an idempotency key are retried automatically.
 */
public class TransportException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;

  /**
   * Creates an exception.
   *
   * @param code stable code such as {@code http.timeout} or {@code http.connection}
   * @param message what failed and what to do; must not contain personal data
   * @param retryable whether the same request may succeed later
   * @param cause the underlying failure
   */
  public TransportException(
      String code, String message, boolean retryable, @Nullable Throwable cause) {
    super(code, message, cause);
    this.retryable = retryable;
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
