package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.jwk.JWK;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.UserInfoFault;
import vn.motcua.testkit.internal.idp.Grants.Access;

/**
 * {@code GET|POST /userinfo} with a Bearer access token (RFC 6750): the persona's claims as JSON,
 * or as a JWT signed with the client's ID token algorithm when it registered so.
 */
final class UserInfoEndpoint {
  private static final String REALM = "Bearer realm=\"motcua-stub-idp\"";

  private final IdpEngine engine;

  UserInfoEndpoint(IdpEngine engine) {
    this.engine = engine;
  }

  StubResponse handle(IncomingRequest request) {
    if (!request.method().equals("GET") && !request.method().equals("POST")) {
      return IdpEngine.methodNotAllowed("GET, POST");
    }
    Optional<String> token =
        request
            .header("Authorization")
            .filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
            .map(a -> a.substring(7).strip());
    if (token.isEmpty()) {
      return StubResponse.json(401, Map.of()).withHeader("WWW-Authenticate", REALM);
    }
    Access access = engine.accessTokens.get(token.get());
    if (access == null
        || access.session().isRevoked()
        || !engine.now().isBefore(access.expiresAt())) {
      return StubResponse.json(401, Map.of("error", "invalid_token"))
          .withHeader(
              "WWW-Authenticate",
              REALM
                  + ", error=\"invalid_token\", error_description=\"unknown, revoked or expired\"");
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", access.session().persona.subject());
    claims.putAll(DvcqgClaims.of(access.session().persona));
    if (engine.faults.userInfo().take() == UserInfoFault.SUB_MISMATCH) {
      claims.put("sub", UUID.randomUUID().toString());
    }
    StubClient client = access.session().client;
    if (!client.userInfoSigned()) {
      return StubResponse.noStoreJson(200, claims);
    }
    TokenDraft draft = new TokenDraft();
    JWK key = engine.keys.current(client.idTokenAlgorithm());
    draft.signWith(key, Jose.jws(client.idTokenAlgorithm()));
    draft.claims.put("iss", engine.issuer());
    draft.claims.put("aud", List.of(client.clientId()));
    draft.claims.put("iat", engine.now().getEpochSecond());
    draft.claims.putAll(claims);
    return StubResponse.of(
            200,
            "application/jwt",
            draft.compact().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .withHeader("Cache-Control", "no-store");
  }
}
