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

  // --- login flow (RelyingParty) ---

  /** The discovery document cannot be fetched (network failure, HTTP error); retryable. */
  public static final String DISCOVERY_UNAVAILABLE = "identity.discovery.unavailable";

  /**
   * The discovery document is unusable: not a JSON object, a required endpoint missing, or an
   * endpoint that is not {@code https} (plain {@code http} is allowed only on loopback hosts).
   */
  public static final String DISCOVERY_INVALID = "identity.discovery.invalid";

  /**
   * The discovery document's {@code issuer} is not exactly the configured issuer: a mix-up or a
   * forged document, never followed.
   */
  public static final String DISCOVERY_ISSUER_MISMATCH = "identity.discovery.issuer_mismatch";

  /** The user or the provider refused the login: the callback carries {@code access_denied}. */
  public static final String AUTHORIZATION_DENIED = "identity.authorization.denied";

  /** The callback carries another OAuth error ({@code login_required}, {@code server_error}…). */
  public static final String AUTHORIZATION_ERROR = "identity.authorization.error";

  /**
   * The callback lacks the RFC 9207 {@code iss} parameter although the provider announces it:
   * possibly a response from another provider (a mix-up attack).
   */
  public static final String AUTHORIZATION_ISS_MISSING = "identity.authorization.iss_missing";

  /** The callback's RFC 9207 {@code iss} parameter names another issuer: a mix-up attack. */
  public static final String AUTHORIZATION_ISS_MISMATCH = "identity.authorization.iss_mismatch";

  /**
   * The callback's {@code state} is missing or differs from the login transaction's: the callback
   * belongs to another login (cross-site request forgery, or two logins in one session).
   */
  public static final String STATE_MISMATCH = "identity.state.mismatch";

  /**
   * The callback URL is unusable: its query is malformed or too long, a parameter is repeated, or
   * it carries neither {@code code} nor {@code error}.
   */
  public static final String CALLBACK_INVALID = "identity.callback.invalid";

  /** A serialized login transaction cannot be read: not one of ours, or damaged. */
  public static final String TRANSACTION_MALFORMED = "identity.transaction.malformed";

  /**
   * The login transaction was altered after it was created, or another relying party (another
   * client, issuer or transaction key) created it.
   */
  public static final String TRANSACTION_TAMPERED = "identity.transaction.tampered";

  /** The login transaction is older than the relying party's transaction lifetime. */
  public static final String TRANSACTION_EXPIRED = "identity.transaction.expired";

  /**
   * The token endpoint refused the code or refresh token with an OAuth error ({@code
   * invalid_grant}, {@code invalid_client}…), carried by {@link OAuthErrorException}.
   */
  public static final String TOKEN_ENDPOINT_REJECTED = "identity.token_endpoint.rejected";

  /**
   * The token endpoint gave no usable answer: network failure or an HTTP error without an OAuth
   * error. The request is never repeated, since the code may have been used up.
   */
  public static final String TOKEN_ENDPOINT_UNAVAILABLE = "identity.token_endpoint.unavailable";

  /**
   * The token endpoint's success answer is unusable: too large, not JSON, or without the {@code
   * access_token}, {@code token_type} Bearer or {@code id_token} it must carry.
   */
  public static final String TOKEN_ENDPOINT_INVALID_RESPONSE =
      "identity.token_endpoint.invalid_response";

  /** The userinfo endpoint gave no usable answer: network failure or an HTTP error. */
  public static final String USERINFO_UNAVAILABLE = "identity.userinfo.unavailable";

  /**
   * The userinfo answer is unusable: not a JSON object, another media type, or a signed answer that
   * fails verification (the cause names the check).
   */
  public static final String USERINFO_INVALID = "identity.userinfo.invalid";

  private IdentityCodes() {}
}
