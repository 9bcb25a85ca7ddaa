package vn.motcua.dossier.internal.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.dossier.internal.jdbc.Schemas;
import vn.motcua.dossier.internal.jdbc.Schemas.Dialect;
import vn.motcua.dossier.outbox.EntryKind;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxStoreException;

/**
 * The outbox table in PostgreSQL or H2. Times are epoch milliseconds from the outbox's clock, so
 * tests can move time and no database time zone is involved.
 *
 * <p><b>Claims.</b> An entry is due when PENDING, {@code next_attempt_at <= now}, and no earlier
 * entry of the same dossier is PENDING or IN_FLIGHT (per-dossier order). A claim reads the due rows
 * with their payloads in the order of the {@code (state, next_attempt_at, id)} index and takes them
 * with one {@code UPDATE ... WHERE state = 'PENDING' AND id IN (...)}; PostgreSQL reads them {@code
 * FOR UPDATE SKIP LOCKED}, so concurrent dispatchers take disjoint entries without waiting, and H2
 * runs the transaction alone, like every H2 write (see below). A claimed batch costs one commit,
 * shared with the previous pass's outcomes ({@link #completeAndClaim}). Every claim writes a fresh
 * token and a lease expiry; completions match the token, and expired leases (a crashed or stopped
 * dispatcher) return to PENDING, checked by a claim at most every second. {@link #complete(List)}
 * records the outcomes of several attempts in one transaction. Concurrent submissions share a
 * commit ({@link #insertCommitted}).
 *
 * <p><b>H2 and killed processes.</b> H2 2.x's MVStore writes a commit to the file by collecting the
 * root of every map (the table, each index, the undo logs) one after the other while other sessions
 * go on writing, so, as far as a reproducer and its code show, a transaction committing on another
 * thread meanwhile can be captured half-applied. The file is read back that way only after a crash:
 * a row and its {@code (state, next_attempt_at, id)} index entry then disagree (the row IN_FLIGHT,
 * the index PENDING: neither the lease release nor the claim finds it), or a row stays locked by a
 * transaction that no longer exists and every writer spins on it. So on H2 this store runs one
 * write transaction at a time in the JVM ({@link #H2_WRITES}): with {@code WRITE_DELAY=0} each
 * commit is written to the file, in the committing thread, before the next write starts, and none
 * is captured half-way. On opening an H2 table the index is also checked against the rows and
 * rebuilt when they disagree (a file written before this rule, or by another program).
 */
public final class OutboxStore {
  /** The default table name. */
  public static final String DEFAULT_TABLE = "motcua_outbox";

  static final String UNSUPPORTED_DATABASE = "outbox.unsupported_database";
  static final String SCHEMA_TOO_NEW = "outbox.schema_too_new";

  private static final String COLUMNS =
      "id, dossier_code, kind, idempotency_key, state, attempts, next_attempt_at,"
          + " last_error_code, created_at, updated_at";

  private static final Logger LOG = LoggerFactory.getLogger(OutboxStore.class);

  /** Claimed ids per {@code IN} list: within every driver's limit on parameters. */
  private static final int READ_SLICE = 500;

  /** How often claims return expired leases at most; see {@link #releaseDue}. */
  private static final long RELEASE_EVERY_MILLIS = 1_000;

  /** Rows deleted per transaction by {@link #purge}. */
  static final int PURGE_SLICE = 1_000;

  /** Submissions committed together at most; see {@link #insertCommitted}. */
  static final int GROUP_MAX = 64;

  private static final String INSERT_SQL =
      "INSERT INTO %s (dossier_code, kind, payload, idempotency_key, state, attempts,"
          + " next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)";

  private static final String[] ID = {"id"};

  /** The suffix of the index claims read, and its columns: the claim's order. */
  private static final String CLAIM_INDEX = "_claim";

  private static final String CLAIM_INDEX_COLUMNS = "(state, next_attempt_at, id)";

  /** On H2, one write transaction at a time in this JVM; see the class comment. */
  static final ReentrantLock H2_WRITES = new ReentrantLock();

  private final DataSource dataSource;
  private final String table;
  private final String schemaPrefix;
  private final String tableName;
  private final Dialect dialect;

  /** Submissions waiting for a group commit; also the monitor of {@link #committing}. */
  private final ArrayDeque<Pending> waiting = new ArrayDeque<>();

  private boolean committing;

  /** Submissions being encoded, about to join a group commit; see {@link #arrive()}. */
  private final AtomicInteger arriving = new AtomicInteger();

  /** The leader of the next group while it waits for {@link #arriving} submissions, or null. */
  private volatile @Nullable Thread leaderWaiting;

  /** How many submissions the last group commit took; guarded by {@link #waiting}. */
  private int lastGroupSize = 1;

  /** How long a group's leader waits at most for submissions already on their way. */
  static final long GROUP_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private volatile long groupWaitNanos = GROUP_WAIT_NANOS;

