package vn.motcua.dossier.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.internal.outbox.Interrupts;
import vn.motcua.dossier.internal.outbox.OutboxStore;
import vn.motcua.dossier.internal.outbox.Payloads;
import vn.motcua.dossier.internal.portal.PortalSender;
import vn.motcua.dossier.internal.portal.PortalSenders;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.LgspClient;
import vn.motcua.dossier.portal.PortalException;
import vn.motcua.dossier.portal.PortalReceipt;
import vn.motcua.dossier.portal.PortalRejectedException;

/**
 * Delivers an {@link Outbox}'s entries to the portal: claims due entries, sends each with its
 * idempotency key, and records the outcome.
 *
 * <ul>
 *   <li>Accepted: DELIVERED. Refused for good ({@link PortalRejectedException}, or a payload that
 *       can no longer be read): DEAD with the error code, kept for {@link Outbox#deadLetters()}.
 *   <li>Anything else (unavailable, rate limited, authentication, database trouble): PENDING again,
 *       due after {@code max(retryAfter, backoff)}, where backoff is the retry policy's full jitter
 *       ({@link RetryPolicy#backoff}) for the entry's attempt count. Retries never end by
 *       themselves: watch {@link Outbox#oldestPendingAge()}.
 *   <li>Per-dossier order: an entry is not claimed while an earlier entry of its dossier is PENDING
 *       or IN_FLIGHT, so steps wait for the dossier.
 *   <li>Each claim holds a lease ({@code leaseDuration}); an entry whose dispatcher died returns to
 *       PENDING when the lease expires and is sent again with the same key, which the portal
 *       recognises.
 * </ul>
 *
 * <p>A pass records the previous pass's outcomes and claims up to {@code batchSize} due entries in
 * one transaction, then sends them one after another: one commit per pass, not per entry (outcomes
 * held longer than 50 ms are committed on their own meanwhile). Listener events follow the commit
 * of their outcome. An entry whose outcome was not committed (the process died, the database
 * failed, or {@link #stop} returned it) is sent again under the same key.
 *
 * <p>{@link #start()} runs {@code threads} workers, each polling every {@code pollInterval} when
 * idle (and woken at once by a submission in this JVM); {@link #runOnce()} does one pass on the
 * calling thread instead, for schedulers and tests. Several dispatchers, in one JVM or in several
 * instances, may serve one table. Thread-safe.
 */
