package vn.motcua.dossier.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.internal.outbox.OutboxStoreFixtures.code;
import static vn.motcua.dossier.internal.outbox.OutboxStoreFixtures.insert;
import static vn.motcua.dossier.testing.Conditions.awaitCondition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.internal.outbox.OutboxStoreFixtures.CommitCounter;
import vn.motcua.dossier.internal.outbox.OutboxStoreFixtures.Submitter;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxStoreException;

/**
 * The outbox store's batched paths on PostgreSQL at 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}): a group of submissions inserted as one JDBC batch in one commit, and a pass's
 * outcomes recorded with the next claim, and purges in slices. Each test works in a schema of its
 * own. Skipped, with a message saying so, where no such server answers.
 */
class OutboxStorePostgresIntegrationTest {
  private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String CODE = "000.00.12.H01-250310-0001";

  private static boolean reachable;

  private final List<String> schemas = new ArrayList<>();
  private final CommitCounter counting = new CommitCounter();

  @BeforeAll
  static void probe() {
    try (Connection c = connect()) {
      reachable = c.isValid(3);
    } catch (SQLException e) {
      reachable = false;
    }
  }

  @BeforeEach
  void requirePostgres() {
    Assumptions.assumeTrue(
        reachable,
        "PostgreSQL not reachable at 127.0.0.1:5432 (database test, user postgres): skipping the"
            + " PostgreSQL outbox store tests");
  }

