package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.idp.ClientAuthMethod;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.internal.idp.Grants.SeenAssertion;

/**
 * Authenticates the client at the token endpoint with exactly one of client_secret_basic,
 * client_secret_post and private_key_jwt (RFC 6749 2.3, OpenID Connect Core 9, RFC 7523 3), and
 * only with the method the client registered.
 */
final class ClientAuthenticator {
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  /** Clock skew tolerated on assertion times: clients and stub may read different clocks. */
  private static final Duration SKEW = Duration.ofSeconds(60);

  private static final Set<JWSAlgorithm> ASSERTION_ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

  private final IdpEngine engine;

  ClientAuthenticator(IdpEngine engine) {
    this.engine = engine;
  }

  StubClient authenticate(IncomingRequest request, Map<String, List<String>> form) {
    Optional<String> authorization = request.header("Authorization");
    boolean basic = authorization.map(a -> a.regionMatches(true, 0, "Basic ", 0, 6)).orElse(false);
    boolean post = form.containsKey("client_secret");
    boolean jwt = form.containsKey("client_assertion") || form.containsKey("client_assertion_type");
    int methods = (basic ? 1 : 0) + (post ? 1 : 0) + (jwt ? 1 : 0);
    if (methods > 1) {
      throw OAuthError.invalidRequest("use exactly one client authentication method");
    }
    StubClient client;
    if (basic) {
      client = basic(authorization.get().substring(6).strip());
    } else if (post) {
      client =
          secret(
              single(form, "client_id"),
              single(form, "client_secret"),
              ClientAuthMethod.CLIENT_SECRET_POST);
    } else if (jwt) {
      client = assertion(form);
    } else {
      throw OAuthError.invalidClient("client authentication is required");
    }
    String formClientId = single(form, "client_id");
    if (formClientId != null && !formClientId.equals(client.clientId())) {
      throw OAuthError.invalidClient("client_id differs from the authenticated client");
    }
    return client;
  }

  private StubClient basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthError.invalidClient("the Basic credentials are not base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw OAuthError.invalidClient("the Basic credentials lack a colon");
    }
    // RFC 6749 2.3.1: both parts are form-urlencoded before they are joined.
    return secret(
        FormCodec.decode(decoded.substring(0, colon)),
        FormCodec.decode(decoded.substring(colon + 1)),
        ClientAuthMethod.CLIENT_SECRET_BASIC);
  }

  private StubClient secret(
      @Nullable String clientId, @Nullable String secret, ClientAuthMethod method) {
    StubClient client = clientId == null ? null : engine.clients.get(clientId);
    if (client == null || secret == null) {
      throw OAuthError.invalidClient("unknown client or missing secret");
    }
    if (client.authMethod() != method) {
      throw OAuthError.invalidClient("the client is registered for another authentication method");
    }
    byte[] expected = client.secret().orElse("").getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(expected, secret.getBytes(StandardCharsets.UTF_8))) {
      throw OAuthError.invalidClient("wrong client secret");
    }
    return client;
  }

  private StubClient assertion(Map<String, List<String>> form) {
    if (!ASSERTION_TYPE.equals(single(form, "client_assertion_type"))) {
      throw OAuthError.invalidClient("client_assertion_type must be " + ASSERTION_TYPE);
    }
    String compact = single(form, "client_assertion");
    if (compact == null) {
      throw OAuthError.invalidClient("client_assertion is missing");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(compact);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw OAuthError.invalidClient("client_assertion is not a signed JWT");
    }
    String clientId = claims.getIssuer();
    StubClient client = clientId == null ? null : engine.clients.get(clientId);
    if (client == null || !clientId.equals(claims.getSubject())) {
      throw OAuthError.invalidClient("the assertion's iss and sub must both be the client id");
    }
    if (client.authMethod() != ClientAuthMethod.PRIVATE_KEY_JWT) {
      throw OAuthError.invalidClient("the client is registered for another authentication method");
    }
    if (!ASSERTION_ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw OAuthError.invalidClient("the assertion's algorithm is not allowed");
    }
    if (!verifies(jwt, client)) {
      throw OAuthError.invalidClient("the assertion's signature does not verify");
    }
    checkClaims(claims, client);
    return client;
  }

  private static boolean verifies(SignedJWT jwt, StubClient client) {
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    JWKMatcher matcher =
        new JWKMatcher.Builder()
            .keyType(KeyType.forAlgorithm(algorithm))
            .keyID(jwt.getHeader().getKeyID())
            .keyUses(KeyUse.SIGNATURE, null)
            .algorithms(algorithm, null)
            .build();
    List<JWK> candidates = new JWKSelector(matcher).select(client.jwkSet().orElseThrow());
    for (JWK candidate : candidates) {
      try {
        Key key =
            candidate.getKeyType().equals(KeyType.EC)
                ? candidate.toECKey().toECPublicKey()
                : candidate.toRSAKey().toRSAPublicKey();
        JWSVerifier verifier =
            new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(), key);
        if (jwt.verify(verifier)) {
          return true;
        }
      } catch (JOSEException e) {
        // An unusable key in the client's set; try the next one.
      }
    }
    return false;
  }

  private void checkClaims(JWTClaimsSet claims, StubClient client) {
    String issuer = engine.issuer();
    List<String> audience = claims.getAudience();
    if (!audience.contains(issuer + Paths.TOKEN) && !audience.contains(issuer)) {
      throw OAuthError.invalidClient(
          "the assertion's aud must be the token endpoint or the issuer");
    }
    Instant now = engine.now();
    Date exp = claims.getExpirationTime();
    if (exp == null || !now.isBefore(exp.toInstant().plus(SKEW))) {
      throw OAuthError.invalidClient("the assertion is expired or has no exp");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && now.plus(SKEW).isBefore(nbf.toInstant())) {
      throw OAuthError.invalidClient("the assertion is not valid yet");
    }
    Date iat = claims.getIssueTime();
    if (iat != null && now.plus(SKEW).isBefore(iat.toInstant())) {
      throw OAuthError.invalidClient("the assertion is issued in the future");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isEmpty()) {
      throw OAuthError.invalidClient("the assertion needs a jti");
    }
    engine.seenAssertions.values().removeIf(seen -> seen.expiresAt().isBefore(now));
    String key = client.clientId() + " " + jti;
    if (engine.seenAssertions.putIfAbsent(key, new SeenAssertion(exp.toInstant().plus(SKEW)))
        != null) {
      throw OAuthError.invalidClient("the assertion was already used (jti replay)");
    }
  }

  static @Nullable String single(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null ? null : values.get(0);
  }
}
