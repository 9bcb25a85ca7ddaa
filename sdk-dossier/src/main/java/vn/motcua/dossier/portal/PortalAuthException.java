package vn.motcua.dossier.portal;

import org.jspecify.annotations.Nullable;

/**
 * The portal refused the credentials: DVCQG login failed, the session expired again right after a
 * fresh login, the LGSP token endpoint refused the client, or the portal answered 401/403. Check
 * the username/password or client id/secret and the account's rights. Code {@value #CODE}; not
 * retryable.
 */
public class PortalAuthException extends PortalException {
  /** The stable error code. */
  public static final String CODE = "portal.auth_failed";

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param service the portal service or endpoint called ({@code login}, {@code token}, …)
   * @param httpStatus the HTTP status, 0 when none
   * @param portalCode the portal's error code, or null
   * @param portalMessage the portal's message, already sanitized, or null
   */
  public PortalAuthException(
      String service, int httpStatus, @Nullable String portalCode, @Nullable String portalMessage) {
    super(
        CODE,
        "The portal refused the credentials for "
            + service
            + (portalCode == null ? "" : " (error_code " + portalCode + ")")
            + (httpStatus == 0 ? "" : " (HTTP " + httpStatus + ")")
            + "; check the configured username and password (or client id and secret) and the"
            + " account's rights",
        service,
        httpStatus,
        portalCode,
        portalMessage,
        null,
        false,
        null);
  }
}
