package vn.motcua.dossier.portal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The portal could not be reached or failed (connection error, timeout, malformed answer, HTTP 5xx)
 * after the transport's retries. Whether the portal acted on the request is unknown: retry later
 * with the same idempotency key. Code {@value #CODE}; always retryable.
 */
public class PortalUnavailableException extends PortalException {
  /** The stable error code. */
  public static final String CODE = "portal.unavailable";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param service the portal service called
   * @param httpStatus the HTTP status of the last answer, 0 when there was none
   * @param retryAfter the delay the portal asked for, or null
   * @param cause the transport's error (its code says what failed)
   */
  public PortalUnavailableException(
      String service, int httpStatus, @Nullable Duration retryAfter, @Nullable Throwable cause) {
    super(
        CODE,
        "The portal is unavailable for "
            + service
            + (httpStatus == 0 ? "" : " (HTTP " + httpStatus + ")")
            + (cause instanceof vn.motcua.core.MotcuaException m ? " (" + m.code() + ")" : "")
            + "; the outcome is unknown: retry later with the same idempotency key",
        service,
        httpStatus,
        null,
        null,
        retryAfter,
        true,
        cause);
  }
}
