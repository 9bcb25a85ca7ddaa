package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.testkit.portal.PortalFixtures.acceptedDossier;
import static vn.motcua.testkit.portal.PortalFixtures.step;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.outbox.OutboxStoreException;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalIdempotency;

/** The outbox on H2, delivering to the stub portal through the DVCQG client. */
class OutboxFunctionalTest {
  static final StubPortal portal = StubPortal.builder().build();

  final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T02:00:00Z"));
  final List<String> events = new CopyOnWriteArrayList<>();
  Path file;
  HttpTransport transport;
  DvcqgClient client;
  Outbox outbox;
  Dispatcher dispatcher;

  @BeforeAll
  static void start() {
    portal.start();
  }

  @AfterAll
  static void stop() {
    portal.stop();
  }

  @BeforeEach
  void open() {
    portal.reset();
    file = Path.of("target", "h2", "outbox-" + UUID.randomUUID());
    transport = PortalFixtures.transport();
    client = PortalFixtures.dvcqg(portal, transport).build();
    outbox = Outbox.embeddedBuilder(file).clock(clock).listener(recorder()).build();
    dispatcher = dispatcher(outbox).build();
  }

  @AfterEach
  void close() {
    outbox.close();
    client.close();
    transport.close();
  }

  Dispatcher.Builder dispatcher(Outbox on) {
    return Dispatcher.builder(on, client)
        .retryPolicy(
            RetryPolicy.builder()
                .baseDelay(Duration.ofSeconds(1))
                .maxDelay(Duration.ofSeconds(8))
                .build());
  }

  OutboxListener recorder() {
    return new OutboxListener() {
      @Override
      public void submitted(OutboxEntry entry) {
        events.add("submitted " + entry.id());
      }

      @Override
      public void attemptFailed(OutboxEntry entry, String errorCode, Duration retryIn) {
        events.add("failed " + entry.id() + " " + errorCode);
      }

      @Override
      public void delivered(OutboxEntry entry) {
        events.add("delivered " + entry.id());
      }

      @Override
      public void deadLettered(OutboxEntry entry, String reasonCode) {
        events.add("dead " + entry.id() + " " + reasonCode);
      }
    };
  }

  static Dossier dossier(int n) {
    return acceptedDossier().toBuilder()
        .code(DossierCode.parse(String.format("000.00.12.H01-250310-%04d", n)))
        .build();
  }

  /** Advances the clock past every backoff and runs passes until the queue is empty. */
  void drain() {
    for (int round = 0; round < 50 && outbox.depth() > 0; round++) {
      dispatcher.runOnce();
      clock.advance(Duration.ofMinutes(1));
    }
  }

  @Test
  void submit_isDurable_acrossReopening() {
    OutboxEntry entry = outbox.submit(dossier(1));
    outbox.close();

    try (Outbox reopened = Outbox.embeddedBuilder(file).clock(clock).build()) {
      assertThat(reopened.entry(entry.id())).contains(entry);
      assertThat(reopened.depth()).isEqualTo(1);
      assertThat(entry.state()).isEqualTo(EntryState.PENDING);
      assertThat(entry.idempotencyKey()).startsWith("000.00.12.H01-250310-0001/dossier/");
    }
    outbox = Outbox.embeddedBuilder(file).clock(clock).build();
  }

