package vn.motcua.dossier.outbox;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.internal.jdbc.EmbeddedDataSource;
import vn.motcua.dossier.internal.outbox.OutboxStore;
import vn.motcua.dossier.internal.outbox.Payloads;
import vn.motcua.dossier.internal.outbox.ReadBackCache;
import vn.motcua.dossier.portal.PortalIdempotency;

/**
 * The durable submission outbox: {@link #submit(Dossier)} returns once the submission is committed
 * to a database table; a {@link Dispatcher} then delivers it to the portal, retrying with the same
 * idempotency key until the portal accepts or refuses it for good.
 *
 * <p>{@link #embedded(Path)} keeps the table in an H2 file database owned by this object (one
 * application instance). {@link #jdbc(DataSource)} uses your PostgreSQL (or H2) database, where
 * several application instances may each run a dispatcher on the same table. The table, {@value
 * #DEFAULT_TABLE} by default, is created or upgraded on start-up; its schema version is recorded in
 * {@code motcua_schema_version} like the other motcua tables (see {@code docs/portal.md}).
 *
 * <p>Instances are thread-safe. Close an embedded outbox to close its database; closing one on your
 * data source does nothing to it.
 */
public final class Outbox implements AutoCloseable {
  /** The default table name. */
  public static final String DEFAULT_TABLE = OutboxStore.DEFAULT_TABLE;

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final OutboxStore store;
  private final Clock clock;
  private final OutboxListener listener;
  private final @Nullable EmbeddedDataSource ownedPool;
  private final List<Runnable> wakeUps = new CopyOnWriteArrayList<>();

  /** What was prepared at submission, for this process's dispatchers (see ReadBackCache). */
  private final ReadBackCache readBacks = new ReadBackCache(READ_BACK_CAPACITY);

  /** Submissions whose prepared data are kept: about a claim batch per worker, many times. */
  private static final int READ_BACK_CAPACITY = 1024;

  /** Connections of an embedded outbox's database open at most. */
  private static final int MAX_CONNECTIONS = 32;

  private Outbox(Builder builder, @Nullable EmbeddedDataSource ownedPool) {
    this.clock = builder.clock;
    this.listener = builder.listener;
    this.ownedPool = ownedPool;
    this.store = new OutboxStore(builder.dataSource, builder.schema, builder.tableName);
  }

  /**
   * Returns an outbox in the H2 file database {@code database} (H2 adds {@code .mv.db} to the
   * name), created if absent. Commits are written to the file before {@code submit} returns, and
   * the outbox runs one write transaction at a time on H2, so a killed process loses no committed
   * entry and leaves the table's index in step with its rows (see {@code docs/portal.md}). One
   * process per file.
   *
   * @throws OutboxStoreException when the file cannot be opened or written
   */
  public static Outbox embedded(Path database) {
    return embeddedBuilder(database).build();
  }

  /** Returns a builder for an outbox in the H2 file database {@code database}. */
  public static Builder embeddedBuilder(Path database) {
    String url =
        "jdbc:h2:file:"
            + database.toAbsolutePath()
            + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=32";
    EmbeddedDataSource pool =
        EmbeddedDataSource.open(url, MAX_CONNECTIONS, EmbeddedDataSource.DEFAULT_WAIT);
    Builder builder = new Builder(pool);
    builder.ownedPool = pool;
    return builder;
  }

