package vn.motcua.testkit.idp;

/** A defect the stub can put into its authorization response (the redirect to the client). */
public enum AuthorizationResponseFault {
  /** {@code state} differs from the one the client sent. */
  WRONG_STATE,
  /** {@code state} is left out. */
  MISSING_STATE,
  /** The RFC 9207 {@code iss} parameter is left out, although discovery announces it. */
  MISSING_ISS,
  /**
   * The RFC 9207 {@code iss} parameter names another issuer ({@code
   * https://idp.untrusted.example}).
   */
  WRONG_ISS
}