  @Test
  void dispatcher_deliversTheDossierThenItsSteps_withTheRecordedKeys() {
    Dossier dossier = dossier(1);
    OutboxEntry sent = outbox.submit(dossier);
    OutboxEntry steps =
        outbox.submitProgress(dossier.code(), List.of(step(DossierStatus.IN_PROCESS, 9)));
    clock.advance(Duration.ofSeconds(5));

    assertThat(outbox.oldestPendingAge()).contains(Duration.ofSeconds(5));
    assertThat(dispatcher.runOnce()).isEqualTo(2);

    assertThat(portal.versions(dossier.code().value())).hasSize(1);
    assertThat(portal.status(dossier.code().value())).contains(DossierStatus.IN_PROCESS);
    assertThat(portal.attempts(sent.idempotencyKey())).isEqualTo(1);
    assertThat(portal.attempts(steps.idempotencyKey())).isEqualTo(1);
    assertThat(outbox.entries(dossier.code()))
        .extracting(OutboxEntry::state)
        .containsExactly(EntryState.DELIVERED, EntryState.DELIVERED);
    assertThat(outbox.depth()).isZero();
    assertThat(outbox.oldestPendingAge()).isEmpty();
    assertThat(events)
        .containsExactly(
            "submitted " + sent.id(),
            "submitted " + steps.id(),
            "delivered " + sent.id(),
            "delivered " + steps.id());
  }

