package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.portal.DvcqgClient;

/**
 * N submissions through the H2 outbox under a mixed random fault schedule: after draining, every
 * dossier is stored exactly once. N is {@value #DEFAULT_SIZE} by default; {@code
 * -Dmotcua.faultRun.size=5000} runs the full size.
 */
class OutboxFaultRunFunctionalTest {
  static final int DEFAULT_SIZE = 300;

  @Test
  void mixedFaults_loseNothing_andDuplicateNothing() throws Exception {
    int size = Integer.getInteger("motcua.faultRun.size", DEFAULT_SIZE);
    assertThat(size).as("one receipt day holds at most 9999 dossier codes").isBetween(1, 9999);
    CountDownLatch delivered = new CountDownLatch(size);
    AtomicInteger failedAttempts = new AtomicInteger();
    AtomicInteger dead = new AtomicInteger();
    OutboxListener listener =
        new OutboxListener() {
          @Override
          public void delivered(OutboxEntry entry) {
            delivered.countDown();
          }

          @Override
          public void attemptFailed(OutboxEntry entry, String errorCode, Duration retryIn) {
            failedAttempts.incrementAndGet();
          }

          @Override
          public void deadLettered(OutboxEntry entry, String reasonCode) {
            dead.incrementAndGet();
          }
        };
    try (StubPortal portal = StubPortal.builder().build().start();
        HttpTransport transport = PortalFixtures.transport();
        DvcqgClient client = PortalFixtures.dvcqg(portal, transport).build();
        Outbox outbox =
            Outbox.embeddedBuilder(Path.of("target", "h2", "outbox-faults-" + UUID.randomUUID()))
                .listener(listener)
                .build()) {
      portal
          .faults()
          .schedule(
              FaultSchedule.random(
                  20250310L,
                  0.3,
                  List.of(
                      PortalFault.CONNECTION_RESET,
                      PortalFault.EMPTY_RESPONSE,
                      PortalFault.MALFORMED_RESPONSE_CHUNK,
                      PortalFault.RANDOM_DATA_THEN_CLOSE,
                      PortalFault.HTTP_500,
                      PortalFault.HTTP_502,
                      PortalFault.HTTP_503,
                      PortalFault.RATE_LIMITED,
                      PortalFault.SESSION_EXPIRED)));
      Dispatcher dispatcher =
          Dispatcher.builder(outbox, client)
              .threads(4)
              .pollInterval(Duration.ofMillis(20))
              .retryPolicy(
                  RetryPolicy.builder()
                      .baseDelay(Duration.ofMillis(5))
                      .maxDelay(Duration.ofMillis(50))
                      .build())
              .build();
      dispatcher.start();
      List<String> codes = new ArrayList<>();
      Dossier template = PortalFixtures.acceptedDossier();
      for (int i = 1; i <= size; i++) {
        DossierCode code = DossierCode.parse(String.format("000.00.12.H01-250310-%04d", i));
        codes.add(code.value());
        outbox.submit(template.toBuilder().code(code).build());
      }

      boolean drained = delivered.await(10, TimeUnit.MINUTES);
      assertThat(dispatcher.stop(Duration.ofSeconds(30))).isTrue();

      int lost = 0;
      int duplicated = 0;
      for (String code : codes) {
        int versions = portal.versions(code).size();
        lost += versions == 0 ? 1 : 0;
        duplicated += Math.max(0, versions - 1);
      }
      System.out.printf(
          "outbox fault run: submitted=%d delivered=%d lost=%d duplicated=%d dead=%d"
              + " failedAttempts=%d faultsInjected=%d duplicatesSuppressed=%d requests=%d%n",
          size,
          size - delivered.getCount(),
          lost,
          duplicated,
          dead.get(),
          failedAttempts.get(),
          portal.faults().injected(),
          portal.duplicatesSuppressed(),
          portal.requestCount());
      assertThat(drained).isTrue();
      assertThat(portal.faults().injected()).isPositive();
      assertThat(lost).isZero();
      assertThat(duplicated).isZero();
      assertThat(dead.get()).isZero();
      assertThat(portal.dossierCodes()).hasSize(size);
      assertThat(outbox.depth()).isZero();
    }
  }
}
