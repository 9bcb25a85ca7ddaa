package vn.motcua.testkit.idp;

/**
 * The JWS algorithms the stub signs ID tokens (and signed userinfo) with, each with its own key in
 * the published JWKS.
 */
public enum SigningAlgorithm {
  /** RSASSA-PKCS1-v1_5 with SHA-256, RSA 2048-bit key: the default. */
  RS256,
  /** RSASSA-PSS with SHA-256, RSA 2048-bit key. */
  PS256,
  /** ECDSA with SHA-256 on curve P-256. */
  ES256
}