  /** The outbox time from which the next claim returns expired leases. */
  private final java.util.concurrent.atomic.AtomicLong nextReleaseAt =
      new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);

  /** One claimed entry with its payload and claim token. */
  public record Claimed(OutboxEntry entry, byte[] payload, String token) {}

  private static List<String> migrations(
      String table, String schemaPrefix, String indexPrefix, Dialect dialect) {
    String bytes = dialect == Dialect.POSTGRESQL ? "BYTEA" : "VARBINARY";
    return List.of(
        "CREATE TABLE IF NOT EXISTS "
            + table
            + " (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
            + " dossier_code VARCHAR(35) NOT NULL,"
            + " kind VARCHAR(16) NOT NULL,"
            + " payload "
            + bytes
            + " NOT NULL,"
            + " idempotency_key VARCHAR(255) NOT NULL,"
            + " state VARCHAR(16) NOT NULL,"
            + " attempts INTEGER NOT NULL,"
            + " next_attempt_at BIGINT NOT NULL,"
            + " claim_token VARCHAR(36),"
            + " claim_expires_at BIGINT,"
            + " last_error_code VARCHAR(64),"
            + " created_at BIGINT NOT NULL,"
            + " updated_at BIGINT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS "
            + indexPrefix
            + "_due ON "
            + table
            + " (state, next_attempt_at)",
        "CREATE INDEX IF NOT EXISTS "
            + indexPrefix
            + "_dossier ON "
            + table
            + " (dossier_code, id)",
        // Version 4: the claim's order in full, so that a claim reads only the rows it takes
        // instead of sorting the whole backlog; the index it replaces goes in version 5.
        "CREATE INDEX IF NOT EXISTS "
            + indexPrefix
            + CLAIM_INDEX
            + " ON "
            + table
            + " "
            + CLAIM_INDEX_COLUMNS,
        "DROP INDEX IF EXISTS " + schemaPrefix + indexPrefix + "_due",
        // Version 6: the claim that recorded the last outcome, so that an outcome offered again
        // after a commit that failed but took effect is known as recorded (see recordedBefore).
        "ALTER TABLE " + table + " ADD COLUMN IF NOT EXISTS completed_token VARCHAR(36)");
  }

  /** Connects, checks the database and brings the table up to date. */
  public OutboxStore(DataSource dataSource, @Nullable String schema, String tableName) {
    this.dataSource = dataSource;
    Schemas.requireIdentifier(tableName, "table name");
    String prefix = schema == null ? "" : Schemas.requireIdentifier(schema, "schema") + ".";
    this.table = prefix + tableName;
    this.schemaPrefix = prefix;
    this.tableName = tableName;
    this.dialect =
        Schemas.detect(dataSource, UNSUPPORTED_DATABASE, "Outbox entries", OutboxStore::failed);
    if (dialect == Dialect.H2) {
      H2_WRITES.lock();
      try {
        migrate(dataSource, prefix, tableName);
        repairDueIndex();
      } finally {
        H2_WRITES.unlock();
      }
    } else {
      migrate(dataSource, prefix, tableName);
    }
  }

  private void migrate(DataSource dataSource, String prefix, String tableName) {
    Schemas.migrate(
        dataSource,
        prefix,
        tableName,
        migrations(table, prefix, tableName, dialect),
        SCHEMA_TOO_NEW,
        OutboxStore::failed);
  }

  /** Runs a write transaction: on H2 alone in the JVM (see the class comment). */
  private <T> T writing(Work<T> work) throws SQLException {
    if (dialect != Dialect.H2) {
      return work.run();
    }
    H2_WRITES.lock();
    try {
      return work.run();
    } finally {
      H2_WRITES.unlock();
    }
  }

  /**
   * H2 only: counts the undelivered entries through the table and through the {@code _claim} index;
   * when they differ, the index is out of step with the rows (see the class comment) and is
   * rebuilt. Returns whether it was rebuilt.
   */
  boolean repairDueIndex() {
    String index = tableName + CLAIM_INDEX;
    try (Connection c = dataSource.getConnection()) {
      long byRows = count(c, "()");
      long byIndex;
      try {
        byIndex = count(c, "(" + index + ")");
      } catch (SQLException e) {
        byIndex = -1; // no such index (dropped by hand): create it again
      }
      if (byRows == byIndex) {
        return false;
      }
      LOG.warn(
          "Outbox table {}: {} undelivered entries by row but {} through index {}; rebuilding the"
              + " index",
          table,
          byRows,
          byIndex,
          index);
      writing(
          () ->
              inTransaction(
                  c,
                  () -> {
                    try (Statement ddl = c.createStatement()) {
                      ddl.execute("DROP INDEX IF EXISTS " + schemaPrefix + index);
                      ddl.execute(
                          "CREATE INDEX "
                              + schemaPrefix
                              + index
                              + " ON "
                              + table
                              + " "
                              + CLAIM_INDEX_COLUMNS);
                    }
                    return null;
                  }));
      long after = count(c, "(" + index + ")");
      if (after != byRows) {
        throw new SQLException(
            "index " + index + " still disagrees with the table after rebuilding", "XX000");
      }
      return true;
    } catch (SQLException e) {
      throw failed("check the index of " + table, e);
    }
  }

  private long count(Connection c, String useIndex) throws SQLException {
    long total = 0;
    // One state at a time: an index lookup is made per value, and a row whose index entry names
    // another state is then missed.
    for (String state : List.of("PENDING", "IN_FLIGHT")) {
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT COUNT(*) FROM " + table + " USE INDEX " + useIndex + " WHERE state = ?")) {
        select.setString(1, state);
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          total += rows.getLong(1);
        }
      }
    }
    return total;
  }

  /** Returns how many submissions wait for a group commit (for tests). */
  int waitingForCommit() {
    synchronized (waiting) {
      return waiting.size();
    }
  }

  /** Sets how long a group's leader waits for submissions on their way (for tests). */
  void groupWait(long nanos) {
    groupWaitNanos = nanos;
  }

  /** Returns whether a group commit is under way (for tests). */
  boolean groupCommitUnderWay() {
    synchronized (waiting) {
      return committing;
    }
  }

  /** Returns the qualified table name. */
  public String table() {
    return table;
  }

  /** Returns the database's dialect. */
  public Dialect dialect() {
    return dialect;
  }

  /** Returns the database failure as the outbox's error. */
  public static OutboxStoreException failed(String what, SQLException e) {
    return failed(what, "check the database, its disk and privileges", e);
  }

  /** A submission's insert or commit failed and the table does not hold it. */
  private OutboxStoreException notRecorded(SQLException e) {
    return failed(
        "record the submission in " + table,
        "the submission is not recorded: check the database, its disk and privileges",
        e);
  }

  private static OutboxStoreException failed(String what, String consequence, SQLException e) {
    return new OutboxStoreException(
        "Cannot " + what + " (SQLState " + e.getSQLState() + "); " + consequence,
        Schemas.isTransient(e),
        e);
  }

  /** Inserts a PENDING entry on {@code c}, leaving the transaction to the caller; returns it. */
  public OutboxEntry insert(
      Connection c, EntryKind kind, String dossierCode, byte[] payload, String key, long now) {
    try {
      return insertOn(c, kind, dossierCode, payload, key, now);
    } catch (SQLException e) {
      throw notRecorded(e);
    }
  }

  private OutboxEntry insertOn(
      Connection c, EntryKind kind, String dossierCode, byte[] payload, String key, long now)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT_SQL.formatted(table), ID)) {
      return insertWith(insert, kind, dossierCode, payload, key, now);
    }
  }

  private static OutboxEntry insertWith(
      PreparedStatement insert,
      EntryKind kind,
      String dossierCode,
      byte[] payload,
      String key,
      long now)
      throws SQLException {
    bind(insert, dossierCode, kind, payload, key, now);
    insert.executeUpdate();
    try (ResultSet keys = insert.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("no id generated for the outbox entry", "22000");
      }
      return pending(keys.getLong(1), dossierCode, kind, key, now);
    }
  }

  private static void bind(
      PreparedStatement insert,
      String dossierCode,
      EntryKind kind,
      byte[] payload,
      String key,
      long now)
      throws SQLException {
    insert.setString(1, dossierCode);
    insert.setString(2, kind.name());
    insert.setBytes(3, payload);
    insert.setString(4, key);
    insert.setLong(5, now);
    insert.setLong(6, now);
    insert.setLong(7, now);
  }

  private static OutboxEntry pending(
      long id, String dossierCode, EntryKind kind, String key, long now) {
    Instant at = Instant.ofEpochMilli(now);
    return new OutboxEntry(id, dossierCode, kind, key, EntryState.PENDING, 0, at, null, at, at);
  }

  /**
   * Inserts and commits a PENDING entry; returns it once committed. Concurrent calls are committed
   * together (group commit): the first caller to find no commit in progress leads the next one. It
   * takes a connection and, on H2, the write lock, and only then every entry waiting by that time,
   * up to {@link #GROUP_MAX}, which it inserts in one transaction while the others wait for that
   * commit; so entries arriving while a dispatcher's write holds the lock join the group instead of
   * waiting for a commit of their own. One caller alone is committed at once; under load one commit
   * serves several callers. When a group's insert fails before its commit, nothing of it is
   * recorded and each entry is inserted again in a transaction of its own, so one failing entry
   * fails only its own caller. When the commit itself reports a failure, the group's entries are
   * looked up afterwards (on a connection of their own, once this one is returned): each caller
   * gets its entry if the table holds it, "not recorded" if it does not and the commit cannot still
   * complete, and "unknown" otherwise.
   *
   * @throws OutboxStoreException when this entry's insert or commit failed
   */
  public OutboxEntry insertCommitted(
      EntryKind kind, String dossierCode, byte[] payload, String key, long now) {
    try (Arrival arrival = arrive()) {
      return insertCommitted(arrival, kind, dossierCode, payload, key, now);
    }
  }

  /**
   * Announces a submission on its way to {@link #insertCommitted(Arrival, EntryKind, String,
   * byte[], String, long)}, before the caller encodes it. The leader of a group commit waits for
   * announced submissions (at most {@link #GROUP_WAIT_NANOS}) before taking its group, so that
   * callers submitting together share a commit instead of each paying for one; with nothing
   * announced it does not wait. Close the arrival when the submission will not come (encoding
   * failed); {@code insertCommitted} closes it once the submission waits for its commit.
   */
  public Arrival arrive() {
    arriving.incrementAndGet();
    return new Arrival();
  }

  /** A submission announced by {@link #arrive()}; not thread-safe (one caller's). */
  public final class Arrival implements AutoCloseable {
    private boolean pending = true;

    private Arrival() {}

    /** The submission is queued for a commit, or will not come: the leader waits no more for it. */
    @Override
    public void close() {
      if (!pending) {
        return;
      }
      pending = false;
      if (arriving.decrementAndGet() == 0) {
        Thread leader = leaderWaiting;
        if (leader != null) {
          LockSupport.unpark(leader);
        }
      }
    }
  }

  /**
   * As {@link #insertCommitted(EntryKind, String, byte[], String, long)}, for a submission
   * announced by {@code arrival}.
   */
  public OutboxEntry insertCommitted(
      Arrival arrival, EntryKind kind, String dossierCode, byte[] payload, String key, long now) {
    Pending mine = new Pending(kind, dossierCode, payload, key, now);
    boolean interrupted = false;
    try {
      while (true) {
        List<Pending> group = List.of();
        int expected;
        synchronized (waiting) {
          if (!mine.queued) {
            waiting.add(mine);
            mine.queued = true;
            arrival.close();
            Thread leader = leaderWaiting;
            if (leader != null) {
              LockSupport.unpark(leader); // it looks again at what is waiting
            }
          }
          while (!mine.done && committing) {
            try {
              waiting.wait();
            } catch (InterruptedException e) {
              if (waiting.remove(mine)) {
                // Not taken into a commit yet: provably not recorded, so the caller may go.
                Thread.currentThread().interrupt();
                throw interruptedBeforeRecording(e);
              }
              // Already in a commit under way: the caller must learn its fate.
              interrupted = true;
            }
          }
          if (mine.done) {
            return mine.outcome();
          }
          if (Thread.currentThread().isInterrupted()) {
            // Not taken into a commit: an interrupted caller does not lead one (it would do the
            // database work of the others under its interrupt), it leaves unrecorded, and one of
            // the others leads instead.
            waiting.remove(mine);
            waiting.notifyAll();
            throw interruptedBeforeRecording(
                new InterruptedException("interrupted before its group commit"));
          }
          committing = true; // this caller leads the next commit; commitGroup fills the group
          expected = lastGroupSize;
        }
        boolean committed = false;
        try {
          group = new ArrayList<>();
          awaitArrivals(expected);
          commitGroup(group);
          committed = true;
        } finally {
          synchronized (waiting) {
            committing = false;
            for (Pending p : group) {
              p.finish();
            }
            if (!committed) {
              // An Error escaped before the group was taken: this caller gets it, so its entry
              // must not be committed later by another leader.
              waiting.remove(mine);
            }
            waiting.notifyAll();
          }
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The caller was interrupted before its entry was taken into a commit: nothing is recorded. */
  private OutboxStoreException interruptedBeforeRecording(InterruptedException cause) {
    return new OutboxStoreException(
        "Interrupted before recording the submission in "
            + table
            + "; the submission is not recorded",
        true,
        cause);
  }

  /**
   * Waits, as the leader of the next group, while a submission announced by {@link #arrive()} is
   * still on its way or fewer than {@code expected} (the last group's size) are waiting — callers
   * that submitted together last time are likely to do so again — until the group is full, {@link
   * #GROUP_WAIT_NANOS} have passed or the thread is interrupted. A caller submitting alone waits at
   * most once, right after a larger group; from then on its group is itself and it does not.
   */
  private void awaitArrivals(int expected) {
    // Published before reading arriving: a submission queued meanwhile then sees it and unparks.
    leaderWaiting = Thread.currentThread();
    try {
      long deadline = System.nanoTime() + groupWaitNanos;
      while (true) {
        int queued = waitingForCommit();
        if ((arriving.get() == 0 && queued >= expected)
            || queued >= GROUP_MAX
            || Thread.currentThread().isInterrupted()) {
          return;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        LockSupport.parkNanos(this, left);
      }
    } finally {
      leaderWaiting = null;
    }
  }

  /**
   * Takes the waiting entries into {@code group} once it holds a connection and, on H2, the write
   * lock, and inserts them in one transaction; falls back to one transaction per entry. When it
   * fails before taking them, it takes them to fail them: every waiting caller gets an answer.
   */
  private void commitGroup(List<Pending> group) {
    // Commits that failed, to be checked once this connection is back in its pool: the check needs
    // one of its own, and a pool of one must not wait for the connection this thread holds.
    List<Uncertain> unchecked = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try {
        writing(
            () -> {
              takeWaiting(group);
              return insertAll(c, group);
            });
        return;
      } catch (CommitUncertain e) {
        unchecked.add(new Uncertain(group, e));
        return;
      } catch (GroupInsertFailed e) {
        if (group.size() == 1 || e.getSuppressed().length > 0) {
          // Alone, or the rollback failed too (the connection cannot be trusted with more work).
          failRest(group, notRecorded(e.cause));
          return;
        }
      }
      // Nothing of the group is recorded: each entry alone, so that one failure stays its own.
      for (Pending p : group) {
        try {
          writing(() -> insertAll(c, List.of(p)));
        } catch (CommitUncertain e) {
          unchecked.add(new Uncertain(List.of(p), e));
        } catch (GroupInsertFailed e) {
          p.failure = notRecorded(e.cause);
        }
      }
    } catch (SQLException e) {
      // No connection, or closing it failed: the entries without an outcome share this answer.
      takeWaiting(group);
      failRest(group, notRecorded(e), unchecked);
    } catch (RuntimeException e) {
      takeWaiting(group);
      failRest(group, e, unchecked);
    } finally {
      for (Uncertain u : unchecked) {
        resolve(u.group(), u.failure());
      }
    }
  }

  /** Entries whose commit failed, not yet checked. */
  private record Uncertain(List<Pending> group, CommitUncertain failure) {}

  /** As {@link #failRest(List, RuntimeException)}, leaving out entries still to be checked. */
  private static void failRest(
      List<Pending> group, RuntimeException failure, List<Uncertain> unchecked) {
    for (Pending p : group) {
      boolean toCheck = false;
      for (Uncertain u : unchecked) {
        toCheck |= u.group().contains(p);
      }
      if (!toCheck && p.entry == null && p.failure == null) {
        p.failure = failure;
      }
    }
  }

  /** Moves waiting entries into {@code group} (up to {@link #GROUP_MAX}), when it is empty. */
  private void takeWaiting(List<Pending> group) {
    if (!group.isEmpty()) {
      return;
    }
    synchronized (waiting) {
      while (!waiting.isEmpty() && group.size() < GROUP_MAX) {
        group.add(waiting.poll());
      }
      lastGroupSize = Math.max(1, group.size());
    }
  }

  private static void failRest(List<Pending> group, RuntimeException failure) {
    for (Pending p : group) {
      if (p.entry == null && p.failure == null) {
        p.failure = failure;
      }
    }
  }

  /**
   * Inserts {@code group} and commits. A failure before the commit is rolled back and thrown as
   * {@link GroupInsertFailed} (with a failed rollback as suppressed); a failed commit is thrown as
   * {@link CommitUncertain}, with the entries it was committing.
   */
  private Void insertAll(Connection c, List<Pending> group) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    List<OutboxEntry> entries;
    try {
      try {
        if (group.size() == 1) {
          Pending p = group.get(0);
          entries = List.of(insertOn(c, p.kind, p.dossierCode, p.payload, p.key, p.now));
        } else {
          entries = insertBatch(c, group);
        }
      } catch (SQLException e) {
        throw new GroupInsertFailed(e);
      }
    } catch (SQLException | RuntimeException e) {
      rollBack(c, autoCommit, e);
      throw e;
    }
    try {
      c.commit();
    } catch (SQLException e) {
      // The database may have recorded the group (an H2 commit interrupted while writing its file
      // fails after the write, say): only a look at the table can tell.
      rollBack(c, autoCommit, e);
      throw new CommitUncertain(entries, e);
    }
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // Committed; a connection that cannot switch modes any more is for its pool to discard.
    }
    for (int i = 0; i < group.size(); i++) {
      group.get(i).entry = entries.get(i);
      group.get(i).failure = null;
    }
    return null;
  }

  private static void rollBack(Connection c, boolean autoCommit, Exception failure) {
    try {
      c.rollback();
      c.setAutoCommit(autoCommit);
    } catch (SQLException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  /**
   * After a failed commit of {@code group}: looks up the entries it was committing and answers each
   * caller with its entry when the table holds it, or with the failure when it does not. When the
   * look-up fails too, each caller learns that whether its submission was recorded is unknown. The
   * look-up runs with the thread's interrupt status cleared (an interrupt may be what failed the
   * commit) and restores it.
   */
  private void resolve(List<Pending> group, CommitUncertain uncertain) {
    boolean interrupted = Thread.interrupted();
    List<OutboxEntry> entries = uncertain.entries;
    Set<Long> found = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT id FROM " + table + " WHERE id IN (" + marks(entries.size()) + ")")) {
      for (int i = 0; i < entries.size(); i++) {
        select.setLong(i + 1, entries.get(i).id());
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      uncertain.cause.addSuppressed(e);
      failRest(
          group,
          failed(
              "commit the submission to " + table,
              "whether it was recorded is unknown (the check failed too): submitting it again is"
                  + " safe, the portal recognises its idempotency key",
              uncertain.cause));
      return;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (!found.isEmpty()) {
      LOG.warn(
          "Outbox table {}: a commit reported failure (SQLState {}) but recorded {} of {}"
              + " submissions; those are returned as recorded",
          table,
          uncertain.cause.getSQLState(),
          found.size(),
          entries.size());
    }
    // Not found settles it only when the commit cannot still be under way: a PostgreSQL server
    // that lost its client (connection failure, SQLState class 08) may yet complete the commit.
    String state = uncertain.cause.getSQLState();
    boolean settled =
        uncertain.cause.getSuppressed().length == 0 && (state == null || !state.startsWith("08"));
    for (int i = 0; i < group.size(); i++) {
      Pending p = group.get(i);
      if (found.contains(entries.get(i).id())) {
        p.entry = entries.get(i);
        p.failure = null;
      } else if (settled) {
        p.failure = notRecorded(uncertain.cause);
      } else {
        p.failure = unknownIfRecorded(uncertain.cause);
      }
    }
  }

  private OutboxStoreException unknownIfRecorded(SQLException cause) {
    return failed(
        "commit the submission to " + table,
        "whether it was recorded is unknown (the connection failed during the commit): submitting"
            + " it again is safe, the portal recognises its idempotency key",
        cause);
  }

  /** The commit of an inserted group failed: the table may or may not hold {@code entries}. */
  private static final class CommitUncertain extends SQLException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: caught within this class
    private final List<OutboxEntry> entries;

    @SuppressWarnings("serial") // never serialised: caught within this class
    private final SQLException cause;

    CommitUncertain(List<OutboxEntry> entries, SQLException cause) {
      super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
      this.entries = entries;
      this.cause = cause;
    }
  }

  /** Inserts {@code group} as one JDBC batch (one round trip on PostgreSQL); returns them. */
  private List<OutboxEntry> insertBatch(Connection c, List<Pending> group) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT_SQL.formatted(table), ID)) {
      for (Pending p : group) {
        bind(insert, p.dossierCode, p.kind, p.payload, p.key, p.now);
        insert.addBatch();
      }
      insert.executeBatch();
      List<OutboxEntry> entries = new ArrayList<>(group.size());
      try (ResultSet keys = insert.getGeneratedKeys()) {
        for (Pending p : group) {
          if (!keys.next()) {
            throw new SQLException("no id generated for an outbox entry of a batch", "22000");
          }
          entries.add(pending(keys.getLong(1), p.dossierCode, p.kind, p.key, p.now));
        }
      }
      return entries;
    }
  }

  /** An insert of a group failed before its commit: nothing of the group is recorded. */
  /**
   * A commit that reported a failure: the database may have recorded the transaction all the same
   * (see {@link #completeAndClaim}). Same message and SQLState as the failure.
   */
  private static final class CommitFailed extends SQLException {
    private static final long serialVersionUID = 1L;

    CommitFailed(SQLException cause) {
      super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
    }
  }

  private static final class GroupInsertFailed extends SQLException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: caught within this class
    private final SQLException cause;

    GroupInsertFailed(SQLException cause) {
      super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
      this.cause = cause;
    }
  }

  /** A submission waiting for its group's commit; guarded by {@link #waiting}. */
  private static final class Pending {
    final EntryKind kind;
    final String dossierCode;
    final byte[] payload;
    final String key;
    final long now;
    boolean queued;
    boolean done;
    @Nullable OutboxEntry entry;
    @Nullable RuntimeException failure;

    Pending(EntryKind kind, String dossierCode, byte[] payload, String key, long now) {
      this.kind = kind;
      this.dossierCode = dossierCode;
      this.payload = payload;
      this.key = key;
      this.now = now;
    }

    void finish() {
      if (entry == null && failure == null) {
        // Unreachable unless commitGroup has a bug: fail loudly rather than return nothing.
        failure = new IllegalStateException("a group commit ended without this entry's outcome");
      }
      done = true;
    }

    OutboxEntry outcome() {
      if (failure != null) {
        throw failure;
      }
      return Objects.requireNonNull(entry);
    }
  }

  private String dueQuery(int limit) {
    return "SELECT "
        + COLUMNS
        + ", payload FROM "
        + table
        + " o WHERE o.state = 'PENDING' AND o.next_attempt_at <= ? AND NOT EXISTS (SELECT 1 FROM "
        + table
        + " p WHERE p.dossier_code = o.dossier_code AND p.id < o.id"
        // Ordered as the claim index is (state is fixed), so the database reads the index in order
        // and stops after the batch rather than sorting every due row.
        + " AND p.state IN ('PENDING', 'IN_FLIGHT')) ORDER BY o.state, o.next_attempt_at, o.id"
        + " LIMIT "
        + limit;
  }

  /**
   * Claims up to {@code max} due entries under {@code token} until {@code leaseUntil}, first
   * returning expired leases to PENDING. The entries are taken in one transaction (one commit per
   * call) of two statements: the due rows are read with their payloads, then taken by one {@code
   * UPDATE}; on H2 the expired leases are returned in the same transaction.
   */
  public List<Claimed> claim(int max, String token, long now, long leaseUntil) {
    return completeAndClaim(List.of(), max, token, now, leaseUntil).claimed();
  }

  /** What {@link #completeAndClaim} did: per outcome whether it was recorded, and the claims. */
  public record Recorded(List<Boolean> recorded, List<Claimed> claimed) {}

  /**
   * Records {@code outcomes} (as {@link #complete(List)}) and claims (as {@link #claim}) in one
   * transaction: a dispatcher's pass costs one commit instead of two. The outcomes come first, so
   * an entry whose predecessor of the same dossier was just delivered is claimable at once. When it
   * throws, neither the outcomes nor the claim are recorded — unless the commit itself failed: the
   * database may then have recorded both, so the claims under {@code token} are released before it
   * throws, and the outcomes, offered again, are recognised as recorded (see {@link #complete}).
   * Expired leases returned beforehand on PostgreSQL stay returned.
   */
  public Recorded completeAndClaim(
      List<Outcome> outcomes, int max, String token, long now, long leaseUntil) {
    try (Connection c = dataSource.getConnection()) {
      if (dialect == Dialect.POSTGRESQL) {
        // A no-op UPDATE writes no commit record, so this costs no WAL flush when nothing expired.
        if (releaseDue(now, leaseUntil)) {
          releaseExpired(c, now);
        }
        // The rows read are locked by this transaction: the UPDATE takes every one of them.
        return inTransaction(
            c,
            () ->
                new Recorded(
                    completeOn(c, outcomes),
                    take(
                        c,
                        dueQuery(max) + " FOR UPDATE OF o SKIP LOCKED",
                        token,
                        now,
                        leaseUntil)));
      }
      try {
        return writing(
            () ->
                inTransaction(
                    c,
                    () -> {
                      List<Boolean> recorded = completeOn(c, outcomes);
                      if (releaseDue(now, leaseUntil)) {
                        releaseExpiredOn(c, now);
                      }
                      return new Recorded(recorded, take(c, dueQuery(max), token, now, leaseUntil));
                    }));
      } catch (SQLException e) {
        if (!Schemas.isRace(e)) {
          throw e;
        }
        // A writer outside this JVM holds a row: record the outcomes alone, claim nothing now.
        return new Recorded(complete(outcomes), List.of());
      }
    } catch (SQLException e) {
      OutboxStoreException failure = failed("claim due entries from " + table, e);
      if (e instanceof CommitFailed) {
        // The commit may have taken effect: then the batch is claimed under this token, and the
        // caller, told the claim failed, sends none of it. Back to PENDING now, not after the
        // lease (the connection is closed by now: a pool of one has one for this).
        Interrupts.setAsideWhile(
            () -> {
              try {
                releaseClaims(token, now);
              } catch (OutboxStoreException again) {
                failure.addSuppressed(again);
              }
            });
      }
      throw failure;
    }
  }

  /**
   * Reads the due rows with {@code dueSql} and takes them; returns those taken, in order, as they
   * now are (IN_FLIGHT, one more attempt).
   */
  private List<Claimed> take(Connection c, String dueSql, String token, long now, long leaseUntil)
      throws SQLException {
    List<Claimed> due = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(dueSql)) {
      select.setLong(1, now);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          OutboxEntry row = entry(rows);
          OutboxEntry taken =
              new OutboxEntry(
                  row.id(),
                  row.dossierCode(),
                  row.kind(),
                  row.idempotencyKey(),
                  EntryState.IN_FLIGHT,
                  row.attempts() + 1,
                  row.nextAttemptAt(),
                  row.lastErrorCode(),
                  row.createdAt(),
                  Instant.ofEpochMilli(now));
          due.add(new Claimed(taken, rows.getBytes(11), token));
        }
      }
    }
    int updated = 0;
    for (int from = 0; from < due.size(); from += READ_SLICE) {
      List<Claimed> slice = due.subList(from, Math.min(due.size(), from + READ_SLICE));
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE "
                  + table
                  + " SET state = 'IN_FLIGHT', claim_token = ?, claim_expires_at = ?,"
                  + " attempts = attempts + 1, updated_at = ? WHERE state = 'PENDING' AND id IN ("
                  + marks(slice.size())
                  + ")")) {
        update.setString(1, token);
        update.setLong(2, leaseUntil);
        update.setLong(3, now);
        for (int i = 0; i < slice.size(); i++) {
          update.setLong(i + 4, slice.get(i).entry().id());
        }
        updated += update.executeUpdate();
      }
    }
    if (updated == due.size()) {
      return due;
    }
    // H2 shared with another process that took some rows meanwhile: keep those taken here.
    List<Claimed> taken = new ArrayList<>();
    for (Claimed claim : due) {
      if (takenBy(c, claim.entry().id(), token)) {
        taken.add(claim);
      }
    }
    return taken;
  }

  private boolean takenBy(Connection c, long id, String token) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ? AND claim_token = ?")) {
      select.setLong(1, id);
      select.setString(2, token);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /**
   * Whether this claim should first return expired leases: at most every second, or every quarter
   * of the lease when that is shorter, rather than on every pass. A lease comes back at most that
   * much after it expires, and busy dispatchers do not scan the IN_FLIGHT rows (and, on PostgreSQL,
   * the dead index entries every completed claim leaves there until vacuumed) pass after pass.
   */
  private boolean releaseDue(long now, long leaseUntil) {
    long every = Math.max(1, Math.min(RELEASE_EVERY_MILLIS, (leaseUntil - now) / 4));
    long due = nextReleaseAt.get();
    if (now < due && due - now <= every) {
      return false;
    }
    // Also when the clock went back (a test's clock, say): release, and start counting anew.
    return nextReleaseAt.compareAndSet(due, now + every);
  }

  private void releaseExpired(Connection c, long now) throws SQLException {
    try {
      writing(() -> releaseExpiredOn(c, now));
    } catch (SQLException e) {
      if (!Schemas.isRace(e)) {
        throw e;
      }
      // Another claimer is returning the same expired entries.
    }
  }

  private int releaseExpiredOn(Connection c, long now) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE "
                + table
                + " SET state = 'PENDING', claim_token = NULL, claim_expires_at = NULL,"
                + " next_attempt_at = ?, updated_at = ? WHERE state = 'IN_FLIGHT'"
                + " AND claim_expires_at <= ?")) {
      update.setLong(1, now);
      update.setLong(2, now);
      update.setLong(3, now);
      return update.executeUpdate();
    }
  }

  /** Marks a claimed entry DELIVERED; false when the claim was lost (lease expired). */
  public boolean delivered(long id, String token, long now) {
    return complete(id, token, EntryState.DELIVERED, now, now, null);
  }

  /** Returns a claimed entry to PENDING, due at {@code nextAt}, recording the error code. */
  public boolean retryLater(
      long id, String token, long nextAt, @Nullable String errorCode, long now) {
    return complete(id, token, EntryState.PENDING, nextAt, now, errorCode);
  }

  /** Marks a claimed entry DEAD with {@code reasonCode}. */
  public boolean dead(long id, String token, String reasonCode, long now) {
    return complete(id, token, EntryState.DEAD, now, now, reasonCode);
  }

  /**
   * The outcome of one attempt: the claimed entry {@code id} under {@code token} goes to {@code
   * state} (DELIVERED, PENDING or DEAD), due at {@code nextAt}, with {@code errorCode} recorded
   * when not null.
   */
  public record Outcome(
      long id, String token, EntryState state, long nextAt, long now, @Nullable String errorCode) {}

  private boolean complete(
      long id, String token, EntryState state, long nextAt, long now, @Nullable String errorCode) {
    return complete(List.of(new Outcome(id, token, state, nextAt, now, errorCode))).get(0);
  }

  /**
   * Records the outcomes in one transaction (one commit); returns, per outcome and in order,
   * whether it is recorded (false when the claim was lost: lease expired or entry released). An
   * outcome its own claim recorded already — in a transaction whose commit reported a failure after
   * taking effect — counts as recorded. Nothing new is recorded when it throws, unless the commit
   * itself failed (it may have taken effect).
   */
  public List<Boolean> complete(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return List.of();
    }
    try (Connection c = dataSource.getConnection()) {
      return writing(() -> inTransaction(c, () -> completeOn(c, outcomes)));
    } catch (SQLException e) {
      throw failed("record an attempt's outcome in " + table, e);
    }
  }

  /**
   * Records the outcomes on {@code c}, leaving the transaction to the caller: as JDBC batches, one
   * round trip each on PostgreSQL.
   */
  private List<Boolean> completeOn(Connection c, List<Outcome> outcomes) throws SQLException {
    if (outcomes.isEmpty()) {
      return List.of();
    }
    String set =
        "UPDATE "
            + table
            + " SET state = ?, claim_token = NULL, claim_expires_at = NULL, completed_token = ?,"
            + " next_attempt_at = ?, updated_at = ?";
    String where = " WHERE id = ? AND claim_token = ?";
    // Outcomes without an error code keep the last one recorded; the others replace it.
    List<Integer> keeping = new ArrayList<>();
    List<Integer> recording = new ArrayList<>();
    try (PreparedStatement keep = c.prepareStatement(set + where);
        PreparedStatement record = c.prepareStatement(set + ", last_error_code = ?" + where)) {
      for (int n = 0; n < outcomes.size(); n++) {
        Outcome o = outcomes.get(n);
        boolean keepError = o.errorCode() == null;
        PreparedStatement update = keepError ? keep : record;
        (keepError ? keeping : recording).add(n);
        update.setString(1, o.state().name());
        update.setString(2, o.token());
        update.setLong(3, o.nextAt());
        update.setLong(4, o.now());
        int i = 5;
        if (!keepError) {
          update.setString(i++, truncate(Objects.requireNonNull(o.errorCode()), ERROR_CODE_LENGTH));
        }
        update.setLong(i++, o.id());
        update.setString(i, o.token());
        update.addBatch();
      }
      Boolean[] done = new Boolean[outcomes.size()];
      updated(keep, keeping, done);
      updated(record, recording, done);
      recordedBefore(c, outcomes, done);
      return List.of(done);
    }
  }

  /**
   * Marks as recorded the outcomes that matched no row because their own claim recorded them
   * already: in a transaction whose commit reported a failure after taking effect (an interrupted
   * H2 commit, a connection lost while PostgreSQL committed), offered again since. Such a row was
   * completed under the outcome's claim token and is still in the outcome's state. Without this,
   * the entry's event (delivered, above all) would never be announced.
   */
  private void recordedBefore(Connection c, List<Outcome> outcomes, Boolean[] done)
      throws SQLException {
    List<Integer> missed = new ArrayList<>();
    for (int n = 0; n < done.length; n++) {
      if (!done[n]) {
        missed.add(n);
      }
    }
    if (missed.isEmpty()) {
      return;
    }
    Map<Long, Completion> completed = new HashMap<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, state, completed_token FROM "
                + table
                + " WHERE id IN ("
                + marks(missed.size())
                + ")")) {
      for (int i = 0; i < missed.size(); i++) {
        select.setLong(i + 1, outcomes.get(missed.get(i)).id());
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          completed.put(rows.getLong(1), new Completion(rows.getString(2), rows.getString(3)));
        }
      }
    }
    for (int n : missed) {
      Outcome o = outcomes.get(n);
      done[n] = new Completion(o.state().name(), o.token()).equals(completed.get(o.id()));
    }
  }

  /** A row's state and the claim that completed it last ({@code completed_token}), if any. */
  private record Completion(String state, @Nullable String token) {}

  /**
   * Returns the entries still claimed under {@code token} to PENDING, due at {@code now}, taking
   * back the attempt their claim counted: the claims of a transaction whose commit reported a
   * failure but took effect, which nobody will send. Returns how many there were.
   */
  public int releaseClaims(String token, long now) {
    try (Connection c = dataSource.getConnection()) {
      return writing(
          () -> {
            try (PreparedStatement update =
                c.prepareStatement(
                    "UPDATE "
                        + table
                        + " SET state = 'PENDING', claim_token = NULL, claim_expires_at = NULL,"
                        + " attempts = attempts - 1, next_attempt_at = ?, updated_at = ?"
                        + " WHERE state = 'IN_FLIGHT' AND claim_token = ?")) {
              update.setLong(1, now);
              update.setLong(2, now);
              update.setString(3, token);
              return update.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw failed("release the claims of a failed pass in " + table, e);
    }
  }

  /** The length of the {@code last_error_code} column. */
  private static final int ERROR_CODE_LENGTH = 64;

  private static String truncate(String value, int length) {
    return value.length() <= length ? value : value.substring(0, length);
  }

  /** Runs {@code batch} and marks, per outcome index, whether its row was updated. */
  private static void updated(PreparedStatement batch, List<Integer> indexes, Boolean[] done)
      throws SQLException {
    if (indexes.isEmpty()) {
      return;
    }
    int[] counts = batch.executeBatch();
    for (int i = 0; i < indexes.size(); i++) {
      // Both supported drivers report each count; a driver that cannot (SUCCESS_NO_INFO) is
      // taken at its word that the statement succeeded.
      done[indexes.get(i)] = counts[i] != 0;
    }
  }

  /**
   * Puts a DEAD entry back to PENDING, due now, under {@code newKey} when not null (else its key is
   * kept); false when it is not DEAD.
   */
  public boolean resubmit(long id, long now, @Nullable String newKey) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE "
                    + table
                    + " SET state = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?"
                    + (newKey == null ? "" : ", idempotency_key = ?")
                    + " WHERE id = ? AND state = 'DEAD'")) {
      int i = 1;
      update.setLong(i++, now);
      update.setLong(i++, now);
      if (newKey != null) {
        update.setString(i++, newKey);
      }
      update.setLong(i, id);
      return writing(update::executeUpdate) == 1;
    } catch (SQLException e) {
      throw failed("resubmit an entry of " + table, e);
    }
  }

  /**
   * Deletes the entries in {@code state} (DELIVERED or DEAD) last updated before {@code before}
   * (epoch ms of the outbox's clock); returns how many were deleted. Entries in other states are
   * never deleted. The rows go in slices of {@link #PURGE_SLICE}, one transaction each (on H2 run
   * alone, like every write), until a slice finds fewer: a large purge holds no long transaction,
   * and the slices committed before a failure stay deleted. Deleting DELIVERED and DEAD rows keeps
   * the per-dossier order: a claim waits only for earlier PENDING or IN_FLIGHT entries.
   *
   * @throws IllegalArgumentException when {@code state} is PENDING or IN_FLIGHT
   */
  public long purge(EntryState state, long before) {
    return purge(state, before, PURGE_SLICE);
  }

  /** As {@link #purge(EntryState, long)}, in slices of {@code slice} rows (for tests). */
  long purge(EntryState state, long before, int slice) {
    Objects.requireNonNull(state, "state");
    if (state != EntryState.DELIVERED && state != EntryState.DEAD) {
      throw new IllegalArgumentException(
          "only DELIVERED or DEAD entries can be purged, not " + state);
    }
    if (slice < 1) {
      throw new IllegalArgumentException("slice must be positive");
    }
    String sql = purgeSql(state, slice);
    long total = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement(sql)) {
      // Every parameter is the cutoff (the statement's only other values are literals); counted
      // in the text, since a PostgreSQL driver in simple query mode cannot describe a statement.
      long parameters = sql.chars().filter(ch -> ch == '?').count();
      for (int i = 1; i <= parameters; i++) {
        delete.setLong(i, before);
      }
      int deleted;
      do {
        deleted = writing(() -> inTransaction(c, delete::executeUpdate));
        total += deleted;
      } while (deleted >= slice);
    } catch (SQLException e) {
      throw failed(
          "purge " + state + " entries from " + table,
          total
              + " were deleted before the failure and stay deleted; the others are kept: check the"
              + " database and its privileges",
          e);
    }
    if (total > 0) {
      LOG.info("Outbox table {}: purged {} {} entries", table, total, state);
    }
    return total;
  }

  /**
   * The statement deleting one slice of {@code state} entries updated before its parameters (each
   * the cutoff); package-private for the plan test.
   */
  String purgeSql(EntryState state, int slice) {
    // A DELIVERED or DEAD entry's outcome sets next_attempt_at and updated_at to the same time and
    // nothing changes either afterwards, so next_attempt_at < before selects the same rows: it lets
    // the slice be read from the claim index (state, next_attempt_at, id) in order, stopping after
    // the slice, instead of filtering and sorting every entry of the state. updated_at is checked
    // too, so a row that broke that rule would be kept, never deleted early.
    // The outer conditions are checked again on the row as it is when deleted: on PostgreSQL a DEAD
    // entry resubmitted meanwhile (PENDING now) is skipped, not deleted on the subquery's word.
    String where = "state = '" + state.name() + "' AND next_attempt_at < ? AND updated_at < ?";
    if (dialect == Dialect.H2) {
      // H2 evaluates an IN (SELECT …) condition of a DELETE again for every row it looks at, so a
      // slice of n rows cost n subqueries of n rows (0.7 s for 1,000). Its DELETE takes a row
      // limit instead, and reads the rows through the claim index in its order.
      return "DELETE FROM " + table + " WHERE " + where + " FETCH FIRST " + slice + " ROWS ONLY";
    }
    return "DELETE FROM "
        + table
        + " WHERE "
        + where
        + " AND id IN (SELECT id FROM "
        + table
        + " WHERE "
        + where
        + " ORDER BY state, next_attempt_at, id LIMIT "
        + slice
        + ")";
  }

  /** Returns the entry {@code id}. */
  public Optional<OutboxEntry> find(long id) {
    List<OutboxEntry> found = select(" WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Returns the entries in {@code state}, oldest first, at most {@code limit}. */
  public List<OutboxEntry> inState(EntryState state, int limit) {
    return select(" WHERE state = '" + state.name() + "' ORDER BY id LIMIT " + limit, null);
  }

  /** Returns the entries of a dossier, oldest first. */
  public List<OutboxEntry> ofDossier(String dossierCode) {
    return select(" WHERE dossier_code = ? ORDER BY id", dossierCode);
  }

  private List<OutboxEntry> select(String where, @Nullable Object arg) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + where)) {
      if (arg != null) {
        select.setObject(1, arg);
      }
      List<OutboxEntry> result = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          result.add(entry(rows));
        }
      }
      return result;
    } catch (SQLException e) {
      throw failed("read " + table, e);
    }
  }

  /** Returns the number of PENDING and IN_FLIGHT entries. */
  public long depth() {
    return scalar("SELECT COUNT(*) FROM " + table + " WHERE state IN ('PENDING', 'IN_FLIGHT')");
  }

  /** Returns the creation time of the oldest undelivered entry, or -1. */
  public long oldestUndeliveredCreatedAt() {
    return scalar(
        "SELECT COALESCE(MIN(created_at), -1) FROM "
            + table
            + " WHERE state IN ('PENDING', 'IN_FLIGHT')");
  }

  private long scalar(String sql) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql);
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw failed("read " + table, e);
    }
  }

  private static OutboxEntry entry(ResultSet rows) throws SQLException {
    return new OutboxEntry(
        rows.getLong(1),
        rows.getString(2),
        EntryKind.valueOf(rows.getString(3)),
        rows.getString(4),
        EntryState.valueOf(rows.getString(5)),
        rows.getInt(6),
        Instant.ofEpochMilli(rows.getLong(7)),
        rows.getString(8),
        Instant.ofEpochMilli(rows.getLong(9)),
        Instant.ofEpochMilli(rows.getLong(10)));
  }

  /** Work done inside one transaction. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} in a transaction on {@code c}, committing on success and rolling back on any
   * failure, and restores the connection's auto-commit mode for its pool.
   */
  private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    T result;
    try {
      result = work.run();
      try {
        c.commit();
      } catch (SQLException e) {
        throw new CommitFailed(e);
      }
    } catch (SQLException | RuntimeException e) {
      try {
        c.rollback();
        c.setAutoCommit(autoCommit);
      } catch (SQLException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    try {
      c.setAutoCommit(autoCommit);
    } catch (SQLException ignored) {
      // The work is committed and its result must be returned, not retried; a connection that
      // cannot switch modes any more is for its pool to discard.
    }
    return result;
  }
}
