package vn.motcua.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.motcua.identity.Tokens.RSA;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.json.MotcuaJson;

/**
 * The relying party against a provider scripted with WireMock, for answers the stub identity
 * provider does not give: no userinfo endpoint, no RFC 9207 {@code iss}, token answers without an
 * ID token or of another type, a failing token endpoint, a refresh without a new ID token, and
 * discovery failures. The whole login against the stub is tested in sdk-testkit.
 */
class RelyingPartyFunctionalTest {
  @RegisterExtension
  static WireMockExtension idp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String REDIRECT_URI = "https://portal.example.vn/login/callback";
  private static final String SECRET = "portal-secret";

  private final HttpTransport transport =
      HttpTransport.builder().retryPolicy(RetryPolicy.none()).build();

  @AfterEach
  void closeTransport() {
    transport.close();
  }

  private static String issuer() {
    return idp.baseUrl();
  }

  private static void discovery(Consumer<Map<String, Object>> change) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("issuer", issuer());
    d.put("authorization_endpoint", issuer() + "/authorize");
    d.put("token_endpoint", issuer() + "/token");
    d.put("userinfo_endpoint", issuer() + "/userinfo");
    d.put("jwks_uri", issuer() + "/jwks");
    d.put("authorization_response_iss_parameter_supported", true);
    change.accept(d);
    idp.stubFor(
        get("/.well-known/openid-configuration").willReturn(okJson(MotcuaJson.strict().write(d))));
    idp.stubFor(get("/jwks").willReturn(okJson(Tokens.jwks(RSA))));
  }

  private RelyingParty.Builder relyingParty() {
    return RelyingParty.builder()
        .issuer(issuer())
        .clientId(Tokens.CLIENT_ID)
        .clientAuthentication(ClientAuthentication.clientSecretBasic(SECRET))
        .redirectUri(REDIRECT_URI)
        .transport(transport)
        .clock(Tokens.CLOCK);
  }

  private static String idToken(String nonce) {
    return Tokens.sign(
        RSA,
        Tokens.claims(
            c -> {
              c.put("iss", issuer());
              c.put("nonce", nonce);
              c.put("SoDinhDanh", "001099012345");
              c.put("NgaySinh", "15/01/1999");
              c.put("GioiTinh", "1");
              c.put("loAs", "2");
            }));
  }

  private static void tokenAnswer(Map<String, Object> body) {
    idp.stubFor(post("/token").willReturn(okJson(MotcuaJson.strict().write(body))));
  }

  private static Map<String, Object> tokens(@Nullable String idToken) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", "at-1");
    body.put("token_type", "Bearer");
    body.put("expires_in", 300);
    body.put("refresh_token", "rt-1");
    if (idToken != null) {
      body.put("id_token", idToken);
    }
    return body;
  }

  private static URI callback(LoginTransaction tx, boolean withIss) {
    return URI.create(
        REDIRECT_URI
            + "?code=c-1&state="
            + tx.state()
            + (withIss ? "&iss=" + URLEncoder.encode(issuer(), StandardCharsets.UTF_8) : ""));
  }

  private static void assertCode(String code, Throwable thrown) {
    assertThat(thrown)
        .isInstanceOfSatisfying(MotcuaException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void complete_withoutUserInfoOrIssSupport_mapsTheTokenAlone() {
    discovery(
        d -> {
          d.remove("userinfo_endpoint");
          d.put("authorization_response_iss_parameter_supported", false);
        });
    try (RelyingParty rp = relyingParty().build()) {
      AuthorizationRequest request = rp.beginLogin();
      tokenAnswer(tokens(idToken(request.transaction().nonce())));

      LoginResult result =
          rp.complete(request.transaction(), callback(request.transaction(), false));

      assertThat(result.identity().personalIdNumber().orElseThrow().value())
          .isEqualTo("001099012345");
      assertThat(result.identity().assuranceLevel()).isEqualTo(AssuranceLevel.VNEID_LEVEL_2);
      assertThat(result.accessTokenExpiresAt()).contains(Tokens.NOW.plusSeconds(300));
      idp.verify(0, getRequestedFor(urlEqualTo("/userinfo")));
    }
  }

  @Test
  void complete_redeemsTheCodeWithThePkceVerifierAndTheClientsCredentials() {
    discovery(d -> {});
    idp.stubFor(get("/userinfo").willReturn(okJson("{\"sub\":\"sub-4711\"}")));
    try (RelyingParty rp = relyingParty().build()) {
      AuthorizationRequest request = rp.beginLogin();
      tokenAnswer(tokens(idToken(request.transaction().nonce())));

      rp.complete(request.transaction(), callback(request.transaction(), true));

      idp.verify(
          1,
          postRequestedFor(urlEqualTo("/token"))
              .withHeader("Authorization", matching("Basic .+"))
              .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
              .withRequestBody(containing("grant_type=authorization_code"))
              .withRequestBody(containing("code=c-1"))
              .withRequestBody(
                  containing(
                      "redirect_uri=" + URLEncoder.encode(REDIRECT_URI, StandardCharsets.UTF_8)))
              .withRequestBody(
                  containing("code_verifier=" + request.transaction().codeVerifier())));
      idp.verify(
          getRequestedFor(urlEqualTo("/userinfo"))
              .withHeader("Authorization", matching("Bearer at-1")));
    }
  }

  @Test
  void complete_refusesATokenAnswerWithoutIdTokenOrOfAnotherType() {
    discovery(d -> {});
    try (RelyingParty rp = relyingParty().build()) {
      AuthorizationRequest first = rp.beginLogin();
      tokenAnswer(tokens(null));
      Throwable noIdToken =
          catchThrowable(
              () -> rp.complete(first.transaction(), callback(first.transaction(), true)));
      AuthorizationRequest second = rp.beginLogin();
      Map<String, Object> dpop = tokens(idToken(second.transaction().nonce()));
      dpop.put("token_type", "DPoP");
      tokenAnswer(dpop);
      Throwable notBearer =
          catchThrowable(
              () -> rp.complete(second.transaction(), callback(second.transaction(), true)));

      assertCode(IdentityCodes.TOKEN_ENDPOINT_INVALID_RESPONSE, noIdToken);
      assertThat(noIdToken).hasMessageContaining("id_token is missing");
      assertCode(IdentityCodes.TOKEN_ENDPOINT_INVALID_RESPONSE, notBearer);
      assertThat(notBearer).hasMessageContaining("token_type is not Bearer");
    }
  }

  @Test
  void complete_sendsTheTokenRequestOnceEvenThroughARetryingTransport() {
    discovery(d -> {});
    idp.stubFor(post("/token").willReturn(serviceUnavailable()));
    try (HttpTransport retrying = HttpTransport.builder().sleeper(wait -> {}).build();
        RelyingParty rp = relyingParty().transport(retrying).build()) {
      AuthorizationRequest request = rp.beginLogin();

      Throwable thrown =
          catchThrowable(
              () -> rp.complete(request.transaction(), callback(request.transaction(), true)));

      assertCode(IdentityCodes.TOKEN_ENDPOINT_UNAVAILABLE, thrown);
      assertThat(((MotcuaException) thrown).isRetryable()).isFalse();
      assertThat(thrown.getCause()).isInstanceOf(vn.motcua.core.http.HttpStatusException.class);
      idp.verify(1, postRequestedFor(urlEqualTo("/token")));
    }
  }

  @Test
  void complete_turnsATokenEndpointOAuthErrorIntoOAuthErrorException() {
    discovery(d -> {});
    idp.stubFor(
        post("/token")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"error\":\"invalid_client\",\"error_description\":\"bad secret\"}")));
    try (RelyingParty rp = relyingParty().build()) {
      AuthorizationRequest request = rp.beginLogin();

      Throwable thrown =
          catchThrowable(
              () -> rp.complete(request.transaction(), callback(request.transaction(), true)));

      assertThat(thrown)
          .isInstanceOfSatisfying(
              OAuthErrorException.class,
              e -> {
                assertThat(e.code()).isEqualTo(IdentityCodes.TOKEN_ENDPOINT_REJECTED);
                assertThat(e.oauthError()).isEqualTo("invalid_client");
                assertThat(e.httpStatus()).hasValue(401);
                assertThat(e.description()).contains("bad secret");
                assertThat(e.getMessage()).contains("invalid_client").doesNotContain("bad secret");
              });
    }
  }

  @Test
  void userInfo_ofAnotherMediaTypeIsInvalid_andAFailedOneUnavailable() {
    discovery(d -> {});
    try (RelyingParty rp = relyingParty().build()) {
      idp.stubFor(
          get("/userinfo")
              .willReturn(
                  aResponse().withHeader("Content-Type", "text/html").withBody("<html></html>")));
      AuthorizationRequest first = rp.beginLogin();
      tokenAnswer(tokens(idToken(first.transaction().nonce())));
      Throwable html =
          catchThrowable(
              () -> rp.complete(first.transaction(), callback(first.transaction(), true)));
      idp.stubFor(get("/userinfo").willReturn(aResponse().withStatus(401)));
      AuthorizationRequest second = rp.beginLogin();
      tokenAnswer(tokens(idToken(second.transaction().nonce())));
      Throwable refused =
          catchThrowable(
              () -> rp.complete(second.transaction(), callback(second.transaction(), true)));

      assertCode(IdentityCodes.USERINFO_INVALID, html);
      assertCode(IdentityCodes.USERINFO_UNAVAILABLE, refused);
    }
  }

  @Test
  void refresh_withoutANewIdTokenKeepsThePreviousIdentityAndRefreshToken() {
    discovery(d -> {});
    CitizenIdentity previous = CitizenIdentity.builder("sub-4711", issuer()).build();
    Map<String, Object> answer = tokens(null);
    answer.remove("refresh_token");
    tokenAnswer(answer);
    try (RelyingParty rp = relyingParty().build()) {
      LoginResult refreshed = rp.refresh("rt-0", previous);

      assertThat(refreshed.identity()).isSameAs(previous);
      assertThat(refreshed.idToken()).isEmpty();
      assertThat(refreshed.refreshToken()).contains("rt-0");
      assertThat(refreshed.accessToken()).isEqualTo("at-1");
      idp.verify(
          postRequestedFor(urlEqualTo("/token"))
              .withRequestBody(containing("grant_type=refresh_token"))
              .withRequestBody(containing("refresh_token=rt-0")));
    }
  }

  @Test
  void refresh_refusesAnIdentityOfAnotherIssuer() {
    try (RelyingParty rp = relyingParty().build()) {
      CitizenIdentity foreign =
          CitizenIdentity.builder("sub-4711", "https://other.example").build();

      assertThat(catchThrowable(() -> rp.refresh("rt-0", foreign)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void discovery_isKeptOnceReadButAFailureIsNot() {
    idp.stubFor(get("/.well-known/openid-configuration").willReturn(serviceUnavailable()));
    try (RelyingParty rp = relyingParty().build()) {
      Throwable down = catchThrowable(rp::discover);
      discovery(d -> {});

      rp.beginLogin();
      rp.beginLogin();
      rp.discover();

      assertCode(IdentityCodes.DISCOVERY_UNAVAILABLE, down);
      assertThat(((MotcuaException) down).isRetryable()).isTrue();
      idp.verify(2, getRequestedFor(urlEqualTo("/.well-known/openid-configuration")));
    }
  }

  @Test
  void discovery_withAPlainHttpEndpointOffLoopbackOrAnotherIssuerIsRefused() {
    discovery(d -> d.put("token_endpoint", "http://sso.example.vn/token"));
    try (RelyingParty rp = relyingParty().build()) {
      assertCode(IdentityCodes.DISCOVERY_INVALID, catchThrowable(rp::beginLogin));
    }
    discovery(d -> d.put("issuer", "https://sso.example.vn"));
    try (RelyingParty rp = relyingParty().build()) {
      assertCode(IdentityCodes.DISCOVERY_ISSUER_MISMATCH, catchThrowable(rp::beginLogin));
    }
  }
}
