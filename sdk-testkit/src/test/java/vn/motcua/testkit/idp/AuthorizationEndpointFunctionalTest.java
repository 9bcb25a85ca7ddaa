package vn.motcua.testkit.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.MotcuaException;
import vn.motcua.testkit.idp.TestRelyingParty.Answer;
import vn.motcua.testkit.idp.TestRelyingParty.Authorization;
import vn.motcua.testkit.idp.TestRelyingParty.Callback;

class AuthorizationEndpointFunctionalTest {
  private static final StubIdentityProvider idp = StubIdentityProvider.builder().build();
  private static TestRelyingParty rp;

  @BeforeAll
  static void start() {
    idp.start();
    rp =
        TestRelyingParty.register(
            idp,
            StubClient.builder("rp")
                .secret("secret")
                .redirectUri("http://localhost:8080/callback?tenant=1")
                .build());
  }

  @AfterAll
  static void stop() {
    idp.stop();
  }

  @AfterEach
  void reset() {
    idp.reset();
  }

  private static Answer raw(URI url) {
    return TestRelyingParty.send(new Request.Builder().url(url.toString()).build());
  }

  @Test
  void authorize_redirectsWithCodeStateAndIssKeepingTheRedirectUrisOwnQuery() {
    Authorization authorization = rp.authorization();

    Answer answer = raw(authorization.url());

    assertThat(answer.status()).isEqualTo(302);
    String location = answer.headers().get("Location");
    assertThat(location).startsWith("http://localhost:8080/callback?tenant=1&code=");
    Callback callback = TestRelyingParty.callback(URI.create(location));
    assertThat(callback.params())
        .containsEntry("state", authorization.state())
        .containsEntry("iss", idp.issuer().toString())
        .containsKey("code")
        .doesNotContainKey("error");
  }

  @Test
  void authorize_answersAPageWithoutRedirectingForAnUnknownClient() {
    Answer answer = raw(rp.authorization(Map.of("client_id", "nobody")).url());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.headers().get("Location")).isNull();
    assertThat(answer.headers().get("Content-Type")).startsWith("text/html");
    assertThat(answer.headers().get("X-Motcua-Stub-Error")).isEqualTo("invalid_request");
  }

  @ParameterizedTest
  @CsvSource({
    "http://localhost:8080/callback",
    "http://localhost:8080/callback?tenant=1/",
    "http://localhost:8080/callback?tenant=2",
    "http://evil.example/callback?tenant=1"
  })
  void authorize_answersAPageWithoutRedirectingForARedirectUriThatIsNotExactlyRegistered(
      String redirectUri) {
    Answer answer = raw(rp.authorization(Map.of("redirect_uri", redirectUri)).url());

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.headers().get("Location")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "missing code_challenge, code_challenge, NULL, invalid_request",
        "plain PKCE, code_challenge_method, plain, invalid_request",
        "missing PKCE method, code_challenge_method, NULL, invalid_request",
        "short challenge, code_challenge, abc, invalid_request",
        "missing nonce, nonce, NULL, invalid_request",
        "missing state, state, NULL, invalid_request",
        "scope without openid, scope, profile, invalid_scope",
        "implicit flow, response_type, id_token, unsupported_response_type",
        "missing response type, response_type, NULL, invalid_request",
        "request object, request, eyJ.x.y, request_not_supported",
        "request uri, request_uri, https://rp.example/r, request_uri_not_supported",
        "unknown persona, login_hint, nobody, invalid_request",
        "bad max_age, max_age, -1, invalid_request",
        "form_post, response_mode, form_post, invalid_request"
      })
  void authorize_redirectsWithTheOAuthErrorForABadRequest(
      String name, String parameter, String value, String error) {
    Map<String, String> overrides = new HashMap<>();
    overrides.put(parameter, value);
    Authorization authorization = rp.authorization(overrides);

    Callback callback = TestRelyingParty.callback(idp.simulateLogin(authorization.url()));

    assertThat(callback.params())
        .containsEntry("error", error)
        .containsKey("error_description")
        .containsEntry("iss", idp.issuer().toString())
        .doesNotContainKey("code");
    if (!parameter.equals("state")) {
      assertThat(callback.params()).containsEntry("state", authorization.state());
    }
  }

  @Test
  void authorize_rejectsARepeatedParameter() {
    Authorization authorization = rp.authorization();
    URI doubled = URI.create(authorization.url() + "&scope=openid");

    Callback callback = TestRelyingParty.callback(idp.simulateLogin(doubled));

    assertThat(callback.error()).isEqualTo("invalid_request");
  }

  @Test
  void authorize_acceptsAPostedForm() {
    Authorization authorization = rp.authorization();
    okhttp3.FormBody.Builder form = new okhttp3.FormBody.Builder();
    for (String pair : authorization.url().getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      form.addEncoded(parts[0], parts[1]);
    }

    Answer answer =
        TestRelyingParty.send(
            new Request.Builder()
                .url(idp.authorizationEndpoint().toString())
                .post(form.build())
                .build());

    assertThat(answer.status()).isEqualTo(302);
    assertThat(TestRelyingParty.callback(URI.create(answer.headers().get("Location"))).code())
        .isNotNull();
  }

  @Test
  void simulateLogin_failsWithACodeWhenTheStubDoesNotRedirect() {
    URI url = rp.authorization(Map.of("client_id", "nobody")).url();

    assertThatThrownBy(() -> idp.simulateLogin(url, "citizen-01"))
        .isInstanceOfSatisfying(
            MotcuaException.class,
            e -> {
              assertThat(e.code()).isEqualTo("testkit.login.refused");
              assertThat(e.getMessage()).contains("400").contains("invalid_request");
            });
  }

  @Test
  void authorizationResponseFaults_breakOnlyWhatTheyName() {
    idp.faults()
        .nextAuthorizationResponse(AuthorizationResponseFault.WRONG_STATE)
        .nextAuthorizationResponse(AuthorizationResponseFault.MISSING_STATE)
        .nextAuthorizationResponse(AuthorizationResponseFault.MISSING_ISS)
        .nextAuthorizationResponse(AuthorizationResponseFault.WRONG_ISS);
    Authorization a1 = rp.authorization();
    Authorization a2 = rp.authorization();
    Authorization a3 = rp.authorization();
    Authorization a4 = rp.authorization();
    Authorization a5 = rp.authorization();

    Map<String, String> wrongState = rp.login(a1).params();
    Map<String, String> missingState = rp.login(a2).params();
    Map<String, String> missingIss = rp.login(a3).params();
    Map<String, String> wrongIss = rp.login(a4).params();
    Map<String, String> clean = rp.login(a5).params();

    String issuer = idp.issuer().toString();
    assertThat(wrongState.get("state")).isNotNull().isNotEqualTo(a1.state());
    assertThat(wrongState).containsEntry("iss", issuer).containsKey("code");
    assertThat(missingState).doesNotContainKey("state").containsEntry("iss", issuer);
    assertThat(missingIss).doesNotContainKey("iss").containsEntry("state", a3.state());
    assertThat(wrongIss.get("iss")).isNotEqualTo(issuer);
    assertThat(wrongIss).containsEntry("state", a4.state());
    assertThat(clean).containsEntry("state", a5.state()).containsEntry("iss", issuer);
  }

  @Test
  void authorize_refusesOtherMethods() {
    Answer answer =
        TestRelyingParty.send(
            new Request.Builder().url(idp.authorizationEndpoint().toString()).delete().build());

    assertThat(answer.status()).isEqualTo(405);
  }
}
