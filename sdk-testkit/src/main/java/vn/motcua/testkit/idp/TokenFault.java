package vn.motcua.testkit.idp;

/**
 * A defect the stub can put into an ID token it mints: each constant produces exactly the defect it
 * names, so a relying party's test can prove it rejects (or, where noted, accepts) that token.
 *
 * <p>"Now" is the stub's clock. "The client's algorithm" is the one the client registered (RS256 by
 * default). "The untrusted key" is a key pair the stub ships openly in its jar: it never appears in
 * the published JWKS. Faults apply to the signed token; when the client registered an encryption
 * key, the faulty token is then encrypted as usual (except for the {@code JWE_*} faults, which are
 * about the encryption itself). Each fault comes from SECURITY.md sections A and B.
 */
public enum TokenFault {
  // --- signature and algorithm ---

  /** Signed correctly with the client's algorithm and key, then one signature bit flipped. */
  BAD_SIGNATURE,
  /**
   * Validly signed with another published key and algorithm than the client registered (PS256 for
   * an RS256 client, RS256 for PS256 and ES256 clients): tests that the algorithm is pinned.
   */
  UNEXPECTED_ALGORITHM,
  /** Header {@code "alg": "none"}, no {@code kid}, empty signature. */
  ALG_NONE,
  /** As {@link #ALG_NONE} with {@code "alg": "None"}. */
  ALG_NONE_CAPITALIZED,
  /** As {@link #ALG_NONE} with {@code "alg": "NONE"}. */
  ALG_NONE_UPPERCASE,
  /** As {@link #ALG_NONE} with {@code "alg": "nOnE"}. */
  ALG_NONE_MIXED_CASE,
  /**
   * Header {@code "alg": "HS256"} with the {@code kid} of the stub's RS256 key, MAC-ed with that
   * key's public key as the secret: the PEM text ({@code -----BEGIN PUBLIC KEY-----}, 64-character
   * lines, final newline) as UTF-8 bytes. The classic algorithm-confusion attack.
   */
  HS256_WITH_RSA_PUBLIC_KEY,
  /**
   * Signed by the untrusted key, whose public JWK rides in the {@code jwk} header; {@code kid} is
   * the stub's real key id for the client's algorithm, so only the embedded key verifies it.
   */
  EMBEDDED_JWK,
  /**
   * Signed by the untrusted key; the {@code jku} header points at a JWKS on the stub that holds it
   * ({@code /untrusted/jwks.json}), and {@code kid} names it. The stub counts fetches of that URL:
   * {@link StubIdentityProvider#untrustedUrlRequestCount()} must stay 0.
   */
  JKU_HEADER,
  /**
   * Signed by the untrusted key; the {@code x5u} header points at its self-signed certificate on
   * the stub ({@code /untrusted/cert.pem}), counted like {@link #JKU_HEADER}.
   */
  X5U_HEADER,
  /** Signed by the untrusted key; its self-signed certificate rides in the {@code x5c} header. */
  X5C_HEADER,
  /**
   * Signed with the client's real key, but {@code kid} is a hostile 10,000-character value mixing a
   * path traversal, SQL, a URL, a NUL character and percent-encoding.
   */
  HOSTILE_KID,
  /**
   * Signed by a key that is not published, under a {@code kid} the JWKS does not hold, even after a
   * refresh.
   */
  UNKNOWN_KID,
  /**
   * Not a defect: no {@code kid} header, signed with the client's real key. A relying party must
   * accept it when exactly one published key suits the algorithm it allows.
   */
  NO_KID,
  /**
   * Validly signed, with {@code "crit": ["urn:motcua:stub:unknown"]} and that header parameter
   * present: a verifier that does not understand it must reject the token.
   */
  UNKNOWN_CRIT,
  /** Header ES256 with the stub's EC {@code kid}, signature r = s = 0 (CVE-2022-21449). */
  ECDSA_ZERO_SIGNATURE,
  /** Header ES256 with the stub's EC {@code kid}, signature r = s = n, the order of P-256. */
  ECDSA_ORDER_SIGNATURE,
  /** A valid ES256 signature, DER-encoded instead of the 64-byte JOSE form. */
  ECDSA_DER_SIGNATURE,
  /** A valid ES256 signature with its last byte cut off (63 bytes). */
  ECDSA_TRUNCATED_SIGNATURE,
  /**
   * Signed RS256 with a 1024-bit RSA key which the stub publishes in its JWKS from then on: keys
   * below 2048 bits must be refused.
   */
  WEAK_RSA_KEY,

