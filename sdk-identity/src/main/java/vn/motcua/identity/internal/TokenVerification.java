package vn.motcua.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.AssuranceTooLowException;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.TokenExpiredException;
import vn.motcua.identity.VerificationContext;

/**
 * The checks of an ID token, in the order that spends nothing on a token that fails a cheaper
 * check: length, shape, header (algorithm allow-list, {@code crit}, {@code typ}), key, signature,
 * then claims. Claims are parsed only once the signature proved them authentic. The nonce is
 * recorded as used last, so a token rejected for any other reason never uses it up.
 */
public final class TokenVerification {
  /** The largest time claim accepted: 9999-12-31T23:59:59Z; beyond is not a date but an attack. */
  private static final long MAX_TIME = 253_402_300_799L;

  private static final int MAX_SUBJECT_LENGTH = 255;

  private final VerifierSettings settings;
  private final JoseJson json;
  private final String allowedNames;

  /** Creates the checks for {@code settings}. */
  public TokenVerification(VerifierSettings settings) {
    this.settings = settings;
    this.json = JoseJson.withMaxLength(settings.maxTokenLength());
    this.allowedNames =
        settings.allowedAlgorithms().stream()
            .map(JWSAlgorithm::getName)
            .sorted()
            .collect(Collectors.joining(", "));
  }

  /**
   * Verifies {@code token}.
   *
   * @throws vn.motcua.identity.IdentityException or a subtype for every failure
   */
  public TokenFacts verify(String token, VerificationContext context) {
    Opened opened = open(token, settings.encryptionRequired());
    return checkClaims(opened.claims, opened.algorithm, opened.kid, opened.encrypted, context);
  }

  /**
   * Verifies a signed userinfo answer with the ID token's keys, algorithms and decryption keys, and
   * returns its claims. {@code iss} and {@code aud} are optional in a userinfo answer, but when
   * present they must name the issuer and include the client; {@code sub} must be present. No time
   * claim is required.
   *
   * @throws vn.motcua.identity.IdentityException or a subtype for every failure
   */
  public Map<String, Object> verifyUserInfo(String token) {
    Map<String, Object> claims = open(token, false).claims;
    if (claims.containsKey("events")) {
      throw Rejections.reject(IdentityCodes.TOKEN_TYPE);
    }
    String issuer = optionalString(claims, "iss");
    if (issuer != null && !issuer.equals(settings.issuer())) {
      throw Rejections.reject(IdentityCodes.TOKEN_ISSUER);
    }
    if (claims.containsKey("aud") && !audience(claims).contains(settings.clientId())) {
      throw Rejections.reject(IdentityCodes.TOKEN_AUDIENCE);
    }
    String subject = requiredString(claims, "sub");
    if (subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH) {
      throw Rejections.claimType("sub");
    }
    return claims;
  }

  /**
   * Checks length and shape, decrypts a JWE, then checks the header and the signature, and parses
   * the claims: everything a signed token needs before its claims mean anything.
   */
  private Opened open(String token, boolean encryptionRequired) {
    int max = settings.maxTokenLength();
    if (token.length() > max) {
      throw Rejections.reject(IdentityCodes.TOKEN_TOO_LARGE, "max", max);
    }
    CompactToken compact = CompactToken.split(token);
    if (compact == null) {
      throw Rejections.malformed();
    }
    boolean encrypted = compact.isEncrypted();
    if (encrypted) {
      DecryptionKeys keys = settings.decryptionKeys();
      if (keys == null) {
        throw Rejections.reject(IdentityCodes.TOKEN_DECRYPTION);
      }
      String inner = keys.decrypt(compact, max, json);
      if (inner.length() > max) {
        throw Rejections.reject(IdentityCodes.TOKEN_TOO_LARGE, "max", max);
      }
      compact = CompactToken.split(inner);
      if (compact == null || compact.isEncrypted()) {
        throw Rejections.malformed();
      }
    } else if (encryptionRequired) {
      throw Rejections.reject(IdentityCodes.TOKEN_ENCRYPTION_REQUIRED);
    }
    return verifySigned(compact, encrypted);
  }

