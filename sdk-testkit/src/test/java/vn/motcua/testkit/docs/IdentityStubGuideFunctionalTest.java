package vn.motcua.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.idp.PreviousKey;
import vn.motcua.testkit.idp.SigningAlgorithm;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.idp.TokenFault;

/** The snippets of docs/testing-identity-stub.md, run as they are printed there. */
class IdentityStubGuideFunctionalTest {
  // --- guide: start ---
  static StubIdentityProvider idp = StubIdentityProvider.builder().build();

  @BeforeAll
  static void startStub() {
    idp.start();
    idp.registerClient(
        StubClient.builder("my-portal")
            .secret("my-portal-secret")
            .redirectUri("http://localhost:8080/login/callback")
            .idTokenAlgorithm(SigningAlgorithm.RS256)
            .build());
  }

  @AfterAll
  static void stopStub() {
    idp.stop();
  }

  @AfterEach
  void resetStub() {
    idp.reset(); // forget codes and tokens, clear faults and counters
  }

  // --- guide: end ---

  private static final OkHttpClient http = new OkHttpClient();

  @Test
  void guide_signsAPersonaInWithoutABrowser() throws Exception {
    String verifier = "a-code-verifier-of-at-least-43-characters-0123456789";
    URI authorizationUrl = authorizationUrl("state-1", "nonce-1", verifier);

    // --- guide: login ---
    URI callback = idp.simulateLogin(authorizationUrl, "citizen-07");
    // callback =
    // http://localhost:8080/login/callback?code=...&state=state-1&iss=http://localhost:PORT
    // --- guide: end ---

    Map<String, String> params = query(callback);
    assertThat(params)
        .containsEntry("state", "state-1")
        .containsEntry("iss", idp.issuer().toString());
    String idToken = exchange(params.get("code"), verifier);
    Map<String, Object> claims = JWSObject.parse(idToken).getPayload().toJSONObject();
    assertThat(claims)
        .containsEntry("sub", idp.personas().get("citizen-07").subject())
        .containsEntry("nonce", "nonce-1");
  }

  @Test
  void guide_injectsAFaultAndRotatesKeys() throws Exception {
    String verifier = "another-code-verifier-of-at-least-43-characters-01234";

    // --- guide: faults ---
    idp.faults().nextIdToken(TokenFault.EXPIRED); // only the next ID token is expired
    idp.rotateSigningKey(PreviousKey.KEEP_PUBLISHED); // new kid in /jwks, used from now on
    idp.jwksOutage(true); // /jwks answers 503 until jwksOutage(false)
    // --- guide: end ---

    URI callback = idp.simulateLogin(authorizationUrl("s", "n", verifier), "citizen-01");
    String idToken = exchange(query(callback).get("code"), verifier);
    JWSObject jws = JWSObject.parse(idToken);
    assertThat(jws.getHeader().getKeyID()).isEqualTo(idp.signingKeyId(SigningAlgorithm.RS256));
    long exp = ((Number) jws.getPayload().toJSONObject().get("exp")).longValue();
    assertThat(exp).isLessThan(System.currentTimeMillis() / 1000 - 3600);
    try (Response jwks =
        http.newCall(new Request.Builder().url(idp.jwksUri().toString()).build()).execute()) {
      assertThat(jwks.code()).isEqualTo(503);
    }
    assertThat(idp.jwksRequestCount()).isEqualTo(1);
  }

  private static URI authorizationUrl(String state, String nonce, String verifier)
      throws Exception {
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    return URI.create(
        idp.authorizationEndpoint()
            + "?response_type=code&client_id=my-portal&scope=openid"
            + "&redirect_uri="
            + URLEncoder.encode("http://localhost:8080/login/callback", StandardCharsets.UTF_8)
            + "&state="
            + state
            + "&nonce="
            + nonce
            + "&code_challenge="
            + challenge
            + "&code_challenge_method=S256");
  }

  private static String exchange(String code, String verifier) throws IOException {
    Request request =
        new Request.Builder()
            .url(idp.tokenEndpoint().toString())
            .header("Authorization", Credentials.basic("my-portal", "my-portal-secret"))
            .post(
                new FormBody.Builder()
                    .add("grant_type", "authorization_code")
                    .add("code", code)
                    .add("redirect_uri", "http://localhost:8080/login/callback")
                    .add("code_verifier", verifier)
                    .build())
            .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      assertThat(response.code()).as(body).isEqualTo(200);
      return (String) com.nimbusds.jose.util.JSONObjectUtils.parse(body).get("id_token");
    } catch (java.text.ParseException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      out.put(parts[0], java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return out;
  }
}
