package vn.motcua.testkit.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.idp.TestRelyingParty.Answer;
import vn.motcua.testkit.idp.TestRelyingParty.Authorization;

/** The token endpoint refuses what OAuth 2.0, PKCE and RFC 7523 say it must refuse. */
class TokenEndpointFunctionalTest {
  private static final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T03:00:00Z"));
  private static final StubIdentityProvider idp =
      StubIdentityProvider.builder().clock(clock).build();
  private static final RSAKey CLIENT_KEY = Keys.rsa("jwt-client-key", KeyUse.SIGNATURE);
  private static TestRelyingParty basic;
  private static TestRelyingParty post;
  private static TestRelyingParty jwt;

  @BeforeAll
  static void start() {
    idp.start();
    basic =
        TestRelyingParty.register(
            idp,
            StubClient.builder("basic")
                .secret("basic-secret")
                .redirectUri("http://localhost/cb")
                .build());
    post =
        TestRelyingParty.register(
            idp,
            StubClient.builder("post")
                .secret("post-secret")
                .authMethod(ClientAuthMethod.CLIENT_SECRET_POST)
                .redirectUri("http://localhost/cb")
                .build());
    jwt =
        TestRelyingParty.register(
            idp,
            StubClient.builder("jwt")
                .jwkSet(new JWKSet(CLIENT_KEY))
                .redirectUri("http://localhost/cb")
                .build(),
            CLIENT_KEY,
            null);
    jwt.clock = clock;
  }

  @AfterAll
  static void stop() {
    idp.stop();
  }

  @AfterEach
  void reset() {
    idp.reset();
  }

  private record Issued(Authorization authorization, String code) {}

  private static Issued code(TestRelyingParty rp) {
    Authorization authorization = rp.authorization();
    return new Issued(authorization, rp.login(authorization, "citizen-01").code());
  }

