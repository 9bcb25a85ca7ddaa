package vn.motcua.dossier.portal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The portal answered 429 Too Many Requests, and the transport's retries were used up or the portal
 * asked for a longer wait than the retry policy's {@code maxDelay}. Wait {@link #retryAfter()}
 * (when named) and retry with the same idempotency key. Code {@value #CODE}; retryable.
 */
public class PortalRateLimitedException extends PortalException {
  /** The stable error code. */
  public static final String CODE = "portal.rate_limited";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param service the portal service called
   * @param retryAfter the delay the portal asked for, or null when it named none
   * @param cause the transport's error
   */
  public PortalRateLimitedException(
      String service, @Nullable Duration retryAfter, @Nullable Throwable cause) {
    super(
        CODE,
        "The portal is rate limiting "
            + service
            + (retryAfter == null ? "" : "; it asked to wait " + retryAfter.toSeconds() + " s")
            + "; slow down and retry later with the same idempotency key",
        service,
        429,
        null,
        null,
        retryAfter,
        true,
        cause);
  }
}