  /**
   * Returns an outbox on {@code dataSource} (PostgreSQL or H2) with the default table in the
   * connection's default schema.
   *
   * @throws MotcuaException with code {@code outbox.unsupported_database}, {@code
   *     outbox.schema_too_new} or {@code outbox.store_failed}
   */
  public static Outbox jdbc(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /** Returns a builder for an outbox on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Records {@code dossier} for delivery and returns its entry once committed. Submissions made at
   * the same moment from several threads may share one commit (see {@code docs/portal.md}).
   *
   * @throws OutboxStoreException when the database fails (full disk, unreachable): nothing was
   *     recorded. When the commit itself reports a failure (as an H2 commit interrupted while
   *     writing its file can, after the write), the outbox looks the entry up and returns it if it
   *     was recorded; only when that look-up fails too does the error say the outcome is unknown,
   *     and submitting again is then safe, since the portal recognises the content's idempotency
   *     key
   * @throws MotcuaException when the dossier cannot be written as JSON
   */
  public OutboxEntry submit(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    // Announced before encoding: a group commit under way waits for it rather than committing
    // without it (see OutboxStore#arrive).
    try (OutboxStore.Arrival arrival = store.arrive()) {
      return committed(arrival, EntryKind.DOSSIER, dossier.code(), Payloads.dossier(dossier));
    }
  }

  /**
   * Records {@code dossier} inside the caller's transaction on {@code connection} (which must reach
   * the outbox's database): nothing is committed or rolled back here, so the entry exists exactly
   * when the caller's own changes are committed (a transactional outbox). Dispatchers see it after
   * that commit; no {@link OutboxListener#submitted} event is sent.
   *
   * @throws OutboxStoreException when the insert fails; the caller decides about its transaction
   */
  public OutboxEntry submit(Connection connection, Dossier dossier) {
    Objects.requireNonNull(connection, "connection");
    Payloads.Encoded encoded = Payloads.dossier(Objects.requireNonNull(dossier, "dossier"));
    return inCallerTransaction(connection, EntryKind.DOSSIER, dossier.code(), encoded);
  }

  /**
   * Records processing steps of one dossier for delivery, after the dossier's earlier entries, and
   * returns the entry once committed.
   *
   * @throws IllegalArgumentException when {@code steps} is empty
   * @throws OutboxStoreException when the database fails: nothing was recorded
   */
  public OutboxEntry submitProgress(DossierCode dossierCode, List<ProcessingStep> steps) {
    Objects.requireNonNull(dossierCode, "dossierCode");
    try (OutboxStore.Arrival arrival = store.arrive()) {
      return committed(
          arrival, EntryKind.PROGRESS, dossierCode, Payloads.progress(dossierCode, steps));
    }
  }

  /**
   * Records processing steps inside the caller's transaction; see {@link #submit(Connection,
   * Dossier)}.
   */
  public OutboxEntry submitProgress(
      Connection connection, DossierCode dossierCode, List<ProcessingStep> steps) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(dossierCode, "dossierCode");
    return inCallerTransaction(
        connection, EntryKind.PROGRESS, dossierCode, Payloads.progress(dossierCode, steps));
  }

  private OutboxEntry committed(
      OutboxStore.Arrival arrival, EntryKind kind, DossierCode code, Payloads.Encoded encoded) {
    OutboxEntry entry =
        store.insertCommitted(
            arrival, kind, code.value(), encoded.payload(), encoded.key(), clock.millis());
    readBacks.put(entry.id(), entry.idempotencyKey(), encoded.prepared());
    notify(() -> listener.submitted(entry));
    wakeUps.forEach(Runnable::run);
    return entry;
  }

  private OutboxEntry inCallerTransaction(
      Connection connection, EntryKind kind, DossierCode code, Payloads.Encoded encoded) {
    return store.insert(
        connection, kind, code.value(), encoded.payload(), encoded.key(), clock.millis());
  }

  /** Returns the entry {@code id}, or empty. */
  public Optional<OutboxEntry> entry(long id) {
    return store.find(id);
  }

  /** Returns the entries of a dossier, in submission order. */
  public List<OutboxEntry> entries(DossierCode dossierCode) {
    return store.ofDossier(Objects.requireNonNull(dossierCode, "dossierCode").value());
  }

  /** Returns the DEAD entries, oldest first (at most 1000; see {@link #deadLetters(int)}). */
  public List<OutboxEntry> deadLetters() {
    return deadLetters(1000);
  }

  /** Returns at most {@code limit} DEAD entries, oldest first. */
  public List<OutboxEntry> deadLetters(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    return store.inState(EntryState.DEAD, limit);
  }

  /**
   * Puts the DEAD entry {@code id} back in the queue, due now, with its payload and key unchanged
   * (for a refusal that was the portal's fault). To send corrected data, submit it anew instead.
   *
   * @return false when the entry does not exist or is not DEAD
   */
  public boolean resubmit(long id) {
    boolean done = store.resubmit(id, clock.millis(), null);
    if (done) {
      wakeUps.forEach(Runnable::run);
    }
    return done;
  }

  /**
   * Puts the DEAD entry {@code id} back in the queue, due now, with its payload unchanged under a
   * fresh idempotency key ({@link PortalIdempotency#fresh}): a portal that keeps the first outcome
   * per key processes it anew instead of answering with the recorded refusal. For a refusal that
   * was the portal's fault and that the portal replays per key; the content is the same, so a
   * portal that accepted it under the old key would store it twice.
   *
   * @return false when the entry does not exist or is not DEAD
   */
  public boolean resubmitWithFreshKey(long id) {
    Optional<OutboxEntry> entry = store.find(id);
    if (entry.isEmpty() || entry.get().state() != EntryState.DEAD) {
      return false;
    }
    String key = PortalIdempotency.fresh(entry.get().idempotencyKey());
    boolean done = store.resubmit(id, clock.millis(), key);
    if (done) {
      wakeUps.forEach(Runnable::run);
    }
    return done;
  }

