package vn.motcua.dossier.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.internal.outbox.OutboxStoreFixtures.code;
import static vn.motcua.dossier.testing.Conditions.awaitCondition;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.internal.outbox.OutboxStoreFixtures.CommitCounter;
import vn.motcua.dossier.internal.outbox.OutboxStoreFixtures.Submitter;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxStoreException;

class OutboxStoreTest {
  private static final String CODE = "000.00.12.H01-250310-0001";

  JdbcConnectionPool pool;
  OutboxStore store;

  Path file;

  @BeforeEach
  void open() {
    file = Path.of("target", "h2", "outbox-store-" + UUID.randomUUID());
    pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
    store = new OutboxStore(pool, null, OutboxStore.DEFAULT_TABLE);
  }

  @AfterEach
  void close() {
    pool.dispose();
  }

  private OutboxEntry insert(String code, long now) {
    return OutboxStoreFixtures.insert(store, code, now);
  }

  @Test
  void claim_takesAnEntryOnce_untilItsLeaseExpires_thenGivesItBack() {
    OutboxEntry entry = insert(CODE, 1_000);

    List<OutboxStore.Claimed> first = store.claim(10, "a", 1_000, 2_000);
    assertThat(first).extracting(c -> c.entry().id()).containsExactly(entry.id());
    assertThat(first.get(0).entry().state()).isEqualTo(EntryState.IN_FLIGHT);
    assertThat(store.claim(10, "b", 1_500, 2_500)).isEmpty();

    List<OutboxStore.Claimed> again = store.claim(10, "c", 2_000, 3_000);
    assertThat(again).extracting(c -> c.entry().attempts()).containsExactly(2);
    // The first claimer's late outcome no longer counts.
    assertThat(store.delivered(entry.id(), "a", 2_100)).isFalse();
    assertThat(store.delivered(entry.id(), "c", 2_100)).isTrue();
    assertThat(store.find(entry.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
  }

  @Test
  void anExpiredLease_comesBackWithinAQuarterLease_evenWhileClaimsComeEveryMillisecond() {
    OutboxEntry entry = insert(CODE, 0);
    assertThat(store.claim(10, "a", 0, 400)).hasSize(1); // lease 400 ms: released every 100 ms

    long back = -1;
    for (long now = 1; now <= 1_000 && back < 0; now++) {
      if (!store.claim(10, "t" + now, now, now + 400).isEmpty()) {
        back = now;
      }
    }

    assertThat(back).isBetween(400L, 500L);
    assertThat(store.find(entry.id()).orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void claim_takesABatchInOrder_andCompleteRecordsEachOutcome_skippingLostClaims() {
    OutboxEntry a = insert(CODE, 1_000);
    OutboxEntry b = insert("000.00.12.H01-250310-0002", 1_000);
    OutboxEntry c = insert("000.00.12.H01-250310-0003", 1_000);
    OutboxEntry later = insert(CODE, 1_000);

    List<OutboxStore.Claimed> batch = store.claim(10, "t", 1_000, 5_000);
    // The dossier's second entry waits for its first.
    assertThat(batch).extracting(x -> x.entry().id()).containsExactly(a.id(), b.id(), c.id());
    assertThat(batch).allSatisfy(x -> assertThat(x.payload()).isNotEmpty());

    List<Boolean> recorded =
        store.complete(
            List.of(
                new OutboxStore.Outcome(a.id(), "t", EntryState.DELIVERED, 1_100, 1_100, null),
                new OutboxStore.Outcome(b.id(), "lost", EntryState.DELIVERED, 1_100, 1_100, null),
                new OutboxStore.Outcome(
                    c.id(), "t", EntryState.PENDING, 9_000, 1_100, "portal.unavailable")));
    assertThat(recorded).containsExactly(true, false, true);
    assertThat(store.find(a.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(store.find(b.id()).orElseThrow().state()).isEqualTo(EntryState.IN_FLIGHT);
    OutboxEntry retried = store.find(c.id()).orElseThrow();
    assertThat(retried.state()).isEqualTo(EntryState.PENDING);
    assertThat(retried.lastErrorCode()).isEqualTo("portal.unavailable");

    assertThat(store.claim(10, "u", 1_200, 5_200))
        .extracting(x -> x.entry().id())
        .containsExactly(later.id());
  }

  @Test
  void outcomesWhoseCommitFailedAfterTakingEffect_countAsRecordedWhenOfferedAgain() {
    OutboxEntry a = insert(CODE, 1_000);
    OutboxEntry b = insert("000.00.12.H01-250310-0002", 1_000);
    assertThat(store.claim(10, "t", 1_000, 5_000)).hasSize(2);
    CommitCounter faulty = new CommitCounter();
    OutboxStore failing =
        new OutboxStore(faulty.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    List<OutboxStore.Outcome> outcomes =
        List.of(
            new OutboxStore.Outcome(a.id(), "t", EntryState.DELIVERED, 1_100, 1_100, null),
            new OutboxStore.Outcome(
                b.id(), "t", EntryState.PENDING, 9_000, 1_100, "portal.unavailable"));
    faulty.failNextCommit(CommitCounter.CommitFault.AFTER_COMMITTING, false);

    assertThatThrownBy(() -> failing.complete(outcomes)).isInstanceOf(OutboxStoreException.class);

    assertThat(store.complete(outcomes)).containsExactly(true, true);
    // Not the outcomes those claims recorded: another claim's, another state.
    assertThat(
            store.complete(
                List.of(
                    new OutboxStore.Outcome(a.id(), "u", EntryState.DELIVERED, 1_100, 1_100, null),
                    new OutboxStore.Outcome(b.id(), "t", EntryState.DEAD, 1_100, 1_100, "x"))))
        .containsExactly(false, false);
    assertThat(store.find(a.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(store.find(b.id()).orElseThrow().lastErrorCode()).isEqualTo("portal.unavailable");
  }

  @Test
  void releaseClaims_returnsThePassesOwnClaimsToPending_dueAtOnce() {
    OutboxEntry a = insert(CODE, 1_000);
    OutboxEntry b = insert("000.00.12.H01-250310-0002", 1_000);
    assertThat(store.claim(1, "mine", 1_000, 60_000)).hasSize(1);
    assertThat(store.claim(1, "theirs", 1_000, 60_000)).hasSize(1);

    assertThat(store.releaseClaims("mine", 2_000)).isEqualTo(1);

    OutboxEntry released = store.find(a.id()).orElseThrow();
    assertThat(released.state()).isEqualTo(EntryState.PENDING);
    assertThat(released.nextAttemptAt().toEpochMilli()).isEqualTo(2_000);
    assertThat(released.attempts()).as("the claim nobody sent is not an attempt").isZero();
    assertThat(store.find(b.id()).orElseThrow().state()).isEqualTo(EntryState.IN_FLIGHT);
    assertThat(store.releaseClaims("mine", 2_000)).isZero();
    assertThat(store.claim(10, "next", 2_000, 60_000))
        .extracting(c -> c.entry().id())
        .containsExactly(a.id());
  }

  @Test
  void aCommitThatFailsAfterTakingEffect_answersTheSubmissionAsRecorded() {
    CommitCounter faulty = new CommitCounter();
    OutboxStore store =
        new OutboxStore(faulty.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    faulty.failNextCommit(CommitCounter.CommitFault.AFTER_COMMITTING, false);

    OutboxEntry entry = OutboxStoreFixtures.insert(store, CODE, 1_000);

    assertThat(this.store.find(entry.id())).hasValueSatisfying(e -> e.dossierCode().equals(CODE));
    assertThat(this.store.ofDossier(CODE)).hasSize(1);
  }

  @Test
  void aCommitThatFailsWithoutTakingEffect_answersNotRecorded() {
    CommitCounter faulty = new CommitCounter();
    OutboxStore store =
        new OutboxStore(faulty.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    faulty.failNextCommit(CommitCounter.CommitFault.INSTEAD_OF_COMMITTING, false);

    assertThatThrownBy(() -> OutboxStoreFixtures.insert(store, CODE, 1_000))
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("the submission is not recorded");
    assertThat(this.store.ofDossier(CODE)).isEmpty();
  }

  @Test
  void aFailedCommit_isCheckedOnceItsConnectionIsBack_soAPoolOfOneDoesNotWaitForItself() {
    vn.motcua.dossier.internal.jdbc.EmbeddedDataSource one =
        vn.motcua.dossier.internal.jdbc.EmbeddedDataSource.open(
            "jdbc:h2:file:" + file.toAbsolutePath(), 1, java.time.Duration.ofSeconds(20));
    try {
      CommitCounter faulty = new CommitCounter();
      OutboxStore store =
          new OutboxStore(faulty.over(one::getConnection), null, OutboxStore.DEFAULT_TABLE);
      faulty.failNextCommit(CommitCounter.CommitFault.AFTER_COMMITTING, false);

      OutboxEntry entry = OutboxStoreFixtures.insert(store, CODE, 1_000);

      assertThat(this.store.find(entry.id())).isPresent();
    } finally {
      one.close();
    }
  }

  @Test
  void aCommitLostWithItsConnection_andNotFound_isUnknown_notNotRecorded() {
    CommitCounter faulty = new CommitCounter();
    OutboxStore store =
        new OutboxStore(faulty.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    // PostgreSQL may still complete a commit whose client lost the connection (SQLState 08xxx).
    faulty.failNextCommit(CommitCounter.CommitFault.INSTEAD_OF_COMMITTING, false, "08006");

    assertThatThrownBy(() -> OutboxStoreFixtures.insert(store, CODE, 1_000))
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("whether it was recorded is unknown")
        .hasMessageNotContaining("is not recorded");
  }

  @Test
  void aFailedCommitThatCannotBeChecked_saysTheOutcomeIsUnknown() {
    CommitCounter faulty = new CommitCounter();
    OutboxStore store =
        new OutboxStore(faulty.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    faulty.failNextCommit(CommitCounter.CommitFault.AFTER_COMMITTING, true);

    assertThatThrownBy(() -> OutboxStoreFixtures.insert(store, CODE, 1_000))
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("whether it was recorded is unknown")
        .hasMessageNotContaining("is not recorded");
    assertThat(this.store.ofDossier(CODE)).hasSize(1); // it was, as it happens
  }

  @Test
  void aCheckAfterAFailedCommit_runsEvenForAnInterruptedCaller_andKeepsTheInterrupt()
      throws Exception {
    CommitCounter faulty = new CommitCounter();
    OutboxStore store =
        new OutboxStore(faulty.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    faulty.failNextCommit(CommitCounter.CommitFault.AFTER_COMMITTING, false);
    faulty.holdCommits();
    OutboxStoreFixtures.Submitter submitter = OutboxStoreFixtures.Submitter.start(store, CODE);
    vn.motcua.dossier.testing.Conditions.awaitCondition(() -> faulty.heldCommits() == 1);
    submitter.thread.interrupt(); // interrupted inside its commit, which then fails
    faulty.releaseCommits();

    OutboxEntry entry = submitter.result();
    assertThat(this.store.find(entry.id())).isPresent();
    assertThat(submitter.interruptedAfter).isTrue();
  }

  @Test
  void completeAndClaim_recordsTheOutcomesFirst_thenClaims_inOneCommit() {
    CommitCounter counting = new CommitCounter();
    OutboxStore counted =
        new OutboxStore(counting.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    OutboxEntry dossier = insert(CODE, 1_000);
    OutboxEntry step = insert(CODE, 1_000);
    OutboxEntry other = insert("000.00.12.H01-250310-0002", 1_000);
    assertThat(counted.claim(10, "a", 1_000, 9_000))
        .extracting(c -> c.entry().id())
        .containsExactly(dossier.id(), other.id());
    int before = counting.commits();

    OutboxStore.Recorded done =
        counted.completeAndClaim(
            List.of(
                new OutboxStore.Outcome(
                    dossier.id(), "a", EntryState.DELIVERED, 1_100, 1_100, null),
                new OutboxStore.Outcome(
                    other.id(), "lost", EntryState.DELIVERED, 1_100, 1_100, null)),
            10,
            "b",
            1_100,
            9_000);

    assertThat(done.recorded()).containsExactly(true, false);
    // The dossier's step was held back by the dossier; delivered in this transaction, it is due.
    assertThat(done.claimed()).extracting(c -> c.entry().id()).containsExactly(step.id());
    assertThat(counting.commits() - before).isEqualTo(1);
    assertThat(counted.find(dossier.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(counted.find(other.id()).orElseThrow().state()).isEqualTo(EntryState.IN_FLIGHT);
  }

  @Test
  void claim_holdsBackLaterEntriesOfADossier_untilTheEarlierOneIsDone() {
    OutboxEntry dossier = insert(CODE, 1_000);
    OutboxEntry step = insert(CODE, 1_000);
    OutboxEntry other = insert("000.00.12.H01-250310-0002", 1_000);

    List<OutboxStore.Claimed> first = store.claim(10, "a", 1_000, 9_000);
    assertThat(first).extracting(c -> c.entry().id()).containsExactly(dossier.id(), other.id());

    store.retryLater(dossier.id(), "a", 5_000, "portal.unavailable", 1_000);
    assertThat(store.claim(10, "b", 4_000, 9_000)).isEmpty();
    assertThat(store.claim(10, "c", 5_000, 9_000))
        .extracting(c -> c.entry().id())
        .containsExactly(dossier.id());
    store.delivered(dossier.id(), "c", 5_000);
    assertThat(store.claim(10, "d", 5_000, 9_000))
        .extracting(c -> c.entry().id())
        .containsExactly(step.id());
  }

  @Test
  void deadEntries_areListed_andResubmittedOnlyWhenDead() {
    OutboxEntry entry = insert(CODE, 1_000);
    store.claim(10, "a", 1_000, 9_000);
    store.dead(entry.id(), "a", "portal.rejected", 1_100);

    assertThat(store.inState(EntryState.DEAD, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.lastErrorCode()).isEqualTo("portal.rejected"));
    assertThat(store.depth()).isZero();
    assertThat(store.resubmit(entry.id(), 1_200, null)).isTrue();
    assertThat(store.resubmit(entry.id(), 1_200, null)).isFalse();
    assertThat(store.depth()).isEqualTo(1);
    assertThat(store.oldestUndeliveredCreatedAt()).isEqualTo(1_000);
  }

  @Test
  void reopening_keepsTheSchemaVersion_andTheEntries() {
    OutboxEntry entry = insert(CODE, 1_000);
    OutboxStore again = new OutboxStore(pool, null, OutboxStore.DEFAULT_TABLE);
    assertThat(again.find(entry.id())).contains(entry);
  }

  @Test
  void aVersion3Table_isUpgraded_toTheClaimIndex_keepingItsEntries() throws Exception {
    Path file = Path.of("target", "h2", "outbox-v3-" + UUID.randomUUID());
    JdbcConnectionPool old =
        JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
    try {
      try (java.sql.Connection c = old.getConnection();
          java.sql.Statement ddl = c.createStatement()) {
        // The table as versions 1 to 3 left it, with one entry waiting.
        ddl.execute(
            "CREATE TABLE motcua_outbox (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                + " dossier_code VARCHAR(35) NOT NULL, kind VARCHAR(16) NOT NULL,"
                + " payload VARBINARY NOT NULL, idempotency_key VARCHAR(255) NOT NULL,"
                + " state VARCHAR(16) NOT NULL, attempts INTEGER NOT NULL,"
                + " next_attempt_at BIGINT NOT NULL, claim_token VARCHAR(36),"
                + " claim_expires_at BIGINT, last_error_code VARCHAR(64),"
                + " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)");
        ddl.execute("CREATE INDEX motcua_outbox_due ON motcua_outbox (state, next_attempt_at)");
        ddl.execute("CREATE INDEX motcua_outbox_dossier ON motcua_outbox (dossier_code, id)");
        ddl.execute(
            "CREATE TABLE motcua_schema_version (name VARCHAR(128) PRIMARY KEY,"
                + " version INTEGER NOT NULL)");
        ddl.execute("INSERT INTO motcua_schema_version VALUES ('motcua_outbox', 3)");
        ddl.execute(
            "INSERT INTO motcua_outbox (dossier_code, kind, payload, idempotency_key, state,"
                + " attempts, next_attempt_at, created_at, updated_at) VALUES ('"
                + CODE
                + "', 'DOSSIER', X'7B7D', 'k', 'PENDING', 0, 1000, 1000, 1000)");
      }

      OutboxStore upgraded = new OutboxStore(old, null, OutboxStore.DEFAULT_TABLE);

      try (java.sql.Connection c = old.getConnection();
          java.sql.Statement select = c.createStatement()) {
        List<String> indexes = new ArrayList<>();
        try (java.sql.ResultSet rows =
            select.executeQuery(
                "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME ="
                    + " 'MOTCUA_OUTBOX' ORDER BY INDEX_NAME")) {
          while (rows.next()) {
            indexes.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
          }
        }
        assertThat(indexes)
            .contains("motcua_outbox_claim", "motcua_outbox_dossier")
            .doesNotContain("motcua_outbox_due");
        try (java.sql.ResultSet rows =
            select.executeQuery(
                "SELECT version FROM motcua_schema_version WHERE name = 'motcua_outbox'")) {
          rows.next();
          assertThat(rows.getInt(1)).isEqualTo(6);
        }
      }
      assertThat(upgraded.claim(10, "a", 1_000, 2_000))
          .singleElement()
          .satisfies(c -> assertThat(c.entry().dossierCode()).isEqualTo(CODE));
    } finally {
      old.dispose();
    }
  }

  @Test
  void dueIndex_inStepWithTheRows_isLeftAlone_andEntriesStayClaimable() {
    OutboxEntry entry = insert(CODE, 1_000);
    store.claim(10, "a", 1_000, 2_000);

    assertThat(store.repairDueIndex()).isFalse();
    assertThat(new OutboxStore(pool, null, OutboxStore.DEFAULT_TABLE).repairDueIndex()).isFalse();
    assertThat(store.claim(10, "b", 2_000, 3_000))
        .extracting(c -> c.entry().id())
        .containsExactly(entry.id());
  }

  @Test
  void dueIndex_missingOnOpen_isCreatedAgain() throws Exception {
    OutboxEntry entry = insert(CODE, 1_000);
    try (java.sql.Connection c = pool.getConnection();
        java.sql.Statement ddl = c.createStatement()) {
      ddl.execute("DROP INDEX motcua_outbox_claim");
    }

    assertThat(store.repairDueIndex()).isTrue();
    assertThat(store.repairDueIndex()).isFalse();
    assertThat(store.claim(10, "a", 1_000, 2_000))
        .extracting(c -> c.entry().id())
        .containsExactly(entry.id());
  }

  @Test
  void claim_returnsEachEntryAsItIsNowStored() {
    OutboxEntry entry = insert(CODE, 1_000);
    store.claim(10, "a", 1_000, 1_500);
    store.retryLater(entry.id(), "a", 2_000, "portal.unavailable", 1_200);

    List<OutboxStore.Claimed> claimed = store.claim(10, "b", 2_000, 9_000);

    assertThat(claimed)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.entry()).isEqualTo(store.find(entry.id()).orElseThrow());
              assertThat(c.entry().attempts()).isEqualTo(2);
              assertThat(c.entry().lastErrorCode()).isEqualTo("portal.unavailable");
              assertThat(c.token()).isEqualTo("b");
              assertThat(new String(c.payload(), StandardCharsets.UTF_8)).isEqualTo("{}");
            });
  }

  @Test
  void submissionsArrivingDuringACommit_areCommittedTogether_inOneTransaction() throws Exception {
    CommitCounter counting = new CommitCounter();
    OutboxStore grouped =
        new OutboxStore(counting.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    List<Submitter> later = new ArrayList<>();
    int commitsBefore = counting.commits();
    Submitter first;
    counting.holdCommits(); // the first submitter's commit waits inside commit(), its group taken
    try {
      first = Submitter.start(grouped, code(1));
      awaitCondition(() -> counting.heldCommits() == 1);
      for (int i = 2; i <= 9; i++) {
        later.add(Submitter.start(grouped, code(i)));
      }
      awaitCondition(() -> grouped.waitingForCommit() == 8);
    } finally {
      counting.releaseCommits();
    }

    List<OutboxEntry> entries = new ArrayList<>();
    entries.add(first.result());
    for (Submitter s : later) {
      entries.add(s.result());
    }
    assertThat(entries).extracting(OutboxEntry::id).doesNotHaveDuplicates().hasSize(9);
    assertThat(entries).allSatisfy(e -> assertThat(grouped.find(e.id())).contains(e));
    // One commit for the first, one for the eight that waited meanwhile.
    assertThat(counting.commits() - commitsBefore).isEqualTo(2);
  }

  @Test
  void submissionsArrivingWhileAnotherWriteHoldsTheLock_joinTheFirstOnesCommit() throws Exception {
    CommitCounter counting = new CommitCounter();
    OutboxStore grouped =
        new OutboxStore(counting.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    List<Submitter> submitters = new ArrayList<>();
    int commitsBefore = counting.commits();
    OutboxStore.H2_WRITES.lock(); // as a dispatcher's claim would: the first submitter waits
    try {
      submitters.add(Submitter.start(grouped, code(1)));
      awaitCondition(grouped::groupCommitUnderWay);
      for (int i = 2; i <= 9; i++) {
        submitters.add(Submitter.start(grouped, code(i)));
      }
      // The group is taken only once the lock is free: all nine are still waiting.
      awaitCondition(() -> grouped.waitingForCommit() == 9);
    } finally {
      OutboxStore.H2_WRITES.unlock();
    }

    for (Submitter s : submitters) {
      assertThat(grouped.find(s.result().id())).isPresent();
    }
    assertThat(counting.commits() - commitsBefore).isEqualTo(1);
  }

  @Test
  void aGroupsLeader_waitsForASubmissionAnnouncedBeforeEncoding_andCommitsItToo() throws Exception {
    CommitCounter counting = new CommitCounter();
    OutboxStore grouped =
        new OutboxStore(counting.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    grouped.groupWait(TimeUnit.SECONDS.toNanos(60)); // longer than a Submitter's 30 s
    int commitsBefore = counting.commits();
    Submitter second;
    Submitter first;
    try (OutboxStore.Arrival announced = grouped.arrive()) {
      first = Submitter.start(grouped, code(1));
      // The leader has queued itself and waits for the announced one instead of committing.
      awaitCondition(() -> grouped.groupCommitUnderWay() && grouped.waitingForCommit() == 1);
      second = Submitter.start(grouped, announced, code(2));
      first.result();
      second.result();
    }

    assertThat(grouped.depth()).isEqualTo(2);
    assertThat(counting.commits() - commitsBefore).isEqualTo(1);
  }

  @Test
  void anAnnouncedSubmissionThatDoesNotCome_releasesTheWaitingLeader() throws Exception {
    store.groupWait(TimeUnit.SECONDS.toNanos(60)); // a lost wake-up fails the 30 s join below
    OutboxStore.Arrival announced = store.arrive();
    Submitter first = Submitter.start(store, code(1));
    awaitCondition(() -> store.groupCommitUnderWay() && store.waitingForCommit() == 1);
    // Encoding failed, say: the announcing caller closes its arrival without submitting.
    announced.close();

    assertThat(store.find(first.result().id())).isPresent();
  }

  @Test
  void afterAGroupOfThree_theNextLeaderWaitsForThreeAgain_andCommitsThemTogether()
      throws Exception {
    CommitCounter counting = new CommitCounter();
    OutboxStore grouped =
        new OutboxStore(counting.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    grouped.groupWait(TimeUnit.SECONDS.toNanos(60));
    List<Submitter> three = new ArrayList<>();
    OutboxStore.H2_WRITES.lock();
    try {
      for (int i = 1; i <= 3; i++) {
        three.add(Submitter.start(grouped, code(i)));
      }
      awaitCondition(() -> grouped.waitingForCommit() == 3);
    } finally {
      OutboxStore.H2_WRITES.unlock();
    }
    for (Submitter s : three) {
      s.result();
    }
    int commitsBefore = counting.commits();

    List<Submitter> next = new ArrayList<>();
    next.add(Submitter.start(grouped, code(4)));
    awaitCondition(() -> grouped.groupCommitUnderWay() && grouped.waitingForCommit() == 1);
    next.add(Submitter.start(grouped, code(5)));
    awaitCondition(() -> grouped.waitingForCommit() == 2);
    next.add(Submitter.start(grouped, code(6)));
    for (Submitter s : next) {
      assertThat(grouped.find(s.result().id())).isPresent();
    }

    assertThat(counting.commits() - commitsBefore).isEqualTo(1);
  }

  @Test
  void aCallerSubmittingAlone_isNotHeldForOthers() throws Exception {
    store.groupWait(TimeUnit.SECONDS.toNanos(60)); // a wait would fail the 30 s joins below
    for (int i = 1; i <= 3; i++) {
      assertThat(store.find(Submitter.start(store, code(i)).result().id())).isPresent();
    }
  }

  @Test
  void whenNoConnectionCanBeHad_everyCallerWaitingForTheGroup_getsTheFailure() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean broken =
        new java.util.concurrent.atomic.AtomicBoolean();
    CommitCounter counting = new CommitCounter();
    OutboxStore fragile =
        new OutboxStore(
            counting.over(
                () -> {
                  if (broken.get()) {
                    throw new java.sql.SQLException("refused", "08001");
                  }
                  return pool.getConnection();
                }),
            null,
            OutboxStore.DEFAULT_TABLE);
    List<Submitter> submitters = new ArrayList<>();
    counting.holdCommits();
    try {
      submitters.add(Submitter.start(fragile, code(1)));
      awaitCondition(() -> counting.heldCommits() == 1);
      broken.set(true); // the next leader finds no connection, before taking its group
      for (int i = 2; i <= 4; i++) {
        submitters.add(Submitter.start(fragile, code(i)));
      }
      awaitCondition(() -> fragile.waitingForCommit() == 3);
    } finally {
      counting.releaseCommits();
    }

    for (Submitter s : submitters.subList(1, 4)) {
      assertThatThrownBy(s::result)
          .isInstanceOf(OutboxStoreException.class)
          .hasMessageContaining("the submission is not recorded");
    }
    OutboxEntry first = submitters.get(0).result();
    broken.set(false);
    assertThat(fragile.find(first.id())).isPresent();
    assertThat(fragile.depth()).isEqualTo(1);
  }

  @Test
  void aFailingEntryInAGroup_failsOnlyItsOwnCaller_andNothingOfItIsRecorded() throws Exception {
    List<Submitter> later = new ArrayList<>();
    Submitter bad;
    OutboxStore.H2_WRITES.lock();
    try {
      Submitter.start(store, code(1));
      awaitCondition(store::groupCommitUnderWay);
      later.add(Submitter.start(store, code(2)));
      // Longer than the dossier_code column: this insert fails inside the group.
      bad = Submitter.start(store, "X".repeat(60));
      later.add(Submitter.start(store, code(3)));
      // The first one's group is taken once the lock is free: it waits with the three.
      awaitCondition(() -> store.waitingForCommit() == 4);
    } finally {
      OutboxStore.H2_WRITES.unlock();
    }

    assertThatThrownBy(bad::result)
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("the submission is not recorded");
    for (Submitter s : later) {
      assertThat(store.find(s.result().id())).isPresent();
    }
    assertThat(store.depth()).isEqualTo(3);
  }

  @Test
  void aCallerInterruptedWhileQueuedForACommit_leavesUnrecorded_andKeepsTheInterrupt()
      throws Exception {
    Submitter leader;
    Submitter waiter;
    OutboxStore.H2_WRITES.lock();
    try {
      leader = Submitter.start(store, code(1));
      awaitCondition(store::groupCommitUnderWay);
      waiter = Submitter.start(store, code(2));
      awaitCondition(() -> store.waitingForCommit() == 2);
      waiter.thread.interrupt();
      // Not taken into a commit yet: the caller goes at once, without waiting for one.
      assertThatThrownBy(waiter::result)
          .isInstanceOf(OutboxStoreException.class)
          .hasMessageContaining("the submission is not recorded");
      assertThat(waiter.interruptedAfter).isTrue();
      assertThat(store.waitingForCommit()).isEqualTo(1);
    } finally {
      OutboxStore.H2_WRITES.unlock();
    }

    assertThat(store.find(leader.result().id())).isPresent();
    assertThat(store.depth()).isEqualTo(1);
  }

  @Test
  void aCallerInterruptedOnceItsGroupIsCommitting_getsItsEntry_andKeepsTheInterrupt()
      throws Exception {
    CommitCounter counting = new CommitCounter();
    OutboxStore grouped =
        new OutboxStore(counting.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    List<Submitter> both = new ArrayList<>();
    OutboxStore.H2_WRITES.lock();
    try {
      both.add(Submitter.start(grouped, code(1)));
      both.add(Submitter.start(grouped, code(2)));
      awaitCondition(() -> grouped.waitingForCommit() == 2);
      counting.holdCommits();
    } finally {
      OutboxStore.H2_WRITES.unlock();
    }
    Submitter follower;
    try {
      // The leader took both into its group and waits inside commit(); the other one waits for it.
      awaitCondition(() -> counting.heldCommits() == 1);
      follower = both.get(0).thread == counting.lastCommitter() ? both.get(1) : both.get(0);
      // Its entry is in a commit under way: it must wait for that commit's outcome, not leave.
      follower.thread.interrupt();
    } finally {
      counting.releaseCommits();
    }

    OutboxEntry entry = follower.result();
    assertThat(grouped.find(entry.id())).contains(entry);
    assertThat(follower.interruptedAfter).isTrue();
    assertThat(grouped.depth()).isEqualTo(2);
  }

  @Test
  void aCallerInterruptedBeforeItsGroupForms_leavesUnrecorded_withoutLeadingACommit()
      throws Exception {
    Path file = Path.of("target", "h2", "outbox-store-embedded-" + UUID.randomUUID());
    try (vn.motcua.dossier.internal.jdbc.EmbeddedDataSource embedded =
        vn.motcua.dossier.internal.jdbc.EmbeddedDataSource.open(
            "jdbc:h2:file:" + file.toAbsolutePath(), 4, java.time.Duration.ofSeconds(30))) {
      OutboxStore own = new OutboxStore(embedded, null, OutboxStore.DEFAULT_TABLE);
      Thread.currentThread().interrupt();
      try {
        assertThatThrownBy(() -> OutboxStoreFixtures.insert(own, code(1), 1_000))
            .isInstanceOf(OutboxStoreException.class)
            .hasMessageContaining("the submission is not recorded");
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
      assertThat(own.depth()).isZero();
      assertThat(own.waitingForCommit()).isZero();
      // Nothing is left behind: the next caller leads and commits as usual.
      assertThat(own.find(OutboxStoreFixtures.insert(own, code(2), 1_000).id())).isPresent();
    }
  }

  @Test
  void anErrorCodeLongerThanItsColumn_isRecordedShortened() {
    OutboxEntry entry = insert(CODE, 1_000);
    store.claim(10, "a", 1_000, 9_000);
    String code = "portal.rejected." + "x".repeat(100);

    assertThat(store.retryLater(entry.id(), "a", 2_000, code, 1_100)).isTrue();

    assertThat(store.find(entry.id()).orElseThrow().lastErrorCode())
        .isEqualTo(code.substring(0, 64));
  }

  /**
   * An entry of dossier {@code code} taken at {@code at} and left in {@code state} at {@code at}.
   */
  private OutboxEntry settled(String code, EntryState state, long at) {
    OutboxEntry entry = insert(code, at);
    String token = "t" + entry.id();
    assertThat(store.claim(10, token, at, Long.MAX_VALUE / 2))
        .extracting(c -> c.entry().id())
        .containsExactly(entry.id());
    switch (state) {
      case DELIVERED -> assertThat(store.delivered(entry.id(), token, at)).isTrue();
      case DEAD -> assertThat(store.dead(entry.id(), token, "portal.rejected", at)).isTrue();
      case IN_FLIGHT -> {}
      default -> throw new IllegalArgumentException(state.name());
    }
    return store.find(entry.id()).orElseThrow();
  }

  @Test
  void purge_deletesOnlyDeliveredEntriesUpdatedBeforeTheCutoff() {
    OutboxEntry oldDelivered = settled(code(1), EntryState.DELIVERED, 1_000);
    OutboxEntry oldDead = settled(code(2), EntryState.DEAD, 1_000);
    OutboxEntry oldInFlight = settled(code(3), EntryState.IN_FLIGHT, 1_000);
    OutboxEntry atCutoff = settled(code(4), EntryState.DELIVERED, 2_000);
    OutboxEntry newDelivered = settled(code(5), EntryState.DELIVERED, 3_000);
    OutboxEntry oldPending = insert(code(6), 1_000);

    assertThat(store.purge(EntryState.DELIVERED, 2_000)).isEqualTo(1);

    assertThat(store.find(oldDelivered.id())).isEmpty();
    assertThat(store.find(oldDead.id())).contains(oldDead);
    assertThat(store.find(oldInFlight.id())).contains(oldInFlight);
    assertThat(store.find(atCutoff.id())).contains(atCutoff);
    assertThat(store.find(newDelivered.id())).contains(newDelivered);
    assertThat(store.find(oldPending.id())).contains(oldPending);
    assertThat(store.purge(EntryState.DELIVERED, 2_000)).isZero();
  }

  @Test
  void purge_ofDeadEntries_keepsEveryOtherState() {
    OutboxEntry oldDead = settled(code(1), EntryState.DEAD, 1_000);
    OutboxEntry oldDelivered = settled(code(2), EntryState.DELIVERED, 1_000);
    OutboxEntry oldInFlight = settled(code(3), EntryState.IN_FLIGHT, 1_000);
    OutboxEntry newDead = settled(code(4), EntryState.DEAD, 3_000);
    OutboxEntry oldPending = insert(code(5), 1_000);

    assertThat(store.purge(EntryState.DEAD, 2_000)).isEqualTo(1);

    assertThat(store.find(oldDead.id())).isEmpty();
    assertThat(store.find(oldDelivered.id())).contains(oldDelivered);
    assertThat(store.find(oldInFlight.id())).contains(oldInFlight);
    assertThat(store.find(newDead.id())).contains(newDead);
    assertThat(store.find(oldPending.id())).contains(oldPending);
  }

  @Test
  void purge_deletesInSlices_oneCommitEach_untilASliceFindsFewer() {
    CommitCounter counting = new CommitCounter();
    OutboxStore counted =
        new OutboxStore(counting.over(pool::getConnection), null, OutboxStore.DEFAULT_TABLE);
    List<OutboxEntry> delivered = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      delivered.add(insert(code(i), 1_000));
    }
    assertThat(store.claim(100, "a", 1_000, 9_000)).hasSize(25);
    for (OutboxEntry e : delivered) {
      store.delivered(e.id(), "a", 1_000);
    }
    OutboxEntry kept = settled(code(99), EntryState.DEAD, 1_000);
    int before = counting.commits();

    assertThat(counted.purge(EntryState.DELIVERED, 2_000, 10)).isEqualTo(25);

    assertThat(counting.commits() - before).isEqualTo(3); // 10, 10, then 5
    assertThat(delivered).allSatisfy(e -> assertThat(store.find(e.id())).isEmpty());
    assertThat(store.find(kept.id())).contains(kept);
    assertThat(store.inState(EntryState.DELIVERED, 100)).isEmpty();
  }

  @Test
  void purge_aSliceExactlyFull_isFollowedByAnEmptyOne() {
    for (int i = 1; i <= 4; i++) {
      settled(code(i), EntryState.DELIVERED, 1_000);
    }

    assertThat(store.purge(EntryState.DELIVERED, 2_000, 2)).isEqualTo(4);
    assertThat(store.inState(EntryState.DELIVERED, 10)).isEmpty();
  }

  @Test
  void purge_readsOnlyItsSlice_throughTheClaimIndex_withoutASubquery() throws Exception {
    String plan;
    try (java.sql.Connection c = pool.getConnection();
        java.sql.Statement sql = c.createStatement()) {
      sql.execute(
          "INSERT INTO motcua_outbox (dossier_code, kind, payload, idempotency_key, state,"
              + " attempts, next_attempt_at, created_at, updated_at) SELECT 'c' || X, 'DOSSIER',"
              + " X'7B7D', 'k' || X, 'DELIVERED', 1, X, X, X FROM SYSTEM_RANGE(1, 300)");
      sql.execute("ANALYZE");
      c.setAutoCommit(false); // EXPLAIN ANALYZE runs the DELETE: rolled back below
      try (java.sql.PreparedStatement explain =
          c.prepareStatement("EXPLAIN ANALYZE " + store.purgeSql(EntryState.DELIVERED, 10))) {
        for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
          explain.setLong(i, 1_000);
        }
        try (java.sql.ResultSet rows = explain.executeQuery()) {
          assertThat(rows.next()).isTrue();
          plan = rows.getString(1).toUpperCase(java.util.Locale.ROOT);
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
    // The whole statement reads 10 rows of 300, through the claim index, and runs no subquery
    // (H2 evaluated an IN (SELECT …) again for every row it looked at: n² reads per slice).
    assertThat(plan)
        .contains("MOTCUA_OUTBOX_CLAIM: STATE = 'DELIVERED'")
        .contains("/* SCANCOUNT: 10 */")
        .contains("FETCH FIRST 10 ROWS ONLY")
        .doesNotContain("SELECT");
    assertThat(store.purge(EntryState.DELIVERED, 1_000, 100)).isEqualTo(300);
  }

  @Test
  void purge_ofUndeliveredStates_orWithoutASlice_isRefused() {
    OutboxEntry pending = insert(CODE, 1_000);

    assertThatThrownBy(() -> store.purge(EntryState.PENDING, 2_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PENDING");
    assertThatThrownBy(() -> store.purge(EntryState.IN_FLIGHT, 2_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IN_FLIGHT");
    assertThatThrownBy(() -> store.purge(null, 2_000))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("state");
    assertThatThrownBy(() -> store.purge(EntryState.DELIVERED, 2_000, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.find(pending.id())).contains(pending);
  }

  @Test
  void purge_failingInTheDatabase_throwsTheStoreError() throws Exception {
    try (java.sql.Connection c = pool.getConnection();
        java.sql.Statement ddl = c.createStatement()) {
      ddl.execute("DROP TABLE motcua_outbox");
    }

    assertThatThrownBy(() -> store.purge(EntryState.DELIVERED, 2_000))
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("Cannot purge DELIVERED entries from motcua_outbox")
        .hasMessageNotContaining("the submission is not recorded");
  }

  @Test
  void failuresOtherThanASubmissions_doNotSpeakOfASubmission() throws Exception {
    try (java.sql.Connection c = pool.getConnection();
        java.sql.Statement ddl = c.createStatement()) {
      ddl.execute("DROP TABLE motcua_outbox");
    }

    assertThatThrownBy(() -> store.claim(10, "t", 1_000, 9_000))
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("Cannot claim due entries from motcua_outbox")
        .hasMessageContaining("check the database")
        .hasMessageNotContaining("submission");
    assertThatThrownBy(() -> store.depth())
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageNotContaining("submission");
    assertThatThrownBy(() -> OutboxStoreFixtures.insert(store, CODE, 1_000))
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("the submission is not recorded");
  }

  @Test
  void afterTheDossierIsPurged_itsLaterStepsAreStillClaimed_andDelivered() {
    OutboxEntry dossier = insert(CODE, 1_000);
    OutboxEntry deadStep = insert(CODE, 1_000);
    OutboxEntry step = insert(CODE, 1_000);
    assertThat(store.claim(10, "a", 1_000, 9_000))
        .extracting(c -> c.entry().id())
        .containsExactly(dossier.id());
    store.delivered(dossier.id(), "a", 1_100);
    assertThat(store.claim(10, "b", 1_100, 9_000))
        .extracting(c -> c.entry().id())
        .containsExactly(deadStep.id());
    store.dead(deadStep.id(), "b", "portal.rejected", 1_100);

    assertThat(store.purge(EntryState.DELIVERED, 2_000)).isEqualTo(1);
    assertThat(store.purge(EntryState.DEAD, 2_000)).isEqualTo(1);
    assertThat(store.ofDossier(CODE)).extracting(OutboxEntry::id).containsExactly(step.id());

    assertThat(store.claim(10, "c", 2_000, 9_000))
        .extracting(c -> c.entry().id())
        .containsExactly(step.id());
    assertThat(store.delivered(step.id(), "c", 2_100)).isTrue();
    assertThat(store.find(step.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
  }
}
