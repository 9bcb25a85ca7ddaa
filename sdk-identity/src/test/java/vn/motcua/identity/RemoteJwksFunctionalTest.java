package vn.motcua.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.Tokens.RSA;
import static vn.motcua.identity.Tokens.RSA_2;
import static vn.motcua.identity.Tokens.claims;
import static vn.motcua.identity.Tokens.jwks;
import static vn.motcua.identity.Tokens.sign;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.identity.internal.KeySet;
import vn.motcua.identity.internal.RemoteKeyResolver;

/** shared/SECURITY.md C: the remote key set's cache, refreshes, outages and bounds. */
class RemoteJwksFunctionalTest {
  @RegisterExtension
  static WireMockExtension idp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final VerificationContext NO_NONCE = VerificationContext.withoutNonce().build();
  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong ticker = new AtomicLong(1_000 * SECOND);
  private final HttpTransport transport =
      HttpTransport.builder()
          .retryPolicy(RetryPolicy.none())
          .options(
              HttpOptions.builder()
                  .callTimeout(Duration.ofSeconds(2))
                  .maxResponseBytes(256 * 1024)
                  .build())
          .build();

  @AfterEach
  void closeTransport() {
    transport.close();
  }

  @Test
  void verify_acceptsTokenSignedAfterRotationWithOneRefresh() {
    serve(jwks(RSA));
    IdTokenVerifier verifier = verifier(source());
    verifier.verify(token(RSA), NO_NONCE);
    serve(jwks(RSA, RSA_2));
    advance(31);

    assertThat(verifier.verify(token(RSA_2), NO_NONCE).keyId()).contains("rsa-2");
    assertThat(fetches()).isEqualTo(2);
  }

  @Test
  void verify_acceptsKeySetWithKeysOfUnknownTypes() {
    String withUnknown =
        jwks(RSA).replace("{\"keys\":[", "{\"keys\":[{\"kty\":\"PQC\",\"kid\":\"future\"},");
    serve(withUnknown);

    assertThat(verifier(source()).verify(token(RSA), NO_NONCE).keyId()).contains("rsa-1");
  }

  @Test
  void keys_areCachedForTheirLifetimeThenFetchedAgain() {
    serve(jwks(RSA));
    IdTokenVerifier verifier = verifier(source());

    verifier.verify(token(RSA), NO_NONCE);
    advance(4 * 60);
    verifier.verify(token(RSA), NO_NONCE);
    assertThat(fetches()).isEqualTo(1);

    advance(61);
    verifier.verify(token(RSA), NO_NONCE);
    assertThat(fetches()).isEqualTo(2);
  }

  @Test
  void keys_areRefreshedAheadOfExpiryWithoutMakingCallersWait() throws Exception {
    serve(jwks(RSA));
    JwksSource source = source();
    IdTokenVerifier verifier = verifier(source);
    verifier.verify(token(RSA), NO_NONCE);
    serve(jwks(RSA_2));
    advance(4 * 60 + 40);

    assertThat(verifier.verify(token(RSA), NO_NONCE).keyId()).contains("rsa-1");
    CompletableFuture<KeySet> refresh = remote(source).fetchInProgress();
    if (refresh != null) {
      refresh.get(10, TimeUnit.SECONDS);
    }

    assertThat(fetches()).isEqualTo(2);
    assertThat(verifier.verify(token(RSA_2), NO_NONCE).keyId()).contains("rsa-2");
  }

