package vn.motcua.dossier.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.outbox.EntryKind;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.OutboxEntry;

class OutboxStoreTest {
  private static final String CODE = "000.00.12.H01-250310-0001";

  JdbcConnectionPool pool;
  OutboxStore store;

  @BeforeEach
  void open() {
    Path file = Path.of("target", "h2", "outbox-store-" + UUID.randomUUID());
    pool = JdbcConnectionPool.create("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
    store = new OutboxStore(pool, null, OutboxStore.DEFAULT_TABLE);
  }

  @AfterEach
  void close() {
    pool.dispose();
  }

  private OutboxEntry insert(String code, long now) {
    return store.insertCommitted(
        EntryKind.DOSSIER, code, "{}".getBytes(StandardCharsets.UTF_8), code + "/dossier/x", now);
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
      ddl.execute("DROP INDEX motcua_outbox_due");
    }

    assertThat(store.repairDueIndex()).isTrue();
    assertThat(store.repairDueIndex()).isFalse();
    assertThat(store.claim(10, "a", 1_000, 2_000))
        .extracting(c -> c.entry().id())
        .containsExactly(entry.id());
  }
}
