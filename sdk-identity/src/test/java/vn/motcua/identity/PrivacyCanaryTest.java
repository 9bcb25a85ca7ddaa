package vn.motcua.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.motcua.identity.Tokens.RSA;
import static vn.motcua.identity.Tokens.claims;
import static vn.motcua.identity.Tokens.sign;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.testing.CapturedLogs;

/**
 * shared/SECURITY.md F for identity: canary personal data pushed through success and failure paths
 * with every logger at TRACE never reaches a log line, an exception message (whole cause chain) or
 * a toString().
 */
class PrivacyCanaryTest {
  @RegisterExtension
  static WireMockExtension idp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String ID = "001099076543";
  private static final String NAME = "Vũ Thị Xuyến Yên";
  private static final String BIRTH = "23/07/1999";
  private static final String PHONE = "0987654321";
  private static final String EMAIL = "canary.vu@example.vn";
  private static final String TECH_ID = "canary-tech-id-77";
  private static final String NONCE = "canary-nonce-5150";
  private static final List<String> CANARIES =
      List.of(ID, NAME, "Xuyến", BIRTH, "1999-07-23", PHONE, EMAIL, TECH_ID, NONCE);

  private final List<String> observed = new ArrayList<>();

  @Test
  void canaryData_neverLeaksThroughSuccessOrFailure() {
    assertThat(LoggerFactory.getLogger("canary.check").isTraceEnabled()).isTrue();
    AtomicLong ticker = new AtomicLong();
    idp.stubFor(get("/jwks").willReturn(okJson(Tokens.jwks(RSA))));
    try (HttpTransport transport =
        HttpTransport.builder().retryPolicy(RetryPolicy.none()).build()) {
      JwksSource source =
          JwksSource.remote(
              URI.create(idp.baseUrl() + "/jwks"),
              transport,
              JwksOptions.builder().nanoTicker(ticker::get).build());
      IdTokenVerifier verifier =
          Tokens.verifier(RSA).jwksSource(source).claimProfile(ClaimProfiles.dvcqg()).build();
      VerificationContext login =
          VerificationContext.expectingNonce(NONCE).accessToken("canary-access-token").build();

      // Success: verify, map, print.
      VerifiedIdToken verified = verifier.verify(sign(RSA, canary(c -> {})), login);
      CitizenIdentity identity = ClaimProfiles.dvcqg().toIdentity(verified);
      observed.add(verified.toString());
      observed.add(identity.toString());
      observed.add(login.toString());
      observed.add(verifier.toString());

      // Failures of the token.
      fail(
          () ->
              verifier.verify(sign(Tokens.rs256().build(), Tokens.RSA_2, canary(c -> {})), login));
      fail(() -> verifier.verify(sign(RSA, canary(c -> c.put("exp", 1L))), login));
      fail(() -> verifier.verify(sign(RSA, canary(c -> c.put("nonce", NONCE + "x"))), login));
      fail(() -> verifier.verify(sign(RSA, canary(c -> c.put("aud", ID))), login));
      fail(() -> verifier.verify(sign(RSA, canary(c -> c.put("iss", EMAIL))), login));
      fail(() -> verifier.verify(sign(RSA, canary(c -> c.put("exp", NAME))), login));
      fail(() -> verifier.verify(sign(RSA, canary(c -> c.put("at_hash", TECH_ID))), login));
      fail(() -> verifier.verify(sign(RSA, canary(c -> {})), login));
      fail(
          () ->
              verifier.verify(
                  sign(
                      new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("kid-" + ID).build(),
                      RSA,
                      canary(c -> {})),
                  login));
      fail(() -> verifier.verify(Tokens.raw("{\"alg\":\"" + NAME + "\"}", "{}", "x"), login));
      fail(() -> verifier.verify(ID + "." + NAME, login));
      fail(
          () ->
              verifier.verify(
                  Tokens.raw("{\"alg\":\"RS256\",\"kid\":\"" + PHONE + "\"", "{}", "x"), login));

      // Failures of the claims.
      VerifiedIdToken badClaims =
          verifier.verify(
              sign(
                  RSA,
                  canary(
                      c -> {
                        c.put("nonce", "n2");
                        c.put("SoDinhDanh", ID + "9");
                        c.put("NgaySinh", NAME);
                        c.put("ThuDienTu", PHONE.replace("0", ""));
                      })),
              VerificationContext.expectingNonce("n2").build());
      fail(() -> ClaimProfiles.dvcqg().toIdentity(badClaims));
      VerifiedIdToken inconsistent =
          verifier.verify(
              sign(
                  RSA,
                  canary(
                      c -> {
                        c.put("nonce", "n3");
                        c.put("GioiTinh", "Nữ");
                      })),
              VerificationContext.expectingNonce("n3").build());
      fail(() -> ClaimProfiles.dvcqg().toIdentity(inconsistent));
      fail(
          () ->
              ClaimProfiles.dvcqg().toIdentity(verified, Map.of("sub", ID + "0", "HoVaTen", NAME)));

      // Failures of the key set, after an outage past the tolerated window.
      idp.stubFor(get("/jwks").willReturn(serviceUnavailable()));
      ticker.addAndGet(6L * 60 * 1_000_000_000L);
      verifier.verify(
          sign(RSA, canary(c -> c.put("nonce", "n4"))),
          VerificationContext.expectingNonce("n4").build());
      ticker.addAndGet(30L * 60 * 1_000_000_000L);
      fail(
          () ->
              verifier.verify(
                  sign(RSA, canary(c -> c.put("nonce", "n5"))),
                  VerificationContext.expectingNonce("n5").build()));
    }

    assertThat(observed).hasSizeGreaterThan(15);
    assertThat(CapturedLogs.all())
        .as("log lines were captured")
        .contains("Cannot refresh the key set");
    String everything = String.join("\n", observed) + "\n" + CapturedLogs.all();
    for (String canary : CANARIES) {
      assertThat(everything).as("canary %s", canary).doesNotContain(canary);
    }
  }

  private void fail(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(vn.motcua.core.MotcuaException.class);
    observed.add(MotcuaExceptionAssertions.chainText(thrown));
    if (thrown instanceof ClaimsRejectedException rejected) {
      observed.add(String.join("\n", rejected.report().messages(java.util.Locale.ENGLISH)));
      observed.add(String.join("\n", rejected.report().messages(new java.util.Locale("vi"))));
      observed.add(rejected.report().toString());
    }
    if (thrown instanceof IdentityException identity) {
      observed.add(identity.message(new java.util.Locale("vi")));
    }
  }

  private static Map<String, Object> canary(Consumer<Map<String, Object>> change) {
    return claims(
        c -> {
          c.put("sub", ID);
          c.put("nonce", NONCE);
          c.put("SoDinhDanh", ID);
          c.put("HoVaTen", NAME);
          c.put("NgaySinh", BIRTH);
          c.put("GioiTinh", "1");
          c.put("SoDienThoai", PHONE);
          c.put("ThuDienTu", EMAIL);
          c.put("TechID", TECH_ID);
          change.accept(c);
        });
  }
}