  private static Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    properties.setProperty("connectTimeout", "3");
    properties.setProperty("loginTimeout", "3");
    return DriverManager.getConnection(URL, properties);
  }

  /** A store in a fresh schema over connections that count their commits. */
  private OutboxStore store() throws SQLException {
    String schema = "motcua_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = connect();
        Statement ddl = c.createStatement()) {
      ddl.execute("CREATE SCHEMA " + schema);
    }
    schemas.add(schema);
    return new OutboxStore(
        counting.over(OutboxStorePostgresIntegrationTest::connect),
        schema,
        OutboxStore.DEFAULT_TABLE);
  }

  @AfterEach
  void dropSchemas() throws SQLException {
    if (!reachable) {
      return;
    }
    try (Connection c = connect();
        Statement ddl = c.createStatement()) {
      for (String schema : schemas) {
        ddl.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Test
  void submissionsArrivingDuringACommit_areInsertedAsOneBatch_inOneCommit() throws Exception {
    OutboxStore store = store();
    List<Submitter> later = new ArrayList<>();
    int before;
    try (Connection blocker = connect()) {
      // Holding this lock makes the first submitter's INSERT wait, with its group taken.
      blocker.setAutoCommit(false);
      try (Statement lock = blocker.createStatement()) {
        lock.execute("LOCK TABLE " + store.table() + " IN SHARE ROW EXCLUSIVE MODE");
      }
      before = counting.commits();
      later.add(Submitter.start(store, code(1)));
      // Its group (itself) taken, its INSERT waiting for the lock.
      awaitCondition(() -> store.groupCommitUnderWay() && store.waitingForCommit() == 0);
      for (int i = 2; i <= 6; i++) {
        later.add(Submitter.start(store, code(i)));
      }
      awaitCondition(() -> store.waitingForCommit() == 5);
      blocker.rollback();
    }

    List<OutboxEntry> entries = new ArrayList<>();
    for (Submitter s : later) {
      entries.add(s.result());
    }
    assertThat(entries).extracting(OutboxEntry::id).doesNotHaveDuplicates().hasSize(6);
    assertThat(entries).allSatisfy(e -> assertThat(store.find(e.id())).contains(e));
    assertThat(counting.commits() - before).isEqualTo(2);
  }

  @Test
  void aFailingEntryInABatch_failsOnlyItsOwnCaller() throws Exception {
    OutboxStore store = store();
    List<Submitter> good = new ArrayList<>();
    Submitter bad;
    try (Connection blocker = connect()) {
      blocker.setAutoCommit(false);
      try (Statement lock = blocker.createStatement()) {
        lock.execute("LOCK TABLE " + store.table() + " IN SHARE ROW EXCLUSIVE MODE");
      }
      good.add(Submitter.start(store, code(1)));
      // Its group (itself) taken, its INSERT waiting for the lock.
      awaitCondition(() -> store.groupCommitUnderWay() && store.waitingForCommit() == 0);
      good.add(Submitter.start(store, code(2)));
      bad = Submitter.start(store, "X".repeat(60)); // longer than dossier_code
      good.add(Submitter.start(store, code(3)));
      awaitCondition(() -> store.waitingForCommit() == 3);
      blocker.rollback();
    }

    assertThatThrownBy(bad::result)
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("the submission is not recorded");
    for (Submitter s : good) {
      assertThat(store.find(s.result().id())).isPresent();
    }
    assertThat(store.depth()).isEqualTo(3);
  }

  @Test
  void completeAndClaim_recordsTheOutcomesFirst_thenClaims_inOneCommit() throws Exception {
    OutboxStore store = store();
    OutboxEntry dossier = insert(store, CODE, 1_000);
    OutboxEntry step = insert(store, CODE, 1_000);
    OutboxEntry other = insert(store, code(2), 1_000);
    assertThat(store.claim(10, "a", 1_000, 9_000))
        .extracting(c -> c.entry().id())
        .containsExactly(dossier.id(), other.id());
    int before = counting.commits();

    OutboxStore.Recorded done =
        store.completeAndClaim(
            List.of(
                new OutboxStore.Outcome(
                    dossier.id(), "a", EntryState.DELIVERED, 1_100, 1_100, null),
                new OutboxStore.Outcome(
                    other.id(), "a", EntryState.PENDING, 5_000, 1_100, "portal.unavailable")),
            10,
            "b",
            1_100,
            9_000);

    assertThat(done.recorded()).containsExactly(true, true);
    assertThat(done.claimed())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.entry().id()).isEqualTo(step.id());
              assertThat(c.entry()).isEqualTo(store.find(step.id()).orElseThrow());
            });
    assertThat(counting.commits() - before).isEqualTo(1);
    assertThat(store.find(other.id()).orElseThrow().lastErrorCode())
        .isEqualTo("portal.unavailable");
  }

  @Test
  void purge_deletesOldDeliveredEntriesInSlices_keepingEveryOtherState_andTheOrder()
      throws Exception {
    OutboxStore store = store();
    List<OutboxEntry> delivered = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      delivered.add(insert(store, code(i), 1_000));
    }
    OutboxEntry dead = insert(store, code(6), 1_000);
    OutboxEntry inFlight = insert(store, code(7), 1_000);
    OutboxEntry recent = insert(store, code(8), 1_000);
    assertThat(store.claim(10, "a", 1_000, 9_000)).hasSize(8);
    OutboxEntry step = insert(store, code(1), 1_000); // a later step of the first dossier
    for (OutboxEntry e : delivered) {
      assertThat(store.delivered(e.id(), "a", 1_100)).isTrue();
    }
    assertThat(store.dead(dead.id(), "a", "portal.rejected", 1_100)).isTrue();
    assertThat(store.delivered(recent.id(), "a", 3_000)).isTrue();
    int before = counting.commits();

    assertThat(store.purge(EntryState.DELIVERED, 2_000, 2)).isEqualTo(5);

    assertThat(counting.commits() - before).isEqualTo(3); // 2, 2, then 1
    assertThat(delivered).allSatisfy(e -> assertThat(store.find(e.id())).isEmpty());
    assertThat(store.find(dead.id()).orElseThrow().state()).isEqualTo(EntryState.DEAD);
    assertThat(store.find(inFlight.id()).orElseThrow().state()).isEqualTo(EntryState.IN_FLIGHT);
    assertThat(store.find(recent.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(store.find(step.id()).orElseThrow().state()).isEqualTo(EntryState.PENDING);

    assertThat(store.purge(EntryState.DEAD, 2_000)).isEqualTo(1);
    assertThat(store.find(dead.id())).isEmpty();
    assertThat(store.find(inFlight.id())).isPresent();

    // The dossier's row is gone; its step is claimed and delivered as usual.
    assertThat(store.claim(10, "b", 2_000, 9_000))
        .extracting(c -> c.entry().id())
        .containsExactly(step.id());
    assertThat(store.delivered(step.id(), "b", 2_100)).isTrue();
  }

  @Test
  void aPassWhoseCommitFailedAfterTakingEffect_hasItsOutcomesRecognised_andItsClaimsReleased()
      throws Exception {
    OutboxStore store = store();
    OutboxEntry first = insert(store, code(1), 1_000);
    OutboxEntry step = insert(store, code(1), 1_000);
    OutboxEntry other = insert(store, code(2), 1_000);
    assertThat(store.claim(1, "p1", 1_000, 60_000)).hasSize(1);
    List<OutboxStore.Outcome> delivered =
        List.of(
            new OutboxStore.Outcome(first.id(), "p1", EntryState.DELIVERED, 1_100, 1_100, null));
    counting.failNextCommit(CommitCounter.CommitFault.AFTER_COMMITTING, false, "08006");

    assertThatThrownBy(() -> store.completeAndClaim(delivered, 10, "p2", 1_100, 60_000))
        .isInstanceOf(OutboxStoreException.class);

    // The step and the other dossier, claimed by the failed pass, are back and due already.
    assertThat(store.releaseClaims("p2", 1_200)).isZero();
    assertThat(store.find(step.id()).orElseThrow().state()).isEqualTo(EntryState.PENDING);
    assertThat(store.find(other.id()).orElseThrow().attempts()).isZero();
    assertThat(store.complete(delivered)).containsExactly(true);
    assertThat(store.claim(10, "p3", 1_100, 60_000))
        .extracting(c -> c.entry().id())
        .containsExactly(step.id(), other.id());
  }
}