  private static Map<String, String> codeForm(TestRelyingParty rp, Issued issued) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", issued.code());
    form.put("redirect_uri", rp.redirectUri);
    form.put("code_verifier", issued.authorization().verifier());
    return form;
  }

  private static void assertError(Answer answer, int status, String error) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json()).containsEntry("error", error).containsKey("error_description");
    assertThat(answer.headers().get("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void code_withAWrongVerifierIsRefusedAndUsedUp() {
    Issued issued = code(basic);
    Map<String, String> form = codeForm(basic, issued);
    form.put("code_verifier", TestRelyingParty.random(48));

    Answer wrong = basic.token(form);
    Answer retry = basic.exchange(issued.authorization(), issued.code());

    assertError(wrong, 400, "invalid_grant");
    assertError(retry, 400, "invalid_grant");
  }

  @Test
  void code_withoutAVerifierIsRefused() {
    Issued issued = code(basic);
    Map<String, String> form = codeForm(basic, issued);
    form.remove("code_verifier");

    assertError(basic.token(form), 400, "invalid_grant");
  }

  @Test
  void code_withAnotherRedirectUriIsRefused() {
    Issued issued = code(basic);
    Map<String, String> form = codeForm(basic, issued);
    form.put("redirect_uri", "http://localhost/other");

    assertError(basic.token(form), 400, "invalid_grant");
  }

  @Test
  void code_usedTwiceIsRefusedAndRevokesTheTokensOfTheFirstUse() {
    Issued issued = code(basic);
    Answer first = basic.exchange(issued.authorization(), issued.code());

    Answer second = basic.exchange(issued.authorization(), issued.code());

    assertThat(first.status()).isEqualTo(200);
    assertError(second, 400, "invalid_grant");
    assertThat(basic.userInfo(first.string("access_token")).status()).isEqualTo(401);
    assertError(basic.refresh(first.string("refresh_token")), 400, "invalid_grant");
  }

  @Test
  void code_expiresAfterItsLifetimeOnTheStubsClock() {
    Issued fresh = code(basic);
    Issued stale = code(basic);
    clock.advance(Duration.ofSeconds(59));
    Answer inTime = basic.exchange(fresh.authorization(), fresh.code());
    clock.advance(Duration.ofSeconds(1));

    Answer late = basic.exchange(stale.authorization(), stale.code());

    assertThat(inTime.status()).isEqualTo(200);
    assertError(late, 400, "invalid_grant");
  }

  @Test
  void code_issuedToAnotherClientIsRefused() {
    Issued issued = code(basic);

    assertError(post.token(codeForm(basic, issued)), 400, "invalid_grant");
  }

  @Test
  void code_unknownIsRefused() {
    Issued issued = new Issued(basic.authorization(), "no-such-code");

    assertError(basic.exchange(issued.authorization(), issued.code()), 400, "invalid_grant");
  }

  @Test
  void accessToken_expiresOnTheStubsClock() {
    Answer tokens = basic.signIn("citizen-02");
    clock.advance(Duration.ofHours(1));

    assertThat(basic.userInfo(tokens.string("access_token")).status()).isEqualTo(401);
  }

  @Test
  void basic_withAWrongSecretIsRefusedWith401AndAChallenge() {
    Issued issued = code(basic);

    Answer answer =
        basic.rawToken(codeForm(basic, issued), TestRelyingParty.basic("basic", "wrong"));

    assertError(answer, 401, "invalid_client");
    assertThat(answer.headers().get("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void basic_decodesFormEncodedCredentials() {
    TestRelyingParty odd =
        TestRelyingParty.register(
            idp,
            StubClient.builder("odd:id")
                .secret("p@ss word:&=")
                .redirectUri("http://localhost/cb")
                .build());

    Issued issued = code(odd);

    Answer answer = odd.exchange(issued.authorization(), issued.code());

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
  }

  @Test
  void clientRegisteredForBasic_cannotUseThePostMethod() {
    Issued issued = code(basic);
    Map<String, String> form = codeForm(basic, issued);
    form.put("client_id", "basic");
    form.put("client_secret", "basic-secret");

    assertError(basic.rawToken(form, null), 401, "invalid_client");
  }

  @Test
  void post_withAWrongSecretIsRefused() {
    Issued issued = code(post);
    Map<String, String> form = codeForm(post, issued);
    form.put("client_id", "post");
    form.put("client_secret", "wrong");

    assertError(post.rawToken(form, null), 401, "invalid_client");
  }

  @Test
  void noClientAuthentication_isRefused() {
    assertError(basic.rawToken(codeForm(basic, code(basic)), null), 401, "invalid_client");
  }

  @Test
  void twoClientAuthenticationMethods_areRefused() {
    Issued issued = code(basic);
    Map<String, String> form = codeForm(basic, issued);
    form.put("client_secret", "basic-secret");

    assertError(
        basic.rawToken(form, TestRelyingParty.basic("basic", "basic-secret")),
        400,
        "invalid_request");
  }

  @Test
  void privateKeyJwt_acceptsTheTokenEndpointOrTheIssuerAsAudience() {
    for (String audience : new String[] {idp.tokenEndpoint().toString(), idp.issuer().toString()}) {
      Issued issued = code(jwt);
      Map<String, String> form = codeForm(jwt, issued);
      form.putAll(
          assertionFields(
              jwt.assertion(
                  audience, UUID.randomUUID().toString(), clock.instant().plusSeconds(60))));

      assertThat(jwt.rawToken(form, null).status()).as(audience).isEqualTo(200);
    }
  }

  @Test
  void privateKeyJwt_replayedAssertionIsRefused() {
    String assertion =
        jwt.assertion(idp.tokenEndpoint().toString(), "jti-1", clock.instant().plusSeconds(60));
    Map<String, String> first = codeForm(jwt, code(jwt));
    first.putAll(assertionFields(assertion));
    Map<String, String> second = codeForm(jwt, code(jwt));
    second.putAll(assertionFields(assertion));

    Answer accepted = jwt.rawToken(first, null);
    Answer replayed = jwt.rawToken(second, null);

    assertThat(accepted.status()).isEqualTo(200);
    assertError(replayed, 401, "invalid_client");
  }

  @Test
  void privateKeyJwt_refusesAWrongAudienceAnExpiredAssertionAndAForeignKey() {
    RSAKey foreign = Keys.rsa("jwt-client-key", KeyUse.SIGNATURE);
    String wrongAudience =
        jwt.assertion(
            "https://other.example/token",
            UUID.randomUUID().toString(),
            clock.instant().plusSeconds(60));
    String expired =
        jwt.assertion(
            idp.tokenEndpoint().toString(),
            UUID.randomUUID().toString(),
            clock.instant().minusSeconds(120));
    String forged =
        TestRelyingParty.signAssertion(
            foreign,
            "jwt",
            idp.tokenEndpoint().toString(),
            UUID.randomUUID().toString(),
            clock.instant().plusSeconds(60));

    for (String assertion : new String[] {wrongAudience, expired, forged, "not.a.jwt"}) {
      Map<String, String> form = codeForm(jwt, code(jwt));
      form.putAll(assertionFields(assertion));

      assertError(jwt.rawToken(form, null), 401, "invalid_client");
    }
  }

  @Test
  void privateKeyJwt_refusesASecretFromThatClient() {
    Map<String, String> form = codeForm(jwt, code(jwt));

    assertError(
        jwt.rawToken(form, TestRelyingParty.basic("jwt", "anything")), 401, "invalid_client");
  }

  private static Map<String, String> assertionFields(String assertion) {
    return Map.of(
        "client_assertion_type",
        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion",
        assertion);
  }

  @Test
  void unsupportedGrantType_isRefused() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");

    assertError(basic.token(form), 400, "unsupported_grant_type");
  }

  @Test
  void refresh_cannotWidenTheScope() {
    Answer tokens = basic.signIn("citizen-01");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", tokens.string("refresh_token"));
    form.put("scope", "openid profile admin");

    assertError(basic.token(form), 400, "invalid_scope");
  }

  @Test
  void token_refusesANonFormBodyAndOtherMethods() {
    Answer json =
        TestRelyingParty.send(
            new Request.Builder()
                .url(idp.tokenEndpoint().toString())
                .header("Authorization", TestRelyingParty.basic("basic", "basic-secret"))
                .post(okhttp3.RequestBody.create("{}", okhttp3.MediaType.get("application/json")))
                .build());
    Answer get = TestRelyingParty.get(idp.tokenEndpoint());

    assertError(json, 400, "invalid_request");
    assertThat(get.status()).isEqualTo(405);
    assertThat(get.headers().get("Allow")).isEqualTo("POST");
  }
}
