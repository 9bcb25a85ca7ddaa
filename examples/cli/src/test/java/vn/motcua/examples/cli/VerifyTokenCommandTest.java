package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.persona.Persona;

/** Verifies tokens the stub identity provider issues through a real authorization code flow. */
class VerifyTokenCommandTest {
  private static final String CLIENT = "motcua-cli-test";
  private static final String SECRET = "cli-test-secret";
  private static final String REDIRECT = "http://localhost:8080/callback";
  private static final String NONCE = "n-0S6_WzA2Mj";

  private static StubIdentityProvider idp;
  private static OkHttpClient http;
  private static String levelTwoToken;
  private static String levelOneToken;

  @BeforeAll
  static void startProvider() throws IOException {
    idp =
        StubIdentityProvider.builder()
            .port(0)
            .client(StubClient.builder(CLIENT).secret(SECRET).redirectUri(REDIRECT).build())
            .build()
            .start();
    http = new OkHttpClient();
    levelTwoToken = login("citizen-01");
    levelOneToken = login("citizen-03");
  }

  @AfterAll
  static void stopProvider() {
    idp.stop();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Logs a persona in with PKCE and returns the ID token the token endpoint answers. */
  private static String login(String persona) throws IOException {
    String verifier = "cli-test-code-verifier-0123456789-abcdefghijklmnop";
    URI authorization =
        URI.create(
            idp.authorizationEndpoint()
                + "?response_type=code&scope=openid&client_id="
                + CLIENT
                + "&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&state=st-1&nonce="
                + NONCE
                + "&code_challenge="
                + s256(verifier)
                + "&code_challenge_method=S256");
    URI callback = idp.simulateLogin(authorization, persona);
    Matcher code =
        Pattern.compile("[?&]code=([^&]+)")
            .matcher(callback.getRawQuery() == null ? "" : "?" + callback.getRawQuery());
    assertThat(code.find()).as("callback has a code").isTrue();
    Request request =
        new Request.Builder()
            .url(idp.tokenEndpoint().toString())
            .header("Authorization", Credentials.basic(CLIENT, SECRET))
            .post(
                new FormBody.Builder()
                    .add("grant_type", "authorization_code")
                    .add("code", java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8))
                    .add("redirect_uri", REDIRECT)
                    .add("code_verifier", verifier)
                    .build())
            .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      assertThat(response.code()).as(body).isEqualTo(200);
      Matcher idToken = Pattern.compile("\"id_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
      assertThat(idToken.find()).isTrue();
      return idToken.group(1);
    }
  }

