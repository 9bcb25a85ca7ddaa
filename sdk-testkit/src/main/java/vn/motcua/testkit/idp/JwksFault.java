package vn.motcua.testkit.idp;

/** A way the JWKS endpoint can fail or surprise its caller. */
public enum JwksFault {
  /** HTTP 503 with {@code Retry-After: 30}: the provider is down. */
  SERVICE_UNAVAILABLE,
  /** The connection is reset before any response. */
  CONNECTION_RESET,
  /** The connection is closed without a response. */
  EMPTY_RESPONSE,
  /** A 200 status line followed by a malformed chunk. */
  MALFORMED_RESPONSE_CHUNK,
  /** Random bytes, then the connection is closed. */
  RANDOM_DATA_THEN_CLOSE,
  /**
   * The usual keys plus keys a verifier must skip: one of an unknown key type, an RSA encryption
   * key ({@code use=enc}), and a 1024-bit RSA signing key.
   */
  WITH_UNUSABLE_KEYS
}