  private Opened verifySigned(CompactToken compact, boolean encrypted) {
    Map<String, Object> header = object(compact.decode(0));
    if (!(header.get("alg") instanceof String algName)) {
      throw Rejections.malformed();
    }
    JWSAlgorithm algorithm = allowed(algName);
    if (header.containsKey("crit")) {
      throw Rejections.reject(IdentityCodes.TOKEN_CRIT);
    }
    Object typ = header.get("typ");
    if (typ != null && !isJwtType(typ)) {
      throw Rejections.reject(IdentityCodes.TOKEN_TYPE);
    }
    Object kidValue = header.get("kid");
    if (kidValue != null && !(kidValue instanceof String)) {
      throw Rejections.malformed();
    }
    String kid = (String) kidValue;
    JWSHeader jwsHeader;
    try {
      jwsHeader = JWSHeader.parse(header, new Base64URL(compact.segment(0)));
    } catch (java.text.ParseException | RuntimeException e) {
      throw Rejections.malformed();
    }
    JWSVerifier verifier = verifierFor(kid, algorithm);
    byte[] signature = compact.decode(2);
    if (signature == null || signature.length == 0) {
      throw Rejections.reject(IdentityCodes.TOKEN_SIGNATURE);
    }
    boolean valid;
    try {
      valid = verifier.verify(jwsHeader, compact.signingInput(), new Base64URL(compact.segment(2)));
    } catch (JOSEException | RuntimeException e) {
      throw Rejections.reject(IdentityCodes.TOKEN_SIGNATURE, e);
    }
    if (!valid) {
      throw Rejections.reject(IdentityCodes.TOKEN_SIGNATURE);
    }
    return new Opened(object(compact.decode(1)), algorithm, kid, encrypted);
  }

  /** A token whose signature verified, with its claims parsed but not yet checked. */
  private record Opened(
      Map<String, Object> claims,
      JWSAlgorithm algorithm,
      @Nullable String kid,
      boolean encrypted) {}

  private Map<String, Object> object(byte @Nullable [] bytes) {
    Map<String, Object> object = bytes == null ? null : json.object(bytes);
    if (object == null) {
      throw Rejections.malformed();
    }
    return object;
  }

  private JWSAlgorithm allowed(String name) {
    for (JWSAlgorithm algorithm : settings.allowedAlgorithms()) {
      if (algorithm.getName().equals(name)) {
        return algorithm;
      }
    }
    throw Rejections.reject(IdentityCodes.TOKEN_ALGORITHM, "allowed", allowedNames);
  }

  private static boolean isJwtType(Object typ) {
    return typ instanceof String text
        && (text.equalsIgnoreCase("JWT") || text.equalsIgnoreCase("application/jwt"));
  }

  private JWSVerifier verifierFor(@Nullable String kid, JWSAlgorithm algorithm) {
    if (JwsAlgorithms.isHmac(algorithm)) {
      JWSVerifier mac = settings.macVerifier();
      if (mac == null) {
        throw Rejections.reject(IdentityCodes.TOKEN_ALGORITHM, "allowed", allowedNames);
      }
      return mac;
    }
    KeyResolver keys = settings.keys();
    KeyLookup lookup =
        keys == null ? new KeyLookup(KeyLookup.Outcome.NOT_FOUND, null) : keys.find(kid, algorithm);
    return switch (lookup.outcome()) {
      case FOUND -> java.util.Objects.requireNonNull(lookup.verifier());
      case WEAK -> throw Rejections.reject(IdentityCodes.TOKEN_WEAK_KEY);
      case NOT_FOUND, AMBIGUOUS -> throw Rejections.reject(IdentityCodes.TOKEN_KEY_NOT_FOUND);
    };
  }