  @Test
  void transientFaults_areRetriedLater_withTheSameKey_andStoredOnce() {
    OutboxEntry entry = outbox.submit(dossier(1));
    // The transport tries 3 times per attempt: 3 faults make the outbox's attempt fail.
    for (PortalFault fault :
        List.of(PortalFault.CONNECTION_RESET, PortalFault.HTTP_503, PortalFault.HTTP_502)) {
      portal.faults().next("DongBoHoSoMC", fault);
    }

    dispatcher.runOnce();

    OutboxEntry waiting = outbox.entry(entry.id()).orElseThrow();
    assertThat(waiting.state()).isEqualTo(EntryState.PENDING);
    assertThat(waiting.lastErrorCode()).isEqualTo("portal.unavailable");
    assertThat(waiting.nextAttemptAt()).isAfterOrEqualTo(clock.instant());
    assertThat(events).contains("failed " + entry.id() + " portal.unavailable");

    drain();
    assertThat(outbox.entry(entry.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(portal.versions("000.00.12.H01-250310-0001")).hasSize(1);
    assertThat(portal.attempts(entry.idempotencyKey())).isEqualTo(4);
  }

  @Test
  void lostAnswers_areResentWithTheSameKey_andThePortalSuppressesTheDuplicates() {
    OutboxEntry entry = outbox.submit(dossier(1));
    for (int i = 0; i < 3; i++) {
      portal.faults().nextAfterProcessing("DongBoHoSoMC", PortalFault.CONNECTION_RESET);
    }

    drain();

    assertThat(outbox.entry(entry.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(portal.versions("000.00.12.H01-250310-0001")).hasSize(1);
    assertThat(portal.duplicatesSuppressed()).isPositive();
  }

  @Test
  void rateLimits_delayTheNextAttempt_byTheirRetryAfter() {
    portal.faults().retryAfter(Duration.ofSeconds(30)); // past the transport's 5 s cap
    portal.faults().next("DongBoHoSoMC", PortalFault.RATE_LIMITED);
    OutboxEntry entry = outbox.submit(dossier(1));
    Instant before = clock.instant();

    dispatcher.runOnce();

    OutboxEntry waiting = outbox.entry(entry.id()).orElseThrow();
    assertThat(waiting.lastErrorCode()).isEqualTo("portal.rate_limited");
    assertThat(waiting.nextAttemptAt()).isAfterOrEqualTo(before.plusSeconds(30));
    clock.advance(Duration.ofSeconds(29));
    assertThat(dispatcher.runOnce()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.runOnce()).isEqualTo(1);
    assertThat(portal.versions("000.00.12.H01-250310-0001")).hasSize(1);
  }

  @Test
  void sessionExpiries_areRetried_notDeadLettered() {
    // Expired again right after the fresh login: the client gives up with portal.auth_failed.
    portal.faults().next("DongBoHoSoMC", PortalFault.SESSION_EXPIRED);
    portal.faults().next("DongBoHoSoMC", PortalFault.SESSION_EXPIRED);
    OutboxEntry entry = outbox.submit(dossier(1));

    dispatcher.runOnce();
    assertThat(outbox.entry(entry.id()).orElseThrow().lastErrorCode())
        .isEqualTo("portal.auth_failed");

    drain();
    assertThat(portal.versions("000.00.12.H01-250310-0001")).hasSize(1);
    assertThat(outbox.deadLetters()).isEmpty();
  }

  @Test
  void permanentRejections_goDead_theQueueKeepsDraining_andResubmitSendsAgain() {
    Dossier dossier = dossier(1);
    // Steps of a dossier the portal does not know yet: refused ("2") for good.
    OutboxEntry early =
        outbox.submitProgress(dossier.code(), List.of(step(DossierStatus.IN_PROCESS, 9)));
    OutboxEntry sent = outbox.submit(dossier);
    OutboxEntry other = outbox.submit(dossier(2));

    drain();

    assertThat(outbox.deadLetters())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo(early.id());
              assertThat(e.lastErrorCode()).isEqualTo("portal.rejected");
            });
    assertThat(outbox.entry(sent.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(outbox.entry(other.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(events).contains("dead " + early.id() + " portal.rejected");

    // Resubmission sends the same payload with the same key. A portal that keeps the first
    // outcome per key, as the stub does, answers with the same refusal: send corrected or
    // reordered content as a new submission instead.
    int attemptsBefore = portal.attempts(early.idempotencyKey());
    assertThat(outbox.resubmit(early.id())).isTrue();
    assertThat(outbox.resubmit(sent.id())).isFalse();
    assertThat(outbox.entry(early.id()).orElseThrow().state()).isEqualTo(EntryState.PENDING);
    drain();
    assertThat(portal.attempts(early.idempotencyKey())).isEqualTo(attemptsBefore + 1);
    assertThat(outbox.deadLetters()).extracting(OutboxEntry::id).containsExactly(early.id());

    OutboxEntry again =
        outbox.submitProgress(dossier.code(), List.of(step(DossierStatus.IN_PROCESS, 11)));
    drain();
    assertThat(outbox.entry(again.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(portal.status(dossier.code().value())).contains(DossierStatus.IN_PROCESS);
  }

  @Test
  void resubmitWithFreshKey_isProcessedAnew_whereTheSameKeyGetsTheRecordedRefusal() {
    Dossier dossier = dossier(1);
    // Steps sent before their dossier: refused ("2", unknown dossier), a refusal the portal
    // records under the steps' key.
    OutboxEntry early =
        outbox.submitProgress(dossier.code(), List.of(step(DossierStatus.IN_PROCESS, 9)));
    drain();
    assertThat(outbox.entry(early.id()).orElseThrow().state()).isEqualTo(EntryState.DEAD);
    outbox.submit(dossier);
    drain();

    // Same key: the stub answers with the recorded refusal, without processing the steps.
    assertThat(outbox.resubmit(early.id())).isTrue();
    drain();
    assertThat(outbox.entry(early.id()).orElseThrow().state()).isEqualTo(EntryState.DEAD);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
    assertThat(portal.steps(dossier.code().value())).isEmpty();

    // Fresh key: a new request, processed now that the dossier is there.
    assertThat(outbox.resubmitWithFreshKey(early.id())).isTrue();
    OutboxEntry resent = outbox.entry(early.id()).orElseThrow();
    assertThat(resent.state()).isEqualTo(EntryState.PENDING);
    assertThat(resent.idempotencyKey())
        .startsWith(early.idempotencyKey() + PortalIdempotency.RESEND_MARK);
    drain();

    OutboxEntry done = outbox.entry(early.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(EntryState.DELIVERED);
    assertThat(portal.attempts(resent.idempotencyKey())).isEqualTo(1);
    assertThat(portal.attempts(early.idempotencyKey())).isEqualTo(2);
    assertThat(portal.steps(dossier.code().value())).hasSize(1);
    assertThat(portal.status(dossier.code().value())).contains(DossierStatus.IN_PROCESS);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
    // Only DEAD entries are resubmitted.
    assertThat(outbox.resubmitWithFreshKey(early.id())).isFalse();
    assertThat(outbox.resubmitWithFreshKey(9_999)).isFalse();
  }

  @Test
  void stepsWait_forTheirDossier_andArriveInOrder() {
    Dossier dossier = dossier(1);
    OutboxEntry sent = outbox.submit(dossier);
    OutboxEntry first =
        outbox.submitProgress(dossier.code(), List.of(step(DossierStatus.IN_PROCESS, 9)));
    OutboxEntry second =
        outbox.submitProgress(
            dossier.code(), List.of(step(DossierStatus.SUPPLEMENT_REQUESTED, 10)));
    for (int i = 0; i < 3; i++) {
      portal.faults().next("DongBoHoSoMC", PortalFault.HTTP_503);
    }

    dispatcher.runOnce();
    assertThat(outbox.entry(first.id()).orElseThrow().attempts()).isZero();
    assertThat(outbox.entry(second.id()).orElseThrow().attempts()).isZero();

    drain();
    assertThat(outbox.entries(dossier.code()))
        .extracting(OutboxEntry::state)
        .containsOnly(EntryState.DELIVERED);
    assertThat(portal.steps(dossier.code().value()))
        .extracting(s -> s.status())
        .containsSubsequence("4", "5");
    assertThat(outbox.entry(sent.id()).orElseThrow().attempts()).isGreaterThan(1);
  }

  @Test
  void purge_deletesOldDeliveredAndDeadEntries_andLaterStepsOfAPurgedDossierStillArrive() {
    Dossier dossier = dossier(1);
    OutboxEntry sent = outbox.submit(dossier);
    // Steps of a dossier the portal does not know: refused for good, DEAD.
    OutboxEntry refused =
        outbox.submitProgress(dossier(2).code(), List.of(step(DossierStatus.IN_PROCESS, 9)));
    assertThat(dispatcher.runOnce()).isEqualTo(2);
    OutboxEntry waiting = outbox.submit(dossier(3)); // PENDING: no dispatcher runs meanwhile
    clock.advance(Duration.ofDays(7));

    // Exactly seven days old is not older than seven days.
    assertThat(outbox.purgeDelivered(Duration.ofDays(7))).isZero();
    clock.advance(Duration.ofMillis(1));
    assertThat(outbox.purgeDelivered(Duration.ofDays(7))).isEqualTo(1);

    assertThat(outbox.entry(sent.id())).isEmpty();
    assertThat(outbox.entry(refused.id()).orElseThrow().state()).isEqualTo(EntryState.DEAD);
    assertThat(outbox.entry(waiting.id()).orElseThrow().state()).isEqualTo(EntryState.PENDING);

    // The dossier's row is gone; its next steps are sent as usual.
    OutboxEntry steps =
        outbox.submitProgress(dossier.code(), List.of(step(DossierStatus.IN_PROCESS, 11)));
    assertThat(dispatcher.runOnce()).isEqualTo(2);
    assertThat(outbox.entry(steps.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(outbox.entry(waiting.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(portal.status(dossier.code().value())).contains(DossierStatus.IN_PROCESS);
    assertThat(outbox.purgeDelivered(Duration.ofDays(7))).isZero();
    assertThat(outbox.purgeDelivered(Duration.ZERO)).isZero(); // delivered at this very instant

    assertThat(outbox.purgeDead(Duration.ofDays(30))).isZero();
    assertThat(outbox.purgeDead(Duration.ofDays(1))).isEqualTo(1);
    assertThat(outbox.deadLetters()).isEmpty();
    assertThat(outbox.resubmit(refused.id())).isFalse();

    clock.advance(Duration.ofMillis(1));
    assertThat(outbox.purgeDelivered(Duration.ZERO)).isEqualTo(2);
    assertThat(outbox.entries(dossier.code())).isEmpty();
    assertThat(outbox.purgeDelivered(ChronoUnit.FOREVER.getDuration())).isZero();
  }

  @Test
  void purge_refusesAMissingOrNegativeAge() {
    OutboxEntry entry = outbox.submit(dossier(1));
    dispatcher.runOnce();

    assertThatThrownBy(() -> outbox.purgeDelivered(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("olderThan");
    assertThatThrownBy(() -> outbox.purgeDead(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("olderThan");
    assertThatThrownBy(() -> outbox.purgeDelivered(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("olderThan must not be negative");
    assertThatThrownBy(() -> outbox.purgeDead(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("olderThan must not be negative");
    assertThat(outbox.entry(entry.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
  }

  @Test
  void startedDispatcher_deliversSubmissions_andStopsGracefully() throws Exception {
    CountDownLatch delivered = new CountDownLatch(20);
    try (Outbox live =
        Outbox.embeddedBuilder(Path.of("target", "h2", "outbox-live-" + UUID.randomUUID()))
            .listener(
                new OutboxListener() {
                  @Override
                  public void delivered(OutboxEntry entry) {
                    delivered.countDown();
                  }
                })
            .build()) {
      Dispatcher running = dispatcher(live).threads(3).pollInterval(Duration.ofMillis(50)).build();
      running.start();
      for (int i = 1; i <= 20; i++) {
        live.submit(dossier(i));
      }
      assertThat(delivered.await(60, TimeUnit.SECONDS)).isTrue();
      assertThat(running.stop(Duration.ofSeconds(10))).isTrue();
      assertThat(live.depth()).isZero();
      assertThat(portal.dossierCodes()).hasSize(20);
      assertThatThrownBy(running::start).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void stoppingDuringASend_leavesTheEntryToBeResent_underTheSameKey() {
    stopDuringASend(false);
  }

  @Test
  void stoppingFromAnInterruptedThread_stillReturnsTheEntry_andKeepsTheInterrupt() {
    stopDuringASend(true);
  }

  @Test
  void stoppingDuringTheSecondSendOfABatch_recordsTheFirstAsDelivered_andReturnsTheSecond() {
    // The second DongBoHoSoMC is processed and its answer held for 3 s; the stop waits 100 ms.
    portal.faults().delay(Duration.ofSeconds(3));
    java.util.concurrent.atomic.AtomicInteger syncs =
        new java.util.concurrent.atomic.AtomicInteger();
    portal
        .faults()
        .schedule(
            (request, service) ->
                service.equals("DongBoHoSoMC") && syncs.incrementAndGet() == 2
                    ? PortalFault.DELAY
                    : null);
    OutboxEntry first = outbox.submit(dossier(1));
    OutboxEntry second = outbox.submit(dossier(2));
    stopWhileSending(second, false);

    // The first was delivered before the stop: recorded so, never sent again.
    assertThat(outbox.entry(first.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(outbox.entry(second.id()).orElseThrow().state()).isEqualTo(EntryState.PENDING);
    assertThat(dispatcher.runOnce()).isEqualTo(1);
    assertThat(outbox.entry(second.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(portal.attempts(first.idempotencyKey())).isEqualTo(1);
    assertThat(portal.attempts(second.idempotencyKey())).isEqualTo(2);
    assertThat(events).doesNotContain("failed " + second.id());
    // Recorded by the stopping worker or by stop(), whichever came first; announced once.
    assertThat(events).filteredOn(("delivered " + first.id())::equals).hasSize(1);
  }

  private void stopDuringASend(boolean callerInterrupted) {
    // The portal processes the request and holds its answer for 3 s; the stop waits 100 ms.
    portal.faults().delay(Duration.ofSeconds(3));
    portal.faults().next("DongBoHoSoMC", PortalFault.DELAY);
    OutboxEntry entry = outbox.submit(dossier(1));
    stopWhileSending(entry, callerInterrupted);

    OutboxEntry left = outbox.entry(entry.id()).orElseThrow();
    assertThat(left.state()).isEqualTo(EntryState.PENDING);
    assertThat(left.idempotencyKey()).isEqualTo(entry.idempotencyKey());
    assertThat(dispatcher.runOnce()).isEqualTo(1);
    assertThat(outbox.entry(entry.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(portal.versions("000.00.12.H01-250310-0001")).hasSize(1);
    assertThat(portal.attempts(entry.idempotencyKey())).isEqualTo(2);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
  }

  /**
   * Starts a one-thread dispatcher whose client waits up to 10 s for an answer, waits until {@code
   * sending} reaches the portal, then stops the dispatcher with 100 ms to spare (from an
   * interrupted thread when {@code callerInterrupted}): the stop must interrupt the worker and
   * leave the caller's interrupt status as it was.
   */
  private void stopWhileSending(OutboxEntry sending, boolean callerInterrupted) {
    try (HttpTransport patient =
            HttpTransport.builder()
                .retryPolicy(RetryPolicy.none())
                .options(
                    vn.motcua.core.http.HttpOptions.builder()
                        .readTimeout(Duration.ofSeconds(10))
                        .callTimeout(Duration.ofSeconds(20))
                        .build())
                .build();
        DvcqgClient slow = PortalFixtures.dvcqg(portal, patient).build()) {
      Dispatcher running =
          Dispatcher.builder(outbox, slow).threads(1).pollInterval(Duration.ofMillis(20)).build();
      running.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (portal.attempts(sending.idempotencyKey()) == 0 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(portal.attempts(sending.idempotencyKey())).isEqualTo(1);

      if (callerInterrupted) {
        Thread.currentThread().interrupt();
      }
      assertThat(running.stop(Duration.ofMillis(100))).isFalse();
      assertThat(Thread.interrupted()).isEqualTo(callerInterrupted);
    }
  }

  /** A data source on a fresh H2 file under target/h2 whose name starts with {@code prefix}. */
  private static JdbcDataSource h2File(String prefix) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:file:" + Path.of("target", "h2", prefix + UUID.randomUUID()).toAbsolutePath());
    ds.setUser("sa");
    return ds;
  }

  @Test
  void aPassWhoseCommitFailsAfterTakingEffect_announcesTheDelivery_andFreesTheClaimedStepAtOnce() {
    AtomicBoolean armed = new AtomicBoolean(true);
    Outbox shared =
        Outbox.builder(failingOutcomeCommit(h2File("outbox-commit-"), armed))
            .clock(clock)
            .listener(recorder())
            .build();
    Dispatcher once = dispatcher(shared).build();
    Dossier dossier = dossier(1);
    OutboxEntry sent = shared.submit(dossier);
    OutboxEntry steps =
        shared.submitProgress(dossier.code(), List.of(step(DossierStatus.IN_PROCESS, 9)));

    // Pass 1 sends the dossier; pass 2 records its delivery and claims the step in one
    // transaction, whose commit takes effect and then reports a failure.
    assertThatThrownBy(once::runOnce).isInstanceOf(OutboxStoreException.class);

    assertThat(armed).as("the commit failed").isFalse();
    assertThat(events)
        .containsExactly(
            "submitted " + sent.id(), "submitted " + steps.id(), "delivered " + sent.id());
    OutboxEntry step = shared.entry(steps.id()).orElseThrow();
    assertThat(step.state()).isEqualTo(EntryState.PENDING);
    assertThat(step.nextAttemptAt()).isBeforeOrEqualTo(clock.instant());
    // Due at once, not after a lease: the clock has not moved.
    assertThat(once.runOnce()).isEqualTo(1);
    assertThat(events).endsWith("delivered " + steps.id());
    assertThat(portal.attempts(sent.idempotencyKey())).isEqualTo(1);
    assertThat(portal.attempts(steps.idempotencyKey())).isEqualTo(1);
    assertThat(shared.depth()).isZero();
  }

  /**
   * A data source over {@code ds} whose first transaction recording attempt outcomes, while {@code
   * armed}, commits and then reports the commit failed (as an H2 commit interrupted while writing,
   * or a connection lost while PostgreSQL commits, can); disarms itself.
   */
  private static DataSource failingOutcomeCommit(DataSource ds, AtomicBoolean armed) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(ds, method, args);
              if (!method.getName().equals("getConnection")) {
                return result;
              }
              Connection real = (Connection) result;
              AtomicBoolean recordsOutcomes = new AtomicBoolean();
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("prepareStatement")
                        && ((String) a[0]).contains("SET state = ?, claim_token = NULL")) {
                      recordsOutcomes.set(true);
                    }
                    if (m.getName().equals("commit")
                        && recordsOutcomes.get()
                        && armed.compareAndSet(true, false)) {
                      real.commit();
                      throw new SQLException("commit failed (test)", "HY000");
                    }
                    if (m.getName().equals("commit") || m.getName().equals("rollback")) {
                      recordsOutcomes.set(false);
                    }
                    return invoke(real, m, a);
                  });
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void submitInTheCallersTransaction_existsOnlyIfTheCallerCommits() throws Exception {
    JdbcDataSource ds = h2File("outbox-tx-");
    Outbox shared = Outbox.jdbc(ds);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      shared.submit(c, dossier(1));
      c.rollback();
      assertThat(shared.depth()).isZero();
      OutboxEntry kept = shared.submit(c, dossier(2));
      c.commit();
      assertThat(shared.entry(kept.id())).isPresent();
      assertThat(shared.depth()).isEqualTo(1);
    }
  }

  @Test
  void databaseFailure_failsSubmitSynchronously_withATypedError() {
    JdbcDataSource ds = h2File("outbox-fail-");
    AtomicBoolean broken = new AtomicBoolean();
    DataSource failing =
        refusingWhile(ds, broken, new AtomicInteger(), "No space left on device", "53100");
    Outbox shared = Outbox.jdbc(failing);
    broken.set(true);

    assertThatThrownBy(() -> shared.submit(dossier(1)))
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageNotContaining("000.00.12.H01-250310-0001")
        .satisfies(
            e -> assertThat(((OutboxStoreException) e).code()).isEqualTo("outbox.store_failed"));
  }

  @Test
  void aDatabaseRefusingConnectionsForAWhile_doesNotStopTheDispatcher() throws Exception {
    JdbcDataSource ds = h2File("outbox-outage-");
    AtomicBoolean broken = new AtomicBoolean();
    AtomicInteger refused = new AtomicInteger();
    DataSource failing = refusingWhile(ds, broken, refused, "Connection refused", "08001");
    CountDownLatch delivered = new CountDownLatch(6);
    Outbox shared =
        Outbox.builder(failing)
            .listener(
                new OutboxListener() {
                  @Override
                  public void delivered(OutboxEntry entry) {
                    delivered.countDown();
                  }
                })
            .build();
    Dispatcher running = dispatcher(shared).threads(2).pollInterval(Duration.ofMillis(20)).build();
    running.start();
    try {
      for (int i = 1; i <= 3; i++) {
        shared.submit(dossier(i));
      }
      broken.set(true);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (refused.get() < 10 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(refused.get()).as("passes refused by the database").isGreaterThanOrEqualTo(10);
      broken.set(false);
      for (int i = 4; i <= 6; i++) {
        shared.submit(dossier(i));
      }

      assertThat(delivered.await(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      running.stop(Duration.ofSeconds(10));
    }
    assertThat(shared.depth()).isZero();
    assertThat(portal.dossierCodes()).hasSize(6);
    assertThat(portal.dossierCodes())
        .allSatisfy(code -> assertThat(portal.versions(code)).hasSize(1));
  }

  /**
   * A data source over {@code ds} whose {@code getConnection} fails with {@code message} and {@code
   * sqlState} while {@code broken} is set, counting the refusals in {@code refused}.
   */
  static DataSource refusingWhile(
      DataSource ds, AtomicBoolean broken, AtomicInteger refused, String message, String sqlState) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (broken.get() && method.getName().equals("getConnection")) {
                refused.incrementAndGet();
                throw new SQLException(message, sqlState);
              }
              return method.invoke(ds, args);
            });
  }
}
