package vn.motcua.identity.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.motcua.identity.flow.LoginFlowFunctionalTest.assertCode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.LoginResult;
import vn.motcua.identity.RelyingParty;
import vn.motcua.identity.flow.StubFlow.Client;
import vn.motcua.testkit.idp.PreviousKey;
import vn.motcua.testkit.idp.SigningAlgorithm;
import vn.motcua.testkit.idp.TokenFault;

/**
 * The provider's keys seen from whole logins: rotation, a burst of logins on a cold cache, an
 * outage, and key URLs in token headers. Time for the key cache is a fake ticker the test moves,
 * with the default cache settings: keys live 5 minutes, refreshes start at most every 30 seconds,
 * cached keys serve 15 minutes into an outage.
 */
class LoginKeysFunctionalTest {
  private static final StubFlow flow = new StubFlow();

  @AfterEach
  void resetStub() {
    flow.idp.reset();
  }

  @AfterAll
  static void stop() {
    flow.close();
  }

  @Test
  void rotatedSigningKey_isAcceptedAfterExactlyOneKeySetRefresh() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      flow.login(rp, "citizen-01");
      int before = flow.idp.jwksRequestCount();
      String oldKid = flow.idp.signingKeyId(SigningAlgorithm.RS256);
      flow.idp.rotateSigningKey();
      flow.advanceTicker(Duration.ofSeconds(31));

      LoginResult afterRotation = flow.login(rp, "citizen-01");
      LoginResult next = flow.login(rp, "citizen-02");

      assertThat(afterRotation.idToken().orElseThrow().keyId())
          .contains(flow.idp.signingKeyId(SigningAlgorithm.RS256))
          .isNotEqualTo(java.util.Optional.of(oldKid));
      assertThat(next.identity()).isNotNull();
      assertThat(flow.idp.jwksRequestCount()).isEqualTo(before + 1);
    }
  }

  @Test
  void rotatedSigningKey_withinTheRefreshIntervalWaitsForIt() {
    try (RelyingParty rp = flow.relyingParty(Client.ES256).build()) {
      flow.login(rp, "citizen-01");
      int before = flow.idp.jwksRequestCount();
      flow.idp.rotateSigningKey(PreviousKey.REMOVE);

      Throwable tooSoon = catchThrowable(() -> flow.login(rp, "citizen-01"));
      flow.advanceTicker(Duration.ofSeconds(31));
      LoginResult later = flow.login(rp, "citizen-01");

      assertCode(IdentityCodes.TOKEN_KEY_NOT_FOUND, tooSoon);
      assertThat(later.idToken().orElseThrow().keyId())
          .contains(flow.idp.signingKeyId(SigningAlgorithm.ES256));
      assertThat(flow.idp.jwksRequestCount()).isEqualTo(before + 1);
    }
  }

  @Test
  void burstOfLoginsOnAColdCache_fetchesTheKeySetOnce() throws Exception {
    int logins = 16;
    try (RelyingParty rp = flow.relyingParty(Client.PS256).build()) {
      rp.discover();
      List<AuthorizationRequest> requests = new ArrayList<>();
      List<URI> callbacks = new ArrayList<>();
      for (int i = 0; i < logins; i++) {
        AuthorizationRequest request = rp.beginLogin();
        requests.add(request);
        callbacks.add(flow.idp.simulateLogin(request.url(), "citizen-0" + (1 + i % 9)));
      }
      int before = flow.idp.jwksRequestCount();
      ExecutorService pool = Executors.newFixedThreadPool(logins);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<LoginResult>> results = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
          AuthorizationRequest request = requests.get(i);
          URI callback = callbacks.get(i);
          Callable<LoginResult> login =
              () -> {
                start.await();
                return rp.complete(request.transaction(), callback);
              };
          results.add(pool.submit(login));
        }
        start.countDown();
        for (Future<LoginResult> result : results) {
          assertThat(result.get().identity()).isNotNull();
        }
      } finally {
        pool.shutdownNow();
      }

      assertThat(flow.idp.jwksRequestCount()).isEqualTo(before + 1);
    }
  }

  @Test
  void keySetOutage_isServedFromTheCacheForTheToleranceThenFailsClosed() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      flow.login(rp, "citizen-01");
      flow.idp.jwksOutage(true);
      int before = flow.idp.jwksRequestCount();

      // Keys expired (5 min) but within the outage window (15 min more): the refresh fails, the
      // cached keys still verify.
      flow.advanceTicker(Duration.ofMinutes(6));
      LoginResult duringOutage = flow.login(rp, "citizen-02");
      int afterFirstFailure = flow.idp.jwksRequestCount();
      flow.advanceTicker(Duration.ofMinutes(10));
      LoginResult laterInOutage = flow.login(rp, "citizen-02");

      // Past 5 + 15 minutes: nothing may be trusted any more.
      flow.advanceTicker(Duration.ofMinutes(5));
      Throwable closed = catchThrowable(() -> flow.login(rp, "citizen-02"));

      // The provider is back: the next attempt, a refresh interval later, fetches and succeeds.
      flow.idp.jwksOutage(false);
      flow.advanceTicker(Duration.ofSeconds(31));
      LoginResult recovered = flow.login(rp, "citizen-02");

      assertThat(duringOutage.identity()).isNotNull();
      assertThat(laterInOutage.identity()).isNotNull();
      assertThat(afterFirstFailure).isEqualTo(before + 1);
      assertCode(IdentityCodes.JWKS_UNAVAILABLE, closed);
      assertThat(((vn.motcua.core.MotcuaException) closed).isRetryable()).isTrue();
      assertThat(recovered.identity()).isNotNull();
    }
  }

  @Test
  void keyUrlsInTokenHeaders_areNeverFetched() {
    // One key per algorithm, whatever rotations ran before: x5u tokens carry no kid.
    flow.idp.rotateSigningKey(PreviousKey.REMOVE);
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      flow.idp.faults().nextIdToken(TokenFault.JKU_HEADER);
      Throwable jku = catchThrowable(() -> flow.login(rp, "citizen-01"));
      flow.idp.faults().nextIdToken(TokenFault.X5U_HEADER);
      Throwable x5u = catchThrowable(() -> flow.login(rp, "citizen-01"));
      flow.advanceTicker(Duration.ofMinutes(1));
      flow.idp.faults().nextIdToken(TokenFault.JKU_HEADER);
      Throwable jkuAfterRefresh = catchThrowable(() -> flow.login(rp, "citizen-01"));

      assertCode(IdentityCodes.TOKEN_KEY_NOT_FOUND, jku);
      assertCode(IdentityCodes.TOKEN_SIGNATURE, x5u);
      assertCode(IdentityCodes.TOKEN_KEY_NOT_FOUND, jkuAfterRefresh);
      assertThat(flow.idp.untrustedUrlRequestCount()).isZero();
    }
  }
}
