package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
 * N submissions to an embedded (H2) outbox, drained by a dispatcher in a child JVM that is killed
 * with SIGKILL ({@link Process#destroyForcibly()}) at random points and restarted; then drained to
 * the end here. Afterwards every dossier is stored exactly once. N is {@value #DEFAULT_SIZE} by
 * default; {@code -Dmotcua.crashRun.size=1000} runs the full size, and {@code
 * -Dmotcua.crashRun.kills} sets how many children are killed (default {@value #DEFAULT_KILLS}).
 * Opt-in with {@code -Dmotcua.crashRun=true} until an intermittent H2 failure is understood.
 */
class OutboxCrashRunFunctionalTest {
  static final int DEFAULT_SIZE = 200;
  static final int DEFAULT_KILLS = 5;

  @Test
  @EnabledIfSystemProperty(
      named = "motcua.crashRun",
      matches = "true",
      disabledReason =
          "opt-in (-Dmotcua.crashRun=true): on H2 it has failed intermittently, see docs/portal.md")
  void killedDispatchers_loseNothing_andDuplicateNothing() throws Exception {
    Path database = Path.of("target", "h2", "outbox-crash-" + UUID.randomUUID()).toAbsolutePath();
    crashRun("h2:" + database);
  }

  /** Runs the crash run on {@code store} ({@code h2:<path>} or {@code pg:<schema>}). */
  static void crashRun(String store) throws Exception {
    int size = Integer.getInteger("motcua.crashRun.size", DEFAULT_SIZE);
    int maxKills = Integer.getInteger("motcua.crashRun.kills", DEFAULT_KILLS);
    assertThat(size).isBetween(1, 9999);
    SplittableRandom random = new SplittableRandom(20250310L);
    try (StubPortal portal = StubPortal.builder().build().start()) {
      portal
          .faults()
          .schedule(
              FaultSchedule.random(
                  11L, 0.2, List.of(PortalFault.CONNECTION_RESET, PortalFault.HTTP_503)));
      List<String> codes = new ArrayList<>();
      try (Outbox outbox = OutboxCrashChild.open(store).build()) {
        Dossier template = PortalFixtures.acceptedDossier();
        for (int i = 1; i <= size; i++) {
          DossierCode code = DossierCode.parse(String.format("000.00.12.H01-250310-%04d", i));
          codes.add(code.value());
          outbox.submit(template.toBuilder().code(code).build());
        }
      }

      int kills = 0;
      for (int round = 0; round < maxKills && portal.dossierCodes().size() < size; round++) {
        Process child = child(store, portal);
        // Wait until this child is delivering, let it run a random while, then kill it without
        // warning (SIGKILL), most likely in the middle of sends and commits.
        int before = portal.dossierCodes().size();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (portal.dossierCodes().size() == before && System.nanoTime() < deadline) {
          assertThat(child.waitFor(20, TimeUnit.MILLISECONDS)).as("the child runs").isFalse();
        }
        assertThat(child.waitFor(random.nextInt(50, 600), TimeUnit.MILLISECONDS)).isFalse();
        child.destroyForcibly().waitFor();
        kills++;
      }

      long remaining;
      List<String> deadLetters = new ArrayList<>();
      try (HttpTransport transport = PortalFixtures.transport();
          DvcqgClient client = PortalFixtures.dvcqg(portal, transport).build()) {
        CountDownLatch[] latch = new CountDownLatch[1];
        try (Outbox outbox =
            OutboxCrashChild.open(store)
                .listener(
                    new OutboxListener() {
                      @Override
                      public void delivered(OutboxEntry entry) {
                        latch[0].countDown();
                      }
                    })
                .build()) {
          remaining = outbox.depth();
          latch[0] = new CountDownLatch((int) remaining);
          Dispatcher dispatcher =
              Dispatcher.builder(outbox, client)
                  .threads(2)
                  .pollInterval(Duration.ofMillis(50))
                  .retryPolicy(
                      RetryPolicy.builder()
                          .baseDelay(Duration.ofMillis(5))
                          .maxDelay(Duration.ofMillis(50))
                          .build())
                  .build();
          dispatcher.start();
          // Entries a killed child held come back when their 2 s leases expire.
          boolean drained = latch[0].await(2, TimeUnit.MINUTES);
          java.util.Map<String, Long> states = new java.util.TreeMap<>();
          if (!drained) {
            for (long id = 1; id <= size; id++) {
              outbox
                  .entry(id)
                  .ifPresent(
                      e ->
                          states.merge(
                              e.state() + "/" + e.lastErrorCode() + "/" + e.attempts(),
                              1L,
                              Long::sum));
            }
          }
          assertThat(drained)
              .as("drained; states %s, left %d", states, latch[0].getCount())
              .isTrue();
          dispatcher.stop(Duration.ofSeconds(10));
          assertThat(outbox.depth()).isZero();
          for (OutboxEntry d : outbox.deadLetters()) {
            deadLetters.add(
                d.dossierCode() + " " + d.lastErrorCode() + " attempts=" + d.attempts());
          }
        }
      }

      int lost = 0;
      int duplicated = 0;
      for (String code : codes) {
        int versions = portal.versions(code).size();
        lost += versions == 0 ? 1 : 0;
        duplicated += Math.max(0, versions - 1);
      }
      System.out.printf(
          "outbox crash run (%s): submitted=%d kills=%d leftForFinalDrain=%d lost=%d duplicated=%d"
              + " duplicatesSuppressed=%d faultsInjected=%d dead=%s%n",
          store.substring(0, 2),
          size,
          kills,
          remaining,
          lost,
          duplicated,
          portal.duplicatesSuppressed(),
          portal.faults().injected(),
          deadLetters);
      assertThat(kills).isPositive();
      assertThat(lost).isZero();
      assertThat(duplicated).isZero();
    }
  }

  private static Process child(String store, StubPortal portal) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            OutboxCrashChild.class.getName(),
            store,
            portal.dvcqgBaseUrl().toString(),
            portal.username(),
            portal.password())
        .redirectErrorStream(true)
        .redirectOutput(new File("target/outbox-crash-child.log"))
        .start();
  }
}
