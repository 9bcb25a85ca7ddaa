package vn.motcua.testkit.internal.idp;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.internal.idp.Grants.Access;
import vn.motcua.testkit.internal.idp.Grants.Code;
import vn.motcua.testkit.internal.idp.Grants.Session;

/**
 * {@code POST /token}: the authorization code grant with PKCE, and the refresh token grant with
 * rotation (RFC 6749 4.1.3 and 6, RFC 7636 4.6, OpenID Connect Core 3.1.3 and 12).
 */
final class TokenEndpoint {
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  private final IdpEngine engine;
  private final ClientAuthenticator authenticator;

  TokenEndpoint(IdpEngine engine) {
    this.engine = engine;
    this.authenticator = new ClientAuthenticator(engine);
  }

  StubResponse handle(IncomingRequest request) {
    if (!request.method().equals("POST")) {
      return IdpEngine.methodNotAllowed("POST");
    }
    try {
      if (!request.isForm()) {
        throw OAuthError.invalidRequest("the body must be application/x-www-form-urlencoded");
      }
      Map<String, List<String>> form = request.form();
      for (Map.Entry<String, List<String>> field : form.entrySet()) {
        if (field.getValue().size() > 1) {
          throw OAuthError.invalidRequest("a parameter was given more than once");
        }
      }
      StubClient client = authenticator.authenticate(request, form);
      String grantType = ClientAuthenticator.single(form, "grant_type");
      if (grantType == null) {
        throw OAuthError.invalidRequest("grant_type is required");
      }
      return switch (grantType) {
        case "authorization_code" -> authorizationCode(client, form);
        case "refresh_token" -> refresh(client, form);
        default -> throw OAuthError.of("unsupported_grant_type", "unsupported grant_type");
      };
    } catch (OAuthError e) {
      return e.asTokenResponse();
    }
  }

  private StubResponse authorizationCode(StubClient client, Map<String, List<String>> form) {
    String codeValue = ClientAuthenticator.single(form, "code");
    if (codeValue == null) {
      throw OAuthError.invalidRequest("code is required");
    }
    Code code = engine.codes.get(codeValue);
    if (code == null) {
      throw OAuthError.invalidGrant("unknown authorization code");
    }
    // Any attempt uses the code up, so a wrong verifier cannot be retried (RFC 9700 2.1.1).
    if (!code.redeem()) {
      // RFC 6749 4.1.2: a replayed code revokes what was issued for it.
      code.session.revoke();
      throw OAuthError.invalidGrant("authorization code already used");
    }
    if (!code.session.client.clientId().equals(client.clientId())) {
      throw OAuthError.invalidGrant("the code was issued to another client");
    }
    if (!engine.now().isBefore(code.expiresAt)) {
      throw OAuthError.invalidGrant("authorization code expired");
    }
    if (!code.redirectUri.equals(ClientAuthenticator.single(form, "redirect_uri"))) {
      throw OAuthError.invalidGrant("redirect_uri differs from the authorization request's");
    }
    String verifier = ClientAuthenticator.single(form, "code_verifier");
    if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
      throw OAuthError.invalidGrant("code_verifier is missing or malformed");
    }
    if (!Jose.s256(verifier).equals(code.codeChallenge)) {
      throw OAuthError.invalidGrant("code_verifier does not match the code_challenge");
    }
    return issue(code.session, code.nonce);
  }

  private StubResponse refresh(StubClient client, Map<String, List<String>> form) {
    String token = ClientAuthenticator.single(form, "refresh_token");
    if (token == null) {
      throw OAuthError.invalidRequest("refresh_token is required");
    }
    Session retired = engine.retiredRefreshTokens.get(token);
    if (retired != null) {
      retired.revoke();
      throw OAuthError.invalidGrant("refresh token already used");
    }
    Session session = engine.refreshTokens.remove(token);
    if (session == null || session.isRevoked()) {
      throw OAuthError.invalidGrant("unknown or revoked refresh token");
    }
    engine.retiredRefreshTokens.put(token, session);
    if (!session.client.clientId().equals(client.clientId())) {
      throw OAuthError.invalidGrant("the refresh token was issued to another client");
    }
    String scope = ClientAuthenticator.single(form, "scope");
    if (scope != null && !session.scopes.containsAll(FormCodec.scopes(scope))) {
      throw OAuthError.of("invalid_scope", "a refresh cannot widen the scope");
    }
    // OpenID Connect Core 12.2: same iss, sub, aud, azp and auth_time; no nonce.
    return issue(session, null);
  }

  private StubResponse issue(Session session, @Nullable String nonce) {
    if (session.isRevoked()) {
      throw OAuthError.invalidGrant("the grant was revoked");
    }
    Instant now = engine.now();
    String accessToken = Jose.randomToken();
    String refreshToken = Jose.randomToken();
    engine.accessTokens.put(
        accessToken, new Access(session, now.plus(engine.config.accessTokenLifetime())));
    engine.refreshTokens.put(refreshToken, session);
    String idToken =
        engine.minter.mint(session, nonce, accessToken, engine.faults.idToken().take());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", accessToken);
    body.put("token_type", "Bearer");
    body.put("expires_in", engine.config.accessTokenLifetime().getSeconds());
    body.put("refresh_token", refreshToken);
    body.put("id_token", idToken);
    body.put("scope", String.join(" ", session.scopes));
    return StubResponse.noStoreJson(200, body);
  }
}
