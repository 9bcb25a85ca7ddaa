package vn.motcua.identity;

/**
 * The stable error codes of motcua identity, as returned by {@link
 * vn.motcua.core.MotcuaException#code()}. Branch on these, never on messages.
 *
 * <p>Every code names what failed, never a value: no token content, claim value or nonce appears in
 * any message.
 */
public final class IdentityCodes {
  /** The token is not a well-formed compact JWS or JWE, or its JSON is malformed. */
  public static final String TOKEN_MALFORMED = "identity.token.malformed";

  /** The token is longer than the configured maximum; rejected before it is parsed. */
  public static final String TOKEN_TOO_LARGE = "identity.token.too_large";

  /** The token's algorithm ({@code alg} or {@code enc}) is not on the configured allow-list. */
  public static final String TOKEN_ALGORITHM = "identity.token.algorithm";

  /** The signature does not verify with the selected key. */
  public static final String TOKEN_SIGNATURE = "identity.token.signature";

  /** No usable key of the provider's key set matches the token's {@code kid} and algorithm. */
  public static final String TOKEN_KEY_NOT_FOUND = "identity.token.key_not_found";

  /**
   * The key the token names is too weak (RSA under 2048 bits, EC curve other than P-256/384/521).
   */
  public static final String TOKEN_WEAK_KEY = "identity.token.weak_key";

  /** The token marks a header parameter critical ({@code crit}) that is not understood. */
  public static final String TOKEN_CRIT = "identity.token.crit";

  /** The token is another kind of JWT (access token, logout token), not an ID token. */
  public static final String TOKEN_TYPE = "identity.token.type";

  /** The {@code iss} claim differs from the configured issuer. */
  public static final String TOKEN_ISSUER = "identity.token.issuer";

  /** The {@code aud} claim lacks the client id, or holds an audience that is not trusted. */
  public static final String TOKEN_AUDIENCE = "identity.token.audience";

  /** The {@code azp} claim is missing for several audiences, or is not the client id. */
  public static final String TOKEN_AZP = "identity.token.azp";

  /** The {@code sub} claim differs from the subject the caller expected. */
  public static final String TOKEN_SUBJECT = "identity.token.subject";

  /** The token has expired ({@code exp} is past, beyond the allowed clock skew). */
  public static final String TOKEN_EXPIRED = "identity.token.expired";

  /** The token is not valid yet ({@code nbf} is in the future, beyond the clock skew). */
  public static final String TOKEN_NOT_YET_VALID = "identity.token.not_yet_valid";

  /** The token claims to be issued in the future ({@code iat}, beyond the clock skew). */
  public static final String TOKEN_ISSUED_IN_FUTURE = "identity.token.issued_in_future";

  /** The token was issued longer ago than the configured maximum token age. */
  public static final String TOKEN_STALE = "identity.token.stale";

  /** A claim the verification needs is absent. */
  public static final String TOKEN_MISSING_CLAIM = "identity.token.missing_claim";

  /** A claim has the wrong JSON type or an impossible value (such as a non-integer time). */
  public static final String TOKEN_CLAIM_TYPE = "identity.token.claim_type";

  /** The {@code at_hash} claim does not match the access token. */
  public static final String TOKEN_AT_HASH = "identity.token.at_hash";

  /** The encrypted token could not be decrypted with the client's keys. */
  public static final String TOKEN_DECRYPTION = "identity.token.decryption";

  /** The verifier requires encrypted ID tokens and received a token that is only signed. */
  public static final String TOKEN_ENCRYPTION_REQUIRED = "identity.token.encryption_required";

  /** The {@code nonce} claim differs from the nonce the login sent. */
  public static final String NONCE_MISMATCH = "identity.nonce.mismatch";

  /** The login sent a nonce and the token carries none. */
  public static final String NONCE_MISSING = "identity.nonce.missing";

  /** The token's nonce was already used by another accepted token: a replay. */
  public static final String NONCE_REPLAY = "identity.nonce.replay";

  /** The nonce store is full of unexpired nonces; the token cannot be checked for replay now. */
  public static final String NONCE_STORE_FULL = "identity.nonce.store_full";

  /** The user authenticated longer ago than the {@code max_age} the login asked for. */
  public static final String AUTH_TIME_TOO_OLD = "identity.auth_time.too_old";

  /** The level of assurance is below what the procedure requires; ask for a step-up. */
  public static final String ASSURANCE_TOO_LOW = "identity.assurance.too_low";

  /** The provider's key set cannot be obtained and no cached keys may be used. */
  public static final String JWKS_UNAVAILABLE = "identity.jwks.unavailable";

  /** One or more identity claims are invalid (an ID number in the wrong format, a bad date). */
  public static final String CLAIMS_INVALID = "identity.claims.invalid";

  /** The personal ID number contradicts the claimed sex or birth date. */
  public static final String CLAIMS_INCONSISTENT = "identity.claims.inconsistent";

  /** The userinfo answer is about another subject than the ID token. */
  public static final String USERINFO_SUBJECT_MISMATCH = "identity.userinfo.subject_mismatch";

  private IdentityCodes() {}
}