public final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  private static final Duration MIN_WAIT = Duration.ofMillis(1);
  private static final String PAYLOAD_UNREADABLE = "outbox.payload_unreadable";

  /** A worker's {@code failingSince} when its last pass did not fail. */
  private static final long NOT_FAILING = Long.MIN_VALUE;

  /** How long a worker holds finished outcomes to commit them together: checked after each send. */
  private static final long OUTCOME_WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final Outbox outbox;
  private final OutboxStore store;
  private final PortalSender sender;
  private final int threads;
  private final int batchSize;
  private final Duration pollInterval;
  private final Duration leaseDuration;
  private final RetryPolicy retryPolicy;
  private final Object monitor = new Object();
  private final Runnable wakeUp = this::wakeUp;
  private final Map<Long, String> inFlight = new ConcurrentHashMap<>();

  /**
   * The outcomes the workers hold, not yet recorded, by entry id: so that {@link #stop} records a
   * stuck worker's finished sends instead of putting those entries back to be sent again.
   */
  private final Map<Long, Result> heldOutcomes = new ConcurrentHashMap<>();

  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running;
  private boolean started;

  /** A submission arrived since a worker last looked: the next idle worker looks again at once. */
  private boolean wakeRequested;

  private Dispatcher(Builder builder) {
    this.outbox = builder.outbox;
    this.store = outbox.store();
    this.sender = builder.sender;
    this.threads = builder.threads;
    this.batchSize = builder.batchSize;
    this.pollInterval = builder.pollInterval;
    this.leaseDuration = builder.leaseDuration;
    this.retryPolicy = builder.retryPolicy;
  }

  /**
   * Returns a builder of a dispatcher sending {@code outbox}'s entries through the DVCQG adapter.
   */
  public static Builder builder(Outbox outbox, DvcqgClient client) {
    return new Builder(outbox, PortalSenders.of(client));
  }

  /** Returns a builder of a dispatcher sending {@code outbox}'s entries through an LGSP gateway. */
  public static Builder builder(Outbox outbox, LgspClient client) {
    return new Builder(outbox, PortalSenders.of(client));
  }

  /**
   * Starts the worker threads (daemon threads named {@code motcua-outbox-N}).
   *
   * @throws IllegalStateException when already started
   */
  public void start() {
    synchronized (monitor) {
      if (started) {
        throw new IllegalStateException("the dispatcher was already started");
      }
      started = true;
      running = true;
      outbox.onSubmit(wakeUp);
      for (int i = 0; i < threads; i++) {
        Thread worker = new Thread(this::work, "motcua-outbox-" + (i + 1));
        worker.setDaemon(true);
        workers.add(worker);
        worker.start();
      }
    }
  }

  /**
   * Stops claiming, waits up to {@code timeout} for the sends in progress, and returns any entry
   * still in flight to PENDING, to be sent again (same payload, same key) by the next dispatcher.
   * Workers still sending after {@code timeout} are interrupted and given up to a second more to
   * record what they finished. A caller interrupted before or during the call stops waiting at
   * once, still returns the entries, and keeps its interrupt status.
   *
   * @return true when every worker finished within {@code timeout}
   */
  public boolean stop(Duration timeout) {
    List<Thread> toJoin;
    synchronized (monitor) {
      running = false;
      outbox.removeOnSubmit(wakeUp);
      monitor.notifyAll();
      toJoin = List.copyOf(workers);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean clean = true;
    for (Thread worker : toJoin) {
      try {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          TimeUnit.NANOSECONDS.timedJoin(worker, left);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (worker.isAlive()) {
        clean = false;
        worker.interrupt();
      }
    }
    // An interrupted worker ends its send at once and records what it finished: given a moment,
    // it does so before the releases below, which would otherwise put a delivered entry back.
    long graceEnd = System.nanoTime() + INTERRUPTED_WORKER_GRACE.toNanos();
    for (Thread worker : toJoin) {
      long left = graceEnd - System.nanoTime();
      if (worker.isAlive() && left > 0 && !Thread.currentThread().isInterrupted()) {
        try {
          TimeUnit.NANOSECONDS.timedJoin(worker, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    // Sends a stuck worker finished are recorded as they ended; the other claims go back to
    // PENDING. Both with an interrupted caller too (see release). Whichever of this and the
    // worker records an outcome first wins; the other finds it recorded, and neither announces it
    // twice (see announce).
    List<Result> finished = new ArrayList<>();
    Map<Long, String> unfinished = new LinkedHashMap<>();
    for (Map.Entry<Long, String> claim : Map.copyOf(inFlight).entrySet()) {
      Result result = heldOutcomes.get(claim.getKey());
      if (result != null
          && result.outcome().token().equals(claim.getValue())
          && !cutShort(result)) {
        finished.add(result);
      } else {
        unfinished.put(claim.getKey(), claim.getValue());
      }
    }
    Interrupts.setAsideWhile(
        () -> {
          try {
            record(finished);
          } catch (MotcuaException e) {
            // Their leases expire and they are sent again under the same keys.
            LOG.warn("Outbox outcomes could not be recorded on stopping ({})", e.code());
          }
        });
    release(unfinished);
    return clean;
  }

  /** How long {@link #stop} waits for an interrupted worker to record what it finished. */
  private static final Duration INTERRUPTED_WORKER_GRACE = Duration.ofSeconds(1);

  /**
   * Returns claimed entries ({@code id -> claim token}) to PENDING, due now, and forgets them: to
   * be sent again, under the same key, by the next pass or dispatcher. Database I/O under an
   * interrupt fails (H2 refuses to write its file), which would leave them IN_FLIGHT for a whole
   * lease, so the thread's interrupt status is set aside meanwhile and restored after. An entry
   * that cannot be released waits out its lease instead.
   */
  private void release(Map<Long, String> claims) {
    if (claims.isEmpty()) {
      return;
    }
    Interrupts.setAsideWhile(
        () -> {
          long now = outbox.clock().millis();
          for (Map.Entry<Long, String> claim : claims.entrySet()) {
            try {
              // A late outcome of the same claim no longer matches once it is released.
              store.retryLater(claim.getKey(), claim.getValue(), now, null, now);
            } catch (MotcuaException e) {
              LOG.warn(
                  "Outbox entry {} could not be released on stopping ({})",
                  claim.getKey(),
                  e.code());
            }
            inFlight.remove(claim.getKey(), claim.getValue());
          }
        });
  }

  /**
   * Claims every entry due when the call starts and sends it on the calling thread, pass after
   * pass; an entry that fails is rescheduled for a later run. Returns how many sends were
   * attempted. For schedulers and tests; works alongside {@link #start()}.
   *
   * @throws OutboxStoreException when the database fails
   */
  public int runOnce() {
    // Only entries due when the run began: one that fails now is left for a later run.
    long start = outbox.clock().millis();
    List<Result> held = new ArrayList<>();
    int sent = 0;
    try {
      while (true) {
        int pass = pass(start, held, false);
        if (pass == 0) {
          return sent; // the last pass recorded the outcomes held
        }
        sent += pass;
      }
    } catch (RuntimeException e) {
      try {
        record(held);
      } catch (RuntimeException again) {
        e.addSuppressed(again);
        abandon(held);
      }
      throw e;
    }
  }

  /**
   * One pass: records the outcomes {@code held} from the previous pass and claims a batch in one
   * transaction, sends the batch, and leaves the last outcomes in {@code held} for the next pass's
   * transaction (outcomes held longer than the grouping window are recorded on their own). Returns
   * how many entries it claimed.
   */
  private int pass(long dueBy, List<Result> held, boolean worker) {
    long now = outbox.clock().millis();
    String token = UUID.randomUUID().toString();
    List<OutboxStore.Outcome> outcomes = outcomes(held);
    OutboxStore.Recorded done;
    try {
      done =
          store.completeAndClaim(outcomes, batchSize, token, dueBy, now + leaseDuration.toMillis());
    } catch (RuntimeException e) {
      // Record the outcomes alone, so that a claim failing again and again does not hold them.
      // When the commit reported a failure after taking effect (an H2 commit interrupted by stop(),
      // say), they are recorded already: the store recognises them, and they are announced. With
      // the interrupt set aside: H2 refuses to write under one.
      Interrupts.setAsideWhile(
          () -> {
            try {
              record(held);
            } catch (RuntimeException again) {
              e.addSuppressed(again);
            }
          });
      throw e;
    }
    announce(held, done.recorded());
    List<OutboxStore.Claimed> claimed = done.claimed();
    for (OutboxStore.Claimed claim : claimed) {
      inFlight.put(claim.entry().id(), token);
    }
    // The batch holds at most one entry per dossier (an entry is not due while an earlier one of
    // its dossier is PENDING or IN_FLIGHT), so holding outcomes back keeps per-dossier order: the
    // next entry of a dossier is claimable only once its predecessor's outcome is committed.
    long firstHeld = 0;
    for (int i = 0; i < claimed.size(); i++) {
      OutboxStore.Claimed claim = claimed.get(i);
      if (worker && !running) {
        // Stopping: the claims not sent go back to PENDING now, whether or not stop() has already
        // released the others (it may have looked before this claim was taken).
        Map<Long, String> unsent = new LinkedHashMap<>();
        for (OutboxStore.Claimed left : claimed.subList(i, claimed.size())) {
          unsent.put(left.entry().id(), left.token());
        }
        release(unsent);
        break;
      }
      Result result = send(claim);
      held.add(result);
      heldOutcomes.put(result.outcome().id(), result);
      if (worker && !running) {
        // Stopping (this send may have been cut short): work() sorts out what it holds.
        continue;
      }
      if (held.size() == 1) {
        firstHeld = System.nanoTime();
      } else if (System.nanoTime() - firstHeld >= OUTCOME_WINDOW_NANOS) {
        try {
          record(held);
        } catch (MotcuaException e) {
          // Kept in held: recorded with the next claim. The rest of the batch is still sent.
          LOG.warn("Outbox outcomes not recorded yet ({}); retrying with the next claim", e.code());
          firstHeld = System.nanoTime();
        }
      }
    }
    return claimed.size();
  }

  /**
   * Gives up recording the held outcomes (the database keeps refusing them): their entries stay
   * IN_FLIGHT until their leases expire and are then sent again under the same keys, as after a
   * crash.
   */
  private void abandon(List<Result> held) {
    for (Result result : held) {
      inFlight.remove(result.outcome().id(), result.outcome().token());
      heldOutcomes.remove(result.outcome().id(), result);
    }
    held.clear();
  }

  /**
   * Records the held outcomes in one transaction of their own and empties {@code held}; see {@link
   * #announce}.
   */
  private void record(List<Result> held) {
    if (held.isEmpty()) {
      return;
    }
    announce(held, store.complete(outcomes(held)));
  }

  private static List<OutboxStore.Outcome> outcomes(List<Result> held) {
    List<OutboxStore.Outcome> outcomes = new ArrayList<>(held.size());
    for (Result result : held) {
      outcomes.add(result.outcome());
    }
    return outcomes;
  }

  /**
   * After the commit of the held outcomes: tells the listener about each one recorded (an outcome
   * whose claim was lost meanwhile is not), forgets their claims and empties {@code held}.
   */
  private void announce(List<Result> held, List<Boolean> recorded) {
    List<Result> done = List.copyOf(held);
    held.clear();
    for (int i = 0; i < done.size(); i++) {
      OutboxStore.Outcome outcome = done.get(i).outcome();
      inFlight.remove(outcome.id(), outcome.token());
      // Whoever takes it out of heldOutcomes announces it: stop() and a stuck worker may both
      // record the same outcome, and the store reports it recorded to both.
      boolean mine = heldOutcomes.remove(outcome.id(), done.get(i));
      if (recorded.get(i) && mine) {
        outbox.notify(done.get(i).event());
      }
    }
  }

  /** An attempt's outcome, not yet recorded, and the listener event to send once it is. */
  private record Result(OutboxStore.Outcome outcome, Runnable event) {}

  private void work() {
    List<Result> held = new ArrayList<>();
    long failingSince = NOT_FAILING;
    try {
      while (running) {
        int sent;
        try {
          sent = pass(outbox.clock().millis(), held, true);
          failingSince = NOT_FAILING;
        } catch (MotcuaException e) {
          LOG.warn("Outbox dispatcher cannot reach its table ({}); retrying", e.code());
          sent = 0;
          failingSince = failed(held, failingSince);
        } catch (RuntimeException e) {
          LOG.error("Outbox dispatcher pass failed ({}); retrying", e.getClass().getName());
          sent = 0;
          failingSince = failed(held, failingSince);
        }
        if (sent == 0) {
          idle();
        }
      }
    } finally {
      // Sends cut short by stop() are not failed attempts: those entries go back to PENDING, due
      // now. The other outcomes (deliveries, above all) are recorded, with the interrupt that
      // stop() may have sent set aside: H2 refuses to write under one, and a delivered entry left
      // IN_FLIGHT would be released by stop() and sent again.
      Map<Long, String> cutShort = new LinkedHashMap<>();
      List<Result> outcomes = new ArrayList<>();
      for (Result result : held) {
        OutboxStore.Outcome o = result.outcome();
        if (!running && cutShort(result)) {
          cutShort.put(o.id(), o.token());
          heldOutcomes.remove(o.id(), result);
        } else {
          outcomes.add(result);
        }
      }
      Interrupts.setAsideWhile(
          () -> {
            try {
              record(outcomes);
            } catch (RuntimeException e) {
              // Their leases expire and they are sent again under the same keys; stop() releases
              // them.
              LOG.warn(
                  "Outbox dispatcher could not record {} outcomes on stopping ({})",
                  outcomes.size(),
                  e.getClass().getName());
            }
          });
      release(cutShort);
    }
  }

  /** The error code of a send whose thread was interrupted (by {@link #stop}, here). */
  private static final String INTERRUPTED = "http.interrupted";

  /** Whether {@code result} is a send cut short by an interrupt: not a failed attempt. */
  private static boolean cutShort(Result result) {
    OutboxStore.Outcome o = result.outcome();
    return o.state() == EntryState.PENDING && INTERRUPTED.equals(o.errorCode());
  }

  /**
   * After a failed pass, given since when (outbox time) passes have been failing with outcomes
   * held: once that lasts a lease ({@code leaseDuration}), the held outcomes are abandoned (see
   * {@link #abandon}) — their leases have run out, so another dispatcher may have taken the entries
   * — and the worker goes on claiming. Until then they are offered again with each pass, so that a
   * short outage loses no outcome. Returns the new value of {@code failingSince}.
   */
  private long failed(List<Result> held, long failingSince) {
    if (held.isEmpty()) {
      return NOT_FAILING;
    }
    long now = outbox.clock().millis();
    if (failingSince == NOT_FAILING) {
      return now;
    }
    if (now - failingSince < leaseDuration.toMillis()) {
      return failingSince;
    }
    LOG.warn(
        "Outbox dispatcher gives up recording {} outcomes after failing for a lease; their entries"
            + " are sent again under the same keys",
        held.size());
    abandon(held);
    return NOT_FAILING;
  }

  private void idle() {
    synchronized (monitor) {
      if (!running) {
        return;
      }
      if (wakeRequested) {
        wakeRequested = false;
        return;
      }
      try {
        monitor.wait(Math.max(1, pollInterval.toMillis()));
        wakeRequested = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
  }

  /**
   * Wakes one idle worker for a new submission; when none is waiting, the next one to go idle looks
   * again first, so a submission that lands while a worker ends an empty pass is not left until the
   * next poll.
   */
  private void wakeUp() {
    synchronized (monitor) {
      wakeRequested = true;
      monitor.notify();
    }
  }

  private Result send(OutboxStore.Claimed claim) {
    OutboxEntry entry = claim.entry();
    String key = entry.idempotencyKey();
    PortalReceipt receipt;
    try {
      // Submitted by this process: the data prepared then, not parsed and serialised again.
      Payloads.Prepared prepared = outbox.takePrepared(entry.id(), key);
      receipt =
          switch (entry.kind()) {
            case DOSSIER ->
                prepared != null
                    ? sender.sendDossier(prepared.code(), prepared.data(), key)
                    : sender.sendDossier(Payloads.readDossier(claim.payload()), key);
            case PROGRESS ->
                prepared != null
                    ? sender.sendProgress(prepared.code(), prepared.data(), key)
                    : sender.sendProgress(
                        DossierCode.parse(entry.dossierCode()),
                        Payloads.readSteps(claim.payload()),
                        key);
          };
    } catch (PortalRejectedException e) {
      return dead(claim, e.code());
    } catch (InvalidInputException e) {
      return dead(claim, PAYLOAD_UNREADABLE);
    } catch (PortalException e) {
      return retry(claim, e.code(), e.retryAfter().orElse(Duration.ZERO));
    } catch (MotcuaException e) {
      return retry(claim, e.code(), Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.warn(
          "Outbox entry {} failed with {}; it will be retried", entry.id(), e.getClass().getName());
      return retry(claim, "outbox.send_failed", Duration.ZERO);
    }
    if (!receipt.idempotencyKey().equals(key)) {
      // The clients send the key they are given; a sender that does not breaks the guarantee.
      LOG.warn("Outbox entry {} was not sent under its recorded key", entry.id());
    }
    long now = outbox.clock().millis();
    OutboxEntry done = with(entry, EntryState.DELIVERED, null, now, now);
    return new Result(
        new OutboxStore.Outcome(entry.id(), claim.token(), EntryState.DELIVERED, now, now, null),
        () -> outbox.listener().delivered(done));
  }

  private Result dead(OutboxStore.Claimed claim, String code) {
    OutboxEntry entry = claim.entry();
    long now = outbox.clock().millis();
    OutboxEntry done = with(entry, EntryState.DEAD, code, now, now);
    return new Result(
        new OutboxStore.Outcome(entry.id(), claim.token(), EntryState.DEAD, now, now, code),
        () -> outbox.listener().deadLettered(done, code));
  }

  private Result retry(OutboxStore.Claimed claim, String code, Duration retryAfter) {
    OutboxEntry entry = claim.entry();
    Duration backoff =
        retryPolicy.backoff(Math.max(0, entry.attempts() - 1), ThreadLocalRandom.current());
    Duration asked = retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    // At least 1 ms, so that a zero jitter does not make the entry due within the same run.
    Duration wait = asked.compareTo(MIN_WAIT) < 0 ? MIN_WAIT : asked;
    long now = outbox.clock().millis();
    long next = now + wait.toMillis();
    OutboxEntry later = with(entry, EntryState.PENDING, code, next, now);
    return new Result(
        new OutboxStore.Outcome(entry.id(), claim.token(), EntryState.PENDING, next, now, code),
        () -> outbox.listener().attemptFailed(later, code, wait));
  }

  private static OutboxEntry with(
      OutboxEntry e, EntryState state, @Nullable String code, long next, long now) {
    return new OutboxEntry(
        e.id(),
        e.dossierCode(),
        e.kind(),
        e.idempotencyKey(),
        state,
        e.attempts(),
        Instant.ofEpochMilli(next),
        code == null ? e.lastErrorCode() : code,
        e.createdAt(),
        Instant.ofEpochMilli(now));
  }

  @Override
  public String toString() {
    return "Dispatcher[" + outbox.table() + ", threads=" + threads + "]";
  }

  /** Configures a {@link Dispatcher}. Not thread-safe. */
  public static final class Builder {
    private final Outbox outbox;
    private final PortalSender sender;
    private int threads = 2;
    private int batchSize = 10;
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration leaseDuration = Duration.ofMinutes(5);
    private RetryPolicy retryPolicy =
        RetryPolicy.builder()
            .baseDelay(Duration.ofSeconds(1))
            .maxDelay(Duration.ofMinutes(10))
            .build();

    private Builder(Outbox outbox, PortalSender sender) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      this.sender = sender;
    }

    /** Sets the number of worker threads {@link #start()} runs; default 2. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be positive");
      }
      this.threads = threads;
      return this;
    }

    /** Sets how many entries a worker claims at once; default 10. */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be positive");
      }
      this.batchSize = batchSize;
      return this;
    }

    /** Sets how long an idle worker waits before looking again; default 1 s. */
    public Builder pollInterval(Duration pollInterval) {
      if (pollInterval.isNegative() || pollInterval.isZero()) {
        throw new IllegalArgumentException("pollInterval must be positive");
      }
      this.pollInterval = pollInterval;
      return this;
    }

    /**
     * Sets how long a claim holds an entry before another dispatcher may take it back; default 5
     * min. Keep it well above the client's call timeout with its retries.
     */
    public Builder leaseDuration(Duration leaseDuration) {
      if (leaseDuration.isNegative() || leaseDuration.isZero()) {
        throw new IllegalArgumentException("leaseDuration must be positive");
      }
      this.leaseDuration = leaseDuration;
      return this;
    }

    /**
     * Sets the backoff between attempts of one entry: {@link RetryPolicy#backoff} with the entry's
     * attempt count (its {@code maxAttempts} and {@code maxElapsed} are not used: the outbox never
     * gives up on a retryable failure); default base 1 s, cap 10 min.
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Builds the dispatcher; call {@link Dispatcher#start()} or {@link Dispatcher#runOnce()}. */
    public Dispatcher build() {
      return new Dispatcher(this);
    }
  }
}