  // --- claims ---

  /** {@code iss} is {@code https://idp.untrusted.example}. */
  WRONG_ISSUER,
  /** No {@code iss}. */
  MISSING_ISSUER,
  /** {@code aud} (and {@code azp}) name only another client, {@code untrusted-client}. */
  WRONG_AUDIENCE,
  /** {@code aud} holds the client and {@code https://rp.untrusted.example}; no {@code azp}. */
  EXTRA_AUDIENCE_WITHOUT_AZP,
  /** {@code exp} is two hours before now ({@code iat} one token lifetime before that). */
  EXPIRED,
  /** {@code nbf} is one hour after now. */
  NOT_YET_VALID,
  /** {@code iat} is one hour after now ({@code exp} one token lifetime after that). */
  ISSUED_IN_FUTURE,
  /** {@code iat} is two days before now; {@code exp} is still in the future. */
  STALE_IAT,
  /** No {@code iat}. */
  MISSING_IAT,
  /** No {@code sub}. */
  MISSING_SUB,
  /** No {@code exp}. */
  MISSING_EXP,
  /** {@code exp} is a JSON string of digits instead of a number. */
  NON_INTEGER_EXP,
  /** {@code exp} is 2<sup>64</sup>, a number that overflows a 64-bit integer. */
  OVERFLOWING_EXP,
  /** {@code nonce} is a fresh random value, not the one of the authorization request. */
  WRONG_NONCE,
  /** No {@code nonce}. */
  MISSING_NONCE,
  /**
   * {@code sub} is a well-formed subject of nobody in the pack: with a refresh, tests that a
   * refreshed ID token must keep the original subject.
   */
  DIFFERENT_SUBJECT,
  /**
   * {@code acr} and {@code loAs} say level 1, whatever the persona's level and the requested {@code
   * acr_values}.
   */
  LOW_ACR,
  /**
   * {@code auth_time} is the request's {@code max_age} plus one hour before now (one day before now
   * when the request had no {@code max_age}).
   */
  AUTH_TIME_TOO_OLD,
  /** {@code at_hash} is the hash of another access token. */
  WRONG_AT_HASH,
  /**
   * The payload holds {@code sub} twice: the persona's first, another subject second, so a
   * last-wins parser sees the wrong one. The JSON is otherwise the usual token.
   */
  DUPLICATE_CLAIM,
  /** An extra claim {@code nested} holding 100,000 nested JSON arrays. */
  DEEPLY_NESTED_CLAIM,
  /** An extra claim {@code padding} holding one mebibyte of text, so the token exceeds 1 MB. */
  OVERSIZED,

  // --- token type ---

  /** The usual ID token claims under header {@code "typ": "at+jwt"} (an access token's type). */
  ACCESS_TOKEN_TYPE,
  /**
   * The usual ID token claims plus the back-channel logout {@code events} claim and a {@code jti},
   * under header {@code "typ": "logout+jwt"}.
   */
  LOGOUT_TOKEN,

  // --- serialization ---

  /** The payload segment holds a character outside the base64url alphabet. */
  MALFORMED_BASE64,
  /** Only header and payload: two segments, one dot. */
  TWO_SEGMENTS,
  /** A fourth segment after the signature. */
  FOUR_SEGMENTS,
  /** The header is a JSON array instead of an object; signed with the client's key. */
  HEADER_NOT_OBJECT,

  // --- encryption ---

  /**
   * Encrypted with {@code RSA1_5} (RSAES-PKCS1-v1_5, open to padding oracles) and A256GCM, to the
   * client's encryption key when it registered one, else to the untrusted key.
   */
  JWE_RSA1_5,
  /**
   * Encrypted with {@code PBES2-HS256+A128KW} and A256GCM under the password {@code
   * untrusted-password}: a key-management algorithm an ID token must never use.
   */
  JWE_PBES2
}
