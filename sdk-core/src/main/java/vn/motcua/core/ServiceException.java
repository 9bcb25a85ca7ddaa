package vn.motcua.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A remote service (identity provider, portal, gateway) answered, and the answer was an error.
 *
 * <p>Carries what the service said, so that operators can match it with the service's logs: the
 * HTTP status, the service's own error code, and the request id it returned. {@link #isRetryable()}
 * says whether the same request may succeed later (for example HTTP 503 or 429).
 */
public class ServiceException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final @Nullable String remoteCode;
  private final @Nullable String requestId;
  private final boolean retryable;

  /**
   * Creates an exception from a remote error answer.
   *
   * @param code stable motcua code such as {@code http.status} or {@code portal.rejected}
   * @param message what failed and what to do; must not contain personal data
   * @param httpStatus the HTTP status, or 0 when the error came inside a successful HTTP answer
   * @param remoteCode the service's own error code, if it gave one
   * @param requestId the request id the service returned, if any
   * @param retryable whether the same request may succeed later
   * @param cause the underlying failure, if any
   */
  public ServiceException(
      String code,
      String message,
      int httpStatus,
      @Nullable String remoteCode,
      @Nullable String requestId,
      boolean retryable,
      @Nullable Throwable cause) {
    super(code, message, cause);
    if (httpStatus != 0 && (httpStatus < 100 || httpStatus > 599)) {
      throw new IllegalArgumentException("httpStatus out of range: " + httpStatus);
    }
    this.httpStatus = httpStatus;
    this.remoteCode = remoteCode;
    this.requestId = requestId;
    this.retryable = retryable;
  }

  /** Returns the HTTP status of the answer, if the error came with one other than 2xx. */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** Returns the service's own error code, such as the portal's {@code error_code}. */
  public Optional<String> remoteCode() {
    return Optional.ofNullable(remoteCode);
  }

  /** Returns the request id the service returned, to quote when reporting the problem. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public boolean isRetryable() {
    return retryable;
  }
}
