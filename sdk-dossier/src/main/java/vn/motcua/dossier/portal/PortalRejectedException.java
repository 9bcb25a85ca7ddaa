package vn.motcua.dossier.portal;

import org.jspecify.annotations.Nullable;

/**
 * The portal refused the request for good: sending the same payload again will be refused again.
 * Read {@link #remoteCode()} (the portal's {@code error_code}) and {@link #portalMessage()},
 * correct the data and submit a new version. Code {@value #CODE}; never retryable.
 */
public class PortalRejectedException extends PortalException {
  /** The stable error code. */
  public static final String CODE = "portal.rejected";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param service the portal service that refused
   * @param httpStatus the HTTP status of the answer, 0 when none
   * @param portalCode the portal's error code
   * @param portalMessage the portal's message, already sanitized, or null
   */
  public PortalRejectedException(
      String service, int httpStatus, String portalCode, @Nullable String portalMessage) {
    super(
        CODE,
        "The portal rejected "
            + service
            + " with error_code "
            + portalCode
            + "; the request will be refused again as it is: read portalMessage() for the"
            + " portal's reason, correct the data and submit a new version",
        service,
        httpStatus,
        portalCode,
        portalMessage,
        null,
        false,
        null);
  }
}