  private static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String[] args(String... extra) {
    String[] base = {
      "verify-token",
      "--issuer",
      idp.issuer().toString(),
      "--audience",
      CLIENT,
      "--jwks",
      idp.jwksUri().toString()
    };
    String[] out = java.util.Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, out, base.length, extra.length);
    return out;
  }

  @Test
  void aValidTokenFromStandardInputIsVerifiedAndShownMasked() {
    Cli.Result result =
        Cli.runWithInput(levelTwoToken + "\n", args("--nonce", NONCE, "--assurance", "HIGH"));

    assertThat(result.exitCode()).as(result.all()).isZero();
    assertThat(result.out())
        .contains("verified:     yes")
        .contains("issuer:       " + idp.issuer())
        .contains("audience:     " + CLIENT)
        .contains("nonce:        checked")
        .contains("assurance:    HIGH")
        .contains("required HIGH")
        .contains("identity:     CitizenIdentity[");
    assertNoPersonalData(result, idp.personas().get("citizen-01"));
    assertThat(result.all()).doesNotContain(levelTwoToken);
  }

  @Test
  void aTokenAsArgumentWithKeysFromDiscovery() {
    Cli.Result result =
        Cli.run(
            "verify-token",
            "--issuer",
            idp.issuer().toString(),
            "--client-id",
            CLIENT,
            levelOneToken);

    assertThat(result.exitCode()).as(result.all()).isZero();
    assertThat(result.out())
        .contains("verified:     yes")
        .contains("assurance:    SUBSTANTIAL")
        .contains("nonce:        not checked");
    assertNoPersonalData(result, idp.personas().get("citizen-03"));
  }

  @Test
  void keysFromAJwksFile(@TempDir Path dir) throws IOException {
    Path jwks = dir.resolve("jwks.json");
    Files.writeString(jwks, idp.publishedKeys().toString());

    Cli.Result result =
        Cli.runWithInput(
            levelTwoToken,
            "verify-token",
            "--issuer",
            idp.issuer().toString(),
            "--audience",
            CLIENT,
            "--jwks",
            jwks.toString());

    assertThat(result.exitCode()).as(result.all()).isZero();
    assertThat(result.out()).contains("verified:     yes");
  }

  @Test
  void anotherAudienceIsRejected() {
    Cli.Result result =
        Cli.runWithInput(
            levelTwoToken,
            "verify-token",
            "--issuer",
            idp.issuer().toString(),
            "--audience",
            "someone-else",
            "--jwks",
            idp.jwksUri().toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("verified:     no")
        .contains("error:        identity.token.audience");
    assertThat(result.err()).contains("identity.token.audience");
    assertNoPersonalData(result, idp.personas().get("citizen-01"));
  }

  @Test
  void anotherNonceIsRejected() {
    Cli.Result result = Cli.runWithInput(levelTwoToken, args("--nonce", "not-the-nonce"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("error:        identity.nonce.mismatch");
    assertThat(result.all()).doesNotContain(NONCE);
  }

  @Test
  void aLowerLevelOfAssuranceExitsThree() {
    Cli.Result result = Cli.runWithInput(levelOneToken, args("--assurance", "high"));

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).contains("error:        identity.assurance.too_low");
    assertThat(result.err()).contains("required HIGH, the token has SUBSTANTIAL");
    assertNoPersonalData(result, idp.personas().get("citizen-03"));
  }

  @Test
  void anotherIssuerIsRejected() {
    Cli.Result result =
        Cli.runWithInput(
            levelTwoToken,
            "verify-token",
            "--issuer",
            "https://sso.example.gov.vn",
            "--audience",
            CLIENT,
            "--jwks",
            idp.jwksUri().toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("error:        identity.token.issuer");
  }

  @Test
  void garbageIsMalformed() {
    Cli.Result result = Cli.runWithInput("not.a-token", args());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("error:        identity.token.malformed");
  }

  @Test
  void unreachableKeysExitFour() {
    Cli.Result result =
        Cli.runWithInput(
            levelTwoToken,
            "verify-token",
            "--issuer",
            idp.issuer().toString(),
            "--audience",
            CLIENT,
            "--jwks",
            "http://127.0.0.1:1/jwks");

    assertThat(result.exitCode()).as(result.all()).isEqualTo(4);
    assertThat(result.out()).contains("verified:     no");
  }

  @Test
  void usageErrors(@TempDir Path dir) throws IOException {
    Cli.Result empty = Cli.runWithInput("  \n", args());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("No token");

    Cli.Result noIssuer = Cli.runWithInput(levelTwoToken, "verify-token", "--audience", CLIENT);
    assertThat(noIssuer.exitCode()).isEqualTo(2);
    assertThat(noIssuer.err()).contains("--issuer");

    Cli.Result noFile =
        Cli.runWithInput(
            levelTwoToken,
            "verify-token",
            "--issuer",
            idp.issuer().toString(),
            "--audience",
            CLIENT,
            "--jwks",
            dir.resolve("missing.json").toString());
    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).contains("Cannot read the JWKS file");

    Path notJwks = dir.resolve("not-jwks.json");
    Files.writeString(notJwks, "[1,2,3]");
    Cli.Result badFile =
        Cli.runWithInput(
            levelTwoToken,
            "verify-token",
            "--issuer",
            idp.issuer().toString(),
            "--audience",
            CLIENT,
            "--jwks",
            notJwks.toString());
    assertThat(badFile.exitCode()).isEqualTo(2);
    assertThat(badFile.err()).contains("not a JWKS document");

    Cli.Result level = Cli.runWithInput(levelTwoToken, args("--assurance", "PLATINUM"));
    assertThat(level.exitCode()).isEqualTo(2);
    assertThat(level.err()).contains("--assurance");

    Cli.Result profile = Cli.runWithInput(levelTwoToken, args("--profile", "saml"));
    assertThat(profile.exitCode()).isEqualTo(2);

    Cli.Result age = Cli.runWithInput(levelTwoToken, args("--max-token-age", "P2D"));
    assertThat(age.exitCode()).isEqualTo(2);
    assertThat(age.err()).contains("Invalid verifier settings");
  }

  private static void assertNoPersonalData(Cli.Result result, Persona persona) {
    assertThat(result.all())
        .doesNotContain(persona.fullName())
        .doesNotContain(persona.personalIdNumber().value())
        .doesNotContain(persona.birthDate().toString())
        .doesNotContain(persona.phone())
        .doesNotContain(persona.email())
        .doesNotContain(persona.address())
        .doesNotContain(persona.subject());
  }
}
