package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
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
 * The outbox on PostgreSQL at 127.0.0.1:5432 (database {@code test}, user {@code postgres}), with
 * two outboxes and dispatchers on one table, as two application instances would run. Each run works
 * in a schema of its own, dropped at the end; skipped with a message where no server answers.
 */
class OutboxPostgresIntegrationTest {
  private static final String SCHEMA =
      "motcua_outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private static final PGSimpleDataSource DATA_SOURCE = new PGSimpleDataSource();
  private static boolean reachable;

  static {
    DATA_SOURCE.setServerNames(new String[] {"127.0.0.1"});
    DATA_SOURCE.setPortNumbers(new int[] {5432});
    DATA_SOURCE.setDatabaseName("test");
    DATA_SOURCE.setUser("postgres");
    DATA_SOURCE.setConnectTimeout(3);
    DATA_SOURCE.setLoginTimeout(3);
  }

  @BeforeAll
  static void createSchema() {
    try (Connection c = DATA_SOURCE.getConnection();
        Statement ddl = c.createStatement()) {
      ddl.execute("CREATE SCHEMA " + SCHEMA);
      reachable = true;
    } catch (SQLException e) {
      reachable = false;
    }
  }

  @AfterAll
  static void dropSchema() {
    try (Connection c = DATA_SOURCE.getConnection();
        Statement ddl = c.createStatement()) {
      ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    } catch (SQLException e) {
      // Not reachable: nothing was created.
    }
  }

  @BeforeEach
  void requirePostgres() {
    Assumptions.assumeTrue(
        reachable,
        "PostgreSQL not reachable at 127.0.0.1:5432 (database test, user postgres): skipping the"
            + " PostgreSQL outbox tests");
  }

  @Test
  void twoInstances_deliverEveryEntryExactlyOnce() throws Exception {
    Run run = run("outbox_once", 200, null);

    assertThat(run.lost).isZero();
    assertThat(run.duplicated).isZero();
    // No faults: every key was sent exactly once, so no entry was claimed twice.
    assertThat(run.attemptsPerKey).containsOnly(1);
    assertThat(run.deliveredIds).hasSize(200);
    assertThat(run.bothDelivered).isTrue();
  }

  @Test
  void twoInstances_underMixedFaults_loseNothing_andDuplicateNothing() throws Exception {
    Run run =
        run(
            "outbox_faults",
            Integer.getInteger("motcua.faultRun.postgresSize", 200),
            FaultSchedule.random(
                7L,
                0.3,
                List.of(
                    PortalFault.CONNECTION_RESET,
                    PortalFault.HTTP_503,
                    PortalFault.RATE_LIMITED,
                    PortalFault.SESSION_EXPIRED,
                    PortalFault.EMPTY_RESPONSE)));

    assertThat(run.faults).isPositive();
    assertThat(run.lost).isZero();
    assertThat(run.duplicated).isZero();
  }

  @Test
  void killedDispatchers_onPostgres_loseNothing_andDuplicateNothing() throws Exception {
    try (Connection c = DATA_SOURCE.getConnection();
        Statement ddl = c.createStatement()) {
      ddl.execute("CREATE SCHEMA " + SCHEMA + "_crash");
    }
    try {
      OutboxCrashRunFunctionalTest.crashRun("pg:" + SCHEMA + "_crash");
    } finally {
      try (Connection c = DATA_SOURCE.getConnection();
          Statement ddl = c.createStatement()) {
        ddl.execute("DROP SCHEMA IF EXISTS " + SCHEMA + "_crash CASCADE");
      }
    }
  }

  /** Returns the data source of the PostgreSQL the tests use. */
  static PGSimpleDataSource dataSource() {
    return DATA_SOURCE;
  }

  private static final class Run {
    int lost;
    int duplicated;
    long faults;
    boolean bothDelivered;
    final List<Integer> attemptsPerKey = new ArrayList<>();
    final Set<Long> deliveredIds = ConcurrentHashMap.newKeySet();
  }

  private Run run(String table, int size, FaultSchedule schedule) throws Exception {
    Run run = new Run();
    CountDownLatch delivered = new CountDownLatch(size);
    AtomicInteger byFirst = new AtomicInteger();
    AtomicInteger bySecond = new AtomicInteger();
    try (StubPortal portal = StubPortal.builder().build().start();
        HttpTransport transport = PortalFixtures.transport();
        DvcqgClient client = PortalFixtures.dvcqg(portal, transport).build();
        Outbox first = outbox(table, run, delivered, byFirst);
        Outbox second = outbox(table, run, delivered, bySecond)) {
      if (schedule != null) {
        portal.faults().schedule(schedule);
      }
      Dispatcher one = dispatcher(first, client);
      Dispatcher two = dispatcher(second, client);
      one.start();
      two.start();
      Dossier template = PortalFixtures.acceptedDossier();
      List<OutboxEntry> entries = new ArrayList<>();
      for (int i = 1; i <= size; i++) {
        Dossier dossier =
            template.toBuilder()
                .code(DossierCode.parse(String.format("000.00.12.H01-250310-%04d", i)))
                .build();
        entries.add((i % 2 == 0 ? first : second).submit(dossier));
      }
      boolean drained = delivered.await(5, TimeUnit.MINUTES);
      one.stop(Duration.ofSeconds(30));
      two.stop(Duration.ofSeconds(30));
      assertThat(drained).as("all %d entries delivered", size).isTrue();
      for (OutboxEntry entry : entries) {
        int versions = portal.versions(entry.dossierCode()).size();
        run.lost += versions == 0 ? 1 : 0;
        run.duplicated += Math.max(0, versions - 1);
        run.attemptsPerKey.add(portal.attempts(entry.idempotencyKey()));
      }
      run.faults = portal.faults().injected();
      run.bothDelivered = byFirst.get() > 0 && bySecond.get() > 0;
      assertThat(first.depth()).isZero();
    }
    return run;
  }

  private static Outbox outbox(
      String table, Run run, CountDownLatch delivered, AtomicInteger count) {
    return Outbox.builder(DATA_SOURCE)
        .schema(SCHEMA)
        .tableName(table)
        .listener(
            new OutboxListener() {
              @Override
              public void delivered(OutboxEntry entry) {
                count.incrementAndGet();
                if (run.deliveredIds.add(entry.id())) {
                  delivered.countDown();
                }
              }
            })
        .build();
  }

  private static Dispatcher dispatcher(Outbox outbox, DvcqgClient client) {
    return Dispatcher.builder(outbox, client)
        .threads(2)
        .batchSize(5)
        .pollInterval(Duration.ofMillis(20))
        .retryPolicy(
            RetryPolicy.builder()
                .baseDelay(Duration.ofMillis(5))
                .maxDelay(Duration.ofMillis(50))
                .build())
        .build();
  }
}