  /**
   * Deletes the DELIVERED entries last updated (delivered) more than {@code olderThan} ago by the
   * outbox's clock, with their payloads, and returns how many were deleted. PENDING, IN_FLIGHT and
   * DEAD entries are kept, and so is the order of each dossier's later submissions. Rows are
   * deleted in slices of 1,000, one transaction each, so a large purge holds no long transaction;
   * run it on your own schedule, from one instance or several.
   *
   * @throws IllegalArgumentException when {@code olderThan} is negative
   * @throws OutboxStoreException when the database fails; slices deleted before the failure stay
   *     deleted
   */
  public long purgeDelivered(Duration olderThan) {
    return store.purge(EntryState.DELIVERED, cutoff(olderThan));
  }

  /**
   * Deletes the DEAD entries (dead letters) last updated more than {@code olderThan} ago by the
   * outbox's clock, as {@link #purgeDelivered(Duration)} does: for dead letters that were dealt
   * with. A purged entry can no longer be resubmitted.
   *
   * @throws IllegalArgumentException when {@code olderThan} is negative
   * @throws OutboxStoreException when the database fails
   */
  public long purgeDead(Duration olderThan) {
    return store.purge(EntryState.DEAD, cutoff(olderThan));
  }

  /** Returns the outbox time {@code olderThan} ago; the earliest time when that is before it. */
  private long cutoff(Duration olderThan) {
    Objects.requireNonNull(olderThan, "olderThan");
    if (olderThan.isNegative()) {
      throw new IllegalArgumentException("olderThan must not be negative: " + olderThan);
    }
    try {
      return Math.subtractExact(clock.millis(), olderThan.toMillis());
    } catch (ArithmeticException e) {
      return Long.MIN_VALUE; // longer than the clock can go back: nothing is that old
    }
  }

  /** Returns the number of entries not yet delivered nor dead (PENDING and IN_FLIGHT). */
  public long depth() {
    return store.depth();
  }

  /** Returns the age of the oldest entry not yet delivered nor dead, or empty when none is. */
  public Optional<Duration> oldestPendingAge() {
    long created = store.oldestUndeliveredCreatedAt();
    return created < 0
        ? Optional.empty()
        : Optional.of(Duration.ofMillis(Math.max(0, clock.millis() - created)));
  }

  /** Returns the qualified table name. */
  public String table() {
    return store.table();
  }

  OutboxStore store() {
    return store;
  }

  /**
   * Returns and forgets what was prepared at submission of entry {@code id} under {@code key}, or
   * null.
   */
  Payloads.@Nullable Prepared takePrepared(long id, String key) {
    return readBacks.take(id, key) instanceof Payloads.Prepared prepared ? prepared : null;
  }

  Clock clock() {
    return clock;
  }

  OutboxListener listener() {
    return listener;
  }

  void onSubmit(Runnable wakeUp) {
    wakeUps.add(wakeUp);
  }

  void removeOnSubmit(Runnable wakeUp) {
    wakeUps.remove(wakeUp);
  }

  void notify(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("An outbox listener failed ({}); the event is dropped", e.getClass().getName());
    }
  }

  /** Closes the embedded database; does nothing for an outbox on your data source. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.close();
    }
  }

  @Override
  public String toString() {
    return "Outbox[" + store.table() + "]";
  }

  /** Configures an {@link Outbox}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private @Nullable EmbeddedDataSource ownedPool;
    private @Nullable String schema;
    private String tableName = DEFAULT_TABLE;
    private Clock clock = Clock.systemUTC();
    private OutboxListener listener = OutboxListener.NONE;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Sets the schema of the table (must exist); default the connection's current schema. */
    public Builder schema(String schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /** Sets the table name; default {@value Outbox#DEFAULT_TABLE}. A lower-case identifier. */
    public Builder tableName(String tableName) {
      this.tableName = Objects.requireNonNull(tableName, "tableName");
      return this;
    }

    /** Sets the clock for entry times and due times; default the UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the listener of the outbox's events; default none. */
    public Builder listener(OutboxListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the outbox, creating or upgrading its table.
     *
     * @throws IllegalArgumentException when the schema or table name is not a plain identifier
     * @throws MotcuaException as {@link Outbox#jdbc(DataSource)}
     */
    public Outbox build() {
      try {
        return new Outbox(this, ownedPool);
      } catch (RuntimeException e) {
        if (ownedPool != null) {
          ownedPool.close();
        }
        throw e;
      }
    }
  }
}