  @Test
  void coldCacheBurst_makesOneFetch() throws Exception {
    idp.stubFor(get("/jwks").willReturn(okJson(jwks(RSA)).withFixedDelay(300)));
    IdTokenVerifier verifier = verifier(source());
    int threads = 32;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<VerifiedIdToken>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String token = token(RSA);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return verifier.verify(token, NO_NONCE);
                }));
      }
      start.countDown();
      for (Future<VerifiedIdToken> result : results) {
        assertThat(result.get(20, TimeUnit.SECONDS).subject()).isEqualTo("sub-4711");
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(fetches()).isEqualTo(1);
  }

  @Test
  void unknownKidFlood_fetchesAtMostOncePerInterval() {
    serve(jwks(RSA));
    IdTokenVerifier verifier = verifier(source());
    verifier.verify(token(RSA), NO_NONCE);

    for (int round = 1; round <= 3; round++) {
      advance(31);
      for (int i = 0; i < 50; i++) {
        String token = tokenWithKid("unknown-" + round + "-" + i);
        Rejected.withCode(
            IdentityCodes.TOKEN_KEY_NOT_FOUND, () -> verifier.verify(token, NO_NONCE));
      }
      assertThat(fetches()).isEqualTo(1 + round);
    }
  }

  @Test
  void outage_servesCachedKeysWithinTheWindowThenFailsClosed() {
    serve(jwks(RSA));
    IdTokenVerifier verifier = verifier(source());
    verifier.verify(token(RSA), NO_NONCE);
    idp.stubFor(get("/jwks").willReturn(serviceUnavailable()));

    advance(5 * 60 + 1);
    assertThat(verifier.verify(token(RSA), NO_NONCE).subject()).isEqualTo("sub-4711");
    advance(10);
    assertThat(verifier.verify(token(RSA), NO_NONCE).subject()).isEqualTo("sub-4711");
    assertThat(fetches()).isEqualTo(2);

    advance(15 * 60 - 12);
    assertThat(verifier.verify(token(RSA), NO_NONCE).subject()).isEqualTo("sub-4711");
    advance(2);

    MotcuaExceptionAssertions.noValueIn(
        Rejected.withCode(
            IdentityCodes.JWKS_UNAVAILABLE, () -> verifier.verify(token(RSA), NO_NONCE)),
        "sub-4711");
  }

  @Test
  void outage_onAColdCacheFailsRetryably() {
    idp.stubFor(get("/jwks").willReturn(serviceUnavailable()));
    IdTokenVerifier verifier = verifier(source());

    var error =
        Rejected.withCode(
            IdentityCodes.JWKS_UNAVAILABLE, () -> verifier.verify(token(RSA), NO_NONCE));

    assertThat(error.isRetryable()).isTrue();
    Rejected.withCode(IdentityCodes.JWKS_UNAVAILABLE, () -> verifier.verify(token(RSA), NO_NONCE));
    assertThat(fetches()).as("the second attempt waits for the refresh interval").isEqualTo(1);
  }

  @Test
  void keyRemovedFromTheSet_stopsVerifyingAfterRefresh() {
    serve(jwks(RSA, RSA_2));
    IdTokenVerifier verifier = verifier(source());
    verifier.verify(token(RSA_2), NO_NONCE);
    serve(jwks(RSA));

    advance(5 * 60 + 1);

    Rejected.withCode(
        IdentityCodes.TOKEN_KEY_NOT_FOUND, () -> verifier.verify(token(RSA_2), NO_NONCE));
    assertThat(verifier.verify(token(RSA), NO_NONCE).subject()).isEqualTo("sub-4711");
  }

  @Test
  void tenMegabyteKeySet_isRefusedWithoutReadingIt() {
    idp.stubFor(
        get("/jwks")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"keys\":[\"" + "x".repeat(10_000_000) + "\"]}")));

    Rejected.withCode(
        IdentityCodes.JWKS_UNAVAILABLE, () -> verifier(source()).verify(token(RSA), NO_NONCE));
  }

  @Test
  void oversizedKeySet_isRefusedEvenThroughATransportWithAHigherLimit() {
    idp.stubFor(
        get("/jwks")
            .willReturn(
                aResponse()
                    .withBody(jwks(RSA).replace("]}", "],\"pad\":\"" + "x".repeat(300_000) + "\"}"))
                    .withChunkedDribbleDelay(4, 10)));
    try (HttpTransport roomy = HttpTransport.builder().retryPolicy(RetryPolicy.none()).build()) {
      JwksSource source =
          JwksSource.remote(
              URI.create(idp.baseUrl() + "/jwks"),
              roomy,
              JwksOptions.builder().nanoTicker(ticker::get).build());

      Rejected.withCode(
          IdentityCodes.JWKS_UNAVAILABLE, () -> verifier(source).verify(token(RSA), NO_NONCE));
    }
  }

  @Test
  void slowDrippingKeySet_isCutOffByTheTransportTimeout() {
    idp.stubFor(get("/jwks").willReturn(okJson(jwks(RSA)).withChunkedDribbleDelay(50, 10_000)));

    Rejected.withCode(
        IdentityCodes.JWKS_UNAVAILABLE, () -> verifier(source()).verify(token(RSA), NO_NONCE));
  }

  @Test
  void jkuHeader_isNeverFetched() {
    serve(jwks(RSA));
    idp.stubFor(get("/attacker-jwks").willReturn(okJson(jwks(Tokens.ATTACKER))));
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(Tokens.ATTACKER.getKeyID())
                .jwkURL(URI.create(idp.baseUrl() + "/attacker-jwks"))
                .build(),
            Tokens.ATTACKER,
            claims(c -> c.remove("nonce")));

    Rejected.withCode(
        IdentityCodes.TOKEN_KEY_NOT_FOUND, () -> verifier(source()).verify(token, NO_NONCE));
    assertThat(idp.findAll(getRequestedFor(urlEqualTo("/attacker-jwks")))).isEmpty();
  }

  private JwksSource source() {
    return JwksSource.remote(
        URI.create(idp.baseUrl() + "/jwks"),
        transport,
        JwksOptions.builder().nanoTicker(ticker::get).build());
  }

  private static RemoteKeyResolver remote(JwksSource source) {
    return (RemoteKeyResolver) source.resolver();
  }

  private static IdTokenVerifier verifier(JwksSource source) {
    return IdTokenVerifier.builder()
        .issuer(Tokens.ISSUER)
        .clientId(Tokens.CLIENT_ID)
        .jwksSource(source)
        .clock(Tokens.CLOCK)
        .build();
  }

  private static String token(com.nimbusds.jose.jwk.RSAKey key) {
    return sign(key, claims(c -> c.remove("nonce")));
  }

  private static String tokenWithKid(String kid) {
    return sign(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
        RSA,
        claims(c -> c.remove("nonce")));
  }

  private static void serve(String jwks) {
    idp.stubFor(get("/jwks").willReturn(okJson(jwks)));
  }

  private void advance(long seconds) {
    ticker.addAndGet(seconds * SECOND);
  }

  private static int fetches() {
    return idp.findAll(getRequestedFor(urlEqualTo("/jwks"))).size();
  }
}
