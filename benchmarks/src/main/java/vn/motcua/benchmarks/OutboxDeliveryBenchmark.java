package vn.motcua.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.testkit.portal.PortalFault;
import vn.motcua.testkit.portal.StubPortal;

/**
 * Durable delivery end to end, in dossiers delivered per second: {@link Outbox#submit} (committed)
 * and a {@link Dispatcher} sending each entry to a {@link StubPortal} through {@link
 * DvcqgClient#syncDossier} ({@code TraCuuHoSo}, then {@code DongBoHoSoMC}), beside raw OkHttp
 * posting the same two JSON bodies per dossier to the same stub endpoint.
 *
 * <p>One operation is a round of {@value #ROUND} new dossiers. SDK: {@code senders} application
 * threads submit them while a dispatcher of {@code senders} threads delivers; the round ends when
 * the outbox listener has seen every one delivered. Raw: {@code senders} threads each post their
 * share, two requests per dossier, and check each answer's {@code error_code}. Scores are
 * throughput (higher is better), so the ratio SDK / raw is the fraction of raw's delivery rate the
 * durable path keeps.
 *
 * <p>The raw bodies are the SDK's own serialisation of the same element (taken once from the
 * mapping), with the code and times of each dossier put in: byte for byte what the SDK sends. The
 * stub runs in the benchmark's JVM and shares its CPUs. {@code raw_deliverSyncOnly} (not paired)
 * posts only {@code DongBoHoSoMC}: the price of the {@code TraCuuHoSo} look-up.
 *
 * <p>The warm-up is long (a minute): the stub, the SDK and OkHttp are still being compiled by the
 * JIT for tens of thousands of dossiers, and with a shorter one the measured iterations still climb
 * (raw: about 1,000 dossiers/s after 10 s, 3,000 after 50 s on a 2-core machine).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class OutboxDeliveryBenchmark {
  /** Dossiers per operation; a multiple of every sender count used. */
  static final int ROUND = 240;

  private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(2);

  /** Concurrent senders: dispatcher and submitting threads (SDK), posting threads (raw). */
  @Param({"1", "4"})
  public int senders;

  /**
   * How late the stub answers every request, in milliseconds (processed first, as a slow portal
   * does), for raw and SDK alike. 0, the default, makes the pair CPU-bound on a small machine; the
   * national adapter answers in tens: {@code -p portalLatencyMs=5}.
   */
  @Param({"0"})
  public int portalLatencyMs;

  private final OutboxSamples samples = new OutboxSamples();
  private final AtomicLong next = new AtomicLong();
  private StubPortal portal;
  private ExecutorService pool;

  // SDK side
  private Path directory;
  private BenchDatabases.Postgres postgres;
  private DvcqgClient client;
  private Outbox outbox;
  private HikariDataSource outcomePool;
  private Outbox dispatching;
  private Dispatcher dispatcher;
  private volatile CountDownLatch round = new CountDownLatch(0);
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private final AtomicInteger dead = new AtomicInteger();

  // Raw side
  private RawDvcqgSender raw;

  /** Starts the stub portal and the side the benchmark method needs. */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    if (ROUND % senders != 0) {
      throw new IllegalArgumentException("senders must divide " + ROUND);
    }
    samples.warmUpEncoding(10_000);
    portal = StubPortal.builder().build().start();
    pool = Executors.newFixedThreadPool(senders);
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    if (method.startsWith("sdk_")) {
      setUpSdk(method.contains("_postgres"), method.endsWith("AsyncOutcomes"));
    } else {
      setUpRaw();
    }
  }

  private void setUpSdk(boolean onPostgres, boolean asyncOutcomes) {
    OutboxListener listener =
        new OutboxListener() {
          @Override
          public void delivered(OutboxEntry entry) {
            round.countDown();
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
    if (onPostgres) {
      // Submitting threads, dispatcher threads, and one spare (docs/portal.md: threads + 1).
      postgres = BenchDatabases.postgres(2 * senders + 1);
      outbox = Outbox.builder(postgres.pool()).schema(postgres.schema()).listener(listener).build();
      if (asyncOutcomes) {
        outcomePool = postgres.anotherPool(senders + 1, "SET synchronous_commit = off");
        dispatching =
            Outbox.builder(outcomePool).schema(postgres.schema()).listener(listener).build();
      }
    } else {
      directory = BenchDatabases.tempDirectory();
      outbox = Outbox.embeddedBuilder(directory.resolve("outbox")).listener(listener).build();
    }
    client = OutboxSamples.client(portal);
    if (dispatching == null) {
      dispatcher = Dispatcher.builder(outbox, client).threads(senders).build();
    } else {
      // Submissions to the other outbox object do not wake this one's workers: poll often.
      dispatcher =
          Dispatcher.builder(dispatching, client)
              .threads(senders)
              .pollInterval(Duration.ofMillis(20))
              .build();
    }
    dispatcher.start();
  }

  private void setUpRaw() {
    raw = new RawDvcqgSender(portal, samples);
  }

  /**
   * Starts each iteration with an empty stub (and a fresh raw session), answering late if asked.
   */
  @Setup(Level.Iteration)
  public void logIn() throws IOException {
    portal.reset();
    if (portalLatencyMs > 0) {
      portal.faults().delay(Duration.ofMillis(portalLatencyMs)).every(null, PortalFault.DELAY);
    }
    if (raw != null) {
      raw.logIn();
    }
  }

  /** Fails the run on a dead letter or a repeated key at the stub; reports retried attempts. */
  @TearDown(Level.Iteration)
  public void check() {
    if (dead.get() > 0) {
      throw new IllegalStateException(dead.get() + " entries were dead-lettered");
    }
    if (portal.duplicatesSuppressed() > 0) {
      throw new IllegalStateException("the stub saw repeated keys: the benchmark is broken");
    }
    if (failedAttempts.get() > 0) {
      System.out.println("(outbox attempts failed and retried so far: " + failedAttempts + ")");
    }
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    if (dispatcher != null) {
      dispatcher.stop(Duration.ofSeconds(10));
    }
    if (client != null) {
      client.close();
    }
    if (outbox != null) {
      outbox.close();
    }
    if (outcomePool != null) {
      outcomePool.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    BenchDatabases.delete(directory);
    if (raw != null) {
      raw.close();
    }
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    portal.close();
  }

  /** Submits a round to the H2 file outbox and waits until the dispatcher delivered it. */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void sdk_deliver_h2() throws Exception {
    sdkRound();
  }

  /** Submits a round to the PostgreSQL outbox and waits until the dispatcher delivered it. */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void sdk_deliver_postgres() throws Exception {
    sdkRound();
  }

  /**
   * As {@link #sdk_deliver_postgres}, with the dispatcher on a second outbox object over the same
   * table whose connections run {@code SET synchronous_commit = off}: submissions are still durable
   * when {@code submit} returns; claims and outcomes are committed without waiting for the WAL
   * flush. A database crash may forget the last outcomes, and those entries are sent again under
   * the same idempotency key, exactly as after a dispatcher crash.
   */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void sdk_deliver_postgresAsyncOutcomes() throws Exception {
    sdkRound();
  }

  /** Posts {@code TraCuuHoSo} and {@code DongBoHoSoMC} for each dossier of a round. */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void raw_deliver() throws Exception {
    inParallel(n -> raw.send(n, true));
  }

  /** Posts only {@code DongBoHoSoMC} for each dossier of a round (not paired). */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void raw_deliverSyncOnly() throws Exception {
    inParallel(n -> raw.send(n, false));
  }

  private void sdkRound() throws Exception {
    CountDownLatch latch = new CountDownLatch(ROUND);
    round = latch;
    inParallel(n -> outbox.submit(samples.dossier(n)));
    if (!latch.await(ROUND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException(
          latch.getCount() + " entries not delivered within " + ROUND_TIMEOUT);
    }
  }

  private void inParallel(BenchRounds.Send send) throws InterruptedException, ExecutionException {
    BenchRounds.inParallel(pool, senders, ROUND, next, send);
  }
}