  private TokenFacts checkClaims(
      Map<String, Object> claims,
      JWSAlgorithm algorithm,
      @Nullable String kid,
      boolean encrypted,
      VerificationContext context) {
    if (claims.containsKey("events")) {
      throw Rejections.reject(IdentityCodes.TOKEN_TYPE);
    }
    String issuer = requiredString(claims, "iss");
    if (!issuer.equals(settings.issuer())) {
      throw Rejections.reject(IdentityCodes.TOKEN_ISSUER);
    }
    String subject = requiredString(claims, "sub");
    if (subject.isEmpty() || subject.length() > MAX_SUBJECT_LENGTH) {
      throw Rejections.claimType("sub");
    }
    List<String> audience = audience(claims);
    String clientId = settings.clientId();
    if (!audience.contains(clientId)) {
      throw Rejections.reject(IdentityCodes.TOKEN_AUDIENCE);
    }
    String azp = optionalString(claims, "azp");
    if ((azp != null && !azp.equals(clientId)) || (azp == null && audience.size() > 1)) {
      throw Rejections.reject(IdentityCodes.TOKEN_AZP);
    }
    for (String other : audience) {
      if (!other.equals(clientId) && !settings.trustedAudiences().contains(other)) {
        throw Rejections.reject(IdentityCodes.TOKEN_AUDIENCE);
      }
    }

    Instant now = settings.clock().instant();
    Instant expiresAt = requiredTime(claims, "exp");
    Instant issuedAt = requiredTime(claims, "iat");
    Instant notBefore = optionalTime(claims, "nbf");
    Instant authTime = optionalTime(claims, "auth_time");
    if (expiresAt.plus(settings.clockSkew()).isBefore(now)) {
      throw new TokenExpiredException();
    }
    if (notBefore != null && notBefore.minus(settings.clockSkew()).isAfter(now)) {
      throw Rejections.reject(IdentityCodes.TOKEN_NOT_YET_VALID);
    }
    if (issuedAt.minus(settings.clockSkew()).isAfter(now)) {
      throw Rejections.reject(IdentityCodes.TOKEN_ISSUED_IN_FUTURE);
    }
    Instant staleAt = issuedAt.plus(settings.maxTokenAge()).plus(settings.clockSkew());
    if (staleAt.isBefore(now)) {
      throw Rejections.reject(IdentityCodes.TOKEN_STALE, "max", settings.maxTokenAge());
    }

    String expectedSubject = context.expectedSubject().orElse(null);
    if (expectedSubject != null && !expectedSubject.equals(subject)) {
      throw Rejections.reject(IdentityCodes.TOKEN_SUBJECT);
    }
    String nonce = optionalString(claims, "nonce");
    String expectedNonce = context.nonce().orElse(null);
    if (expectedNonce != null) {
      if (nonce == null) {
        throw Rejections.reject(IdentityCodes.NONCE_MISSING);
      }
      if (!MessageDigest.isEqual(utf8(expectedNonce), utf8(nonce))) {
        throw Rejections.reject(IdentityCodes.NONCE_MISMATCH);
      }
    }
    if (context.maxAge().isPresent()) {
      if (authTime == null) {
        throw Rejections.missingClaim("auth_time");
      }
      if (authTime.plus(context.maxAge().get()).plus(settings.clockSkew()).isBefore(now)) {
        throw Rejections.reject(IdentityCodes.AUTH_TIME_TOO_OLD, "max", context.maxAge().get());
      }
    }
    String acr = optionalString(claims, "acr");
    List<String> amr = optionalStrings(claims, "amr");
    AssuranceLevel level = settings.profile().assuranceLevel(claims);
    AssuranceLevel required = settings.requiredAssurance();
    AssuranceLevel asked = context.requiredAssurance().orElse(AssuranceLevel.NONE);
    if (asked.compareTo(required) > 0) {
      required = asked;
    }
    if (!level.isAtLeast(required)) {
      throw new AssuranceTooLowException(required, level);
    }
    String atHash = optionalString(claims, "at_hash");
    String accessToken = context.accessToken().orElse(null);
    if (accessToken != null) {
      if (atHash == null) {
        if (context.isAtHashRequired()) {
          throw Rejections.missingClaim("at_hash");
        }
      } else if (!AtHash.matches(algorithm, accessToken, atHash)) {
        throw Rejections.reject(IdentityCodes.TOKEN_AT_HASH);
      }
    }

    if (expectedNonce != null) {
      Instant forgetAt = expiresAt.plus(settings.clockSkew());
      if (staleAt.isBefore(forgetAt)) {
        forgetAt = staleAt;
      }
      if (!settings.nonceStore().markUsed(expectedNonce, forgetAt)) {
        throw Rejections.reject(IdentityCodes.NONCE_REPLAY);
      }
    }
    return new TokenFacts(
        issuer,
        subject,
        audience,
        azp,
        issuedAt,
        expiresAt,
        authTime,
        acr,
        amr,
        level,
        expectedNonce != null,
        algorithm.getName(),
        kid,
        encrypted,
        claims);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String requiredString(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      throw Rejections.missingClaim(name);
    }
    if (!(value instanceof String text)) {
      throw Rejections.claimType(name);
    }
    return text;
  }

  private static @Nullable String optionalString(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw Rejections.claimType(name);
    }
    return text;
  }

  private static List<String> optionalStrings(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw Rejections.claimType(name);
    }
    List<String> strings = new ArrayList<>(list.size());
    for (Object item : list) {
      if (!(item instanceof String text)) {
        throw Rejections.claimType(name);
      }
      strings.add(text);
    }
    return List.copyOf(strings);
  }

  private static List<String> audience(Map<String, Object> claims) {
    Object value = claims.get("aud");
    if (value == null) {
      throw Rejections.missingClaim("aud");
    }
    if (value instanceof String single) {
      return List.of(single);
    }
    List<String> audience = optionalStrings(claims, "aud");
    if (audience.isEmpty()) {
      throw Rejections.claimType("aud");
    }
    return audience;
  }

  private static Instant requiredTime(Map<String, Object> claims, String name) {
    Instant time = optionalTime(claims, name);
    if (time == null) {
      throw Rejections.missingClaim(name);
    }
    return time;
  }

  /**
   * Reads a NumericDate as whole seconds. Only a JSON integer from 0 to year 9999 is a time: a
   * string, a fraction, an integer beyond {@code long} ({@link BigInteger}) or a negative number is
   * rejected, never read as "no expiry" nor clamped.
   */
  private static @Nullable Instant optionalTime(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      return claims.containsKey(name) ? throwClaimType(name) : null;
    }
    if (value instanceof Long seconds && seconds >= 0 && seconds <= MAX_TIME) {
      return Instant.ofEpochSecond(seconds);
    }
    return throwClaimType(name);
  }

  private static Instant throwClaimType(String name) {
    throw Rejections.claimType(name);
  }
}
