package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * N submissions to an embedded (H2) outbox, drained by a dispatcher in a child JVM that is killed
 * with SIGKILL ({@link Process#destroyForcibly()}) at random points and restarted; then drained to
 * the end here. Afterwards every dossier is stored exactly once, and after every kill the H2 file
 * came back with its index in step with the rows. N is {@value #DEFAULT_SIZE} with {@value
 * #DEFAULT_KILLS} kills by default; {@code -Dmotcua.crashRun.size=1000 -Dmotcua.crashRun.kills=20}
 * runs the full size.
 */
class OutboxCrashRunFunctionalTest {
  static final int DEFAULT_SIZE = 100;
  static final int DEFAULT_KILLS = 3;

  @Test
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
    long started = System.nanoTime();
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

      long submitted = System.nanoTime();
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
        if (store.startsWith("h2:")) {
          assertH2IndexInStep(store.substring(3));
        }
      }

      long killed = System.nanoTime();
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
                  .threads(4)
                  .pollInterval(Duration.ofMillis(50))
                  .retryPolicy(
                      RetryPolicy.builder()
                          .baseDelay(Duration.ofMillis(5))
                          .maxDelay(Duration.ofMillis(50))
                          .build())
                  .build();
          dispatcher.start();
          try {
            // Entries a killed child held come back when their 2 s leases expire. The bound only
            // ends a run that stopped making progress; it grows with the size for slow machines.
            boolean drained = latch[0].await(Math.max(2, size / 50), TimeUnit.MINUTES);
            Map<String, Long> states = new TreeMap<>();
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
          } finally {
            dispatcher.stop(Duration.ofSeconds(10));
          }
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
              + " duplicatesSuppressed=%d faultsInjected=%d dead=%s seconds: submit=%d kills=%d"
              + " drain=%d%n",
          store.substring(0, 2),
          size,
          kills,
          remaining,
          lost,
          duplicated,
          portal.duplicatesSuppressed(),
          portal.faults().injected(),
          deadLetters,
          TimeUnit.NANOSECONDS.toSeconds(submitted - started),
          TimeUnit.NANOSECONDS.toSeconds(killed - submitted),
          TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - killed));
      assertThat(kills).isPositive();
      assertThat(lost).isZero();
      assertThat(duplicated).isZero();
    }
  }

  /**
   * Opens the H2 file as the next process would and counts the undelivered entries through the
   * table and through the {@code (state, next_attempt_at, id)} index: a half-written commit shows
   * as a difference (the outbox would rebuild the index, but it must not have to).
   */
  private static void assertH2IndexInStep(String database) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + database + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
        Statement select = c.createStatement()) {
      Map<String, Long> byRows = new TreeMap<>();
      Map<String, Long> byIndex = new TreeMap<>();
      for (String state : List.of("PENDING", "IN_FLIGHT", "DELIVERED", "DEAD")) {
        byRows.put(state, count(select, "()", state));
        byIndex.put(state, count(select, "(" + Outbox.DEFAULT_TABLE + "_claim)", state));
      }
      assertThat(byIndex).as("entries per state through the index, after a kill").isEqualTo(byRows);
    }
  }

  private static long count(Statement select, String useIndex, String state) throws Exception {
    try (ResultSet rows =
        select.executeQuery(
            "SELECT COUNT(*) FROM "
                + Outbox.DEFAULT_TABLE
                + " USE INDEX "
                + useIndex
                + " WHERE state = '"
                + state
                + "'")) {
      rows.next();
      return rows.getLong(1);
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
