package vn.motcua.dossier.portal;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.ServiceException;

/**
 * A portal call that did not succeed; the subtype says how to react: {@link
 * PortalRejectedException} (permanent), {@link PortalUnavailableException} and {@link
 * PortalRateLimitedException} (retry later, with the same idempotency key), {@link
 * PortalAuthException} (fix the credentials).
 *
 * <p>Messages name the portal service and the portal's error code, never payload values or the
 * portal's own free-text message (which may echo payload data); that text is kept in {@link
 * #portalMessage()}.
 */
public abstract class PortalException extends ServiceException {
  private static final long serialVersionUID = 1L;

  private final String service;
  private final @Nullable String portalMessage;
  private final @Nullable Duration retryAfter;

  PortalException(
      String code,
      String message,
      String service,
      int httpStatus,
      @Nullable String portalCode,
      @Nullable String portalMessage,
      @Nullable Duration retryAfter,
      boolean retryable,
      @Nullable Throwable cause) {
    super(code, message, httpStatus, portalCode, null, retryable, cause);
    this.service = service;
    this.portalMessage = portalMessage;
    this.retryAfter = retryAfter;
  }

  /** Returns the portal service called, such as {@code DongBoHoSoMC} or {@code SyncDocument}. */
  public String service() {
    return service;
  }

  /**
   * Returns the portal's own message, trimmed to 500 characters with control characters removed. It
   * may repeat values from the payload: do not log it where personal data must not go.
   */
  public Optional<String> portalMessage() {
    return Optional.ofNullable(portalMessage);
  }

  /** Returns the delay the portal asked for ({@code Retry-After}), when it named one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
