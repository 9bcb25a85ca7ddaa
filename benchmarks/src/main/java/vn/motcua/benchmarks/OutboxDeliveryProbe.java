package vn.motcua.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.testkit.portal.PortalFault;
import vn.motcua.testkit.portal.StubPortal;

/**
 * Where the time of {@link OutboxDeliveryBenchmark}'s SDK path goes: the same work split into
 * stages, each timed on its own, in one JVM, rounds alternating so that a noisy machine affects all
 * stages alike. Not a JMH benchmark (JMH cannot time a stage that runs on the dispatcher's
 * threads); a diagnostic harness:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar vn.motcua.benchmarks.OutboxDeliveryProbe \
 *     [h2|postgresql] [senders=4] [rounds=5] [round size=240] [batchSize=10] \
 *     [dispatcher threads=senders] [pollInterval ms=1000] [asyncOutcomes=false] [warm-up rounds=3]
 *     [portal latency ms=0]
 * </pre>
 *
 * <p>{@code asyncOutcomes=true} (PostgreSQL only) adds {@code drainAsync} and {@code endToEndAsync}
 * to each round: the same, with the dispatcher on an outbox object of its own over the same table
 * whose connections run {@code SET synchronous_commit = off} (poll 20 ms): submissions stay durable
 * when {@code submit} returns, while claims and outcomes are committed without waiting for the WAL
 * flush. A server crash may then forget the last outcomes; those entries are sent again with the
 * same idempotency key, as after a dispatcher crash.
 *
 * <p>Stages, each in dossiers per second, with {@code senders} threads: {@code raw} (OkHttp, the
 * two requests per dossier), {@code client} ({@link DvcqgClient#syncDossier} called directly, no
 * outbox), {@code submit} ({@link Outbox#submit} alone, the dispatcher stopped), {@code drain} (a
 * dispatcher delivering a round submitted beforehand), {@code endToEnd} (submitting while the
 * dispatcher delivers, as the benchmark). Printed for each stage, as medians over the rounds: the
 * rate, the rate divided by raw's in the same round (less sensitive to a shared machine's load than
 * rates taken minutes apart), and this JVM's CPU time per dossier (client, dispatcher, stub portal
 * and H2; a PostgreSQL server's own CPU is not counted).
 *
 * <p>Two regimes. With {@code portal latency} 0 the stub answers at once in the same JVM, so on a
 * small machine every stage is bound by CPU and the ratios compare CPU per dossier: the outbox's
 * database work against two HTTP exchanges with an in-process stub. With a latency (a national
 * portal answers in tens of milliseconds), raw and dispatcher threads mostly wait, and the ratios
 * show how much of that waiting the outbox adds. The JIT keeps compiling the stub's code for a
 * minute or more: use 8 or more warm-up rounds before reading the CPU-bound ratios.
 */
public final class OutboxDeliveryProbe {
  private OutboxDeliveryProbe() {}

  /**
   * Makes the stub answer every request {@code latency} late (processed first, as a slow portal
   * does), for raw and SDK alike; nothing when zero.
   */
  private static void withLatency(StubPortal portal, Duration latency) {
    if (!latency.isZero()) {
      portal.faults().delay(latency).every(null, PortalFault.DELAY);
    }
  }

  /**
   * Runs the probe.
   *
   * @param args store, senders, rounds, round size, dispatcher batch size
   */
  public static void main(String[] args) throws Exception {
    String store = args.length > 0 ? args[0] : "h2";
    int senders = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int size = args.length > 3 ? Integer.parseInt(args[3]) : 240;
    int batch = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    int dispatcherThreads = args.length > 5 ? Integer.parseInt(args[5]) : senders;
    Duration poll = Duration.ofMillis(args.length > 6 ? Long.parseLong(args[6]) : 1000);
    boolean asyncOutcomes = args.length > 7 && Boolean.parseBoolean(args[7]);
    int warmUps = args.length > 8 ? Integer.parseInt(args[8]) : 3;
    Duration latency = Duration.ofMillis(args.length > 9 ? Long.parseLong(args[9]) : 0);
    OutboxSamples samples = new OutboxSamples();
    samples.warmUpEncoding(10_000);
    AtomicLong next = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    AtomicLong delivered = new AtomicLong();
    OutboxListener listener =
        new OutboxListener() {
          @Override
          public void delivered(OutboxEntry entry) {
            delivered.incrementAndGet();
          }
        };
    Path directory = null;
    BenchDatabases.Postgres postgres = null;
    Outbox outbox;
    Outbox dispatching;
    HikariDataSource asyncPool = null;
    if (store.equals("postgresql")) {
      postgres = BenchDatabases.postgres(senders + dispatcherThreads + 1);
      outbox = Outbox.builder(postgres.pool()).schema(postgres.schema()).listener(listener).build();
      dispatching = outbox;
      if (asyncOutcomes) {
        asyncPool = postgres.anotherPool(dispatcherThreads + 1, "SET synchronous_commit = off");
        dispatching =
            Outbox.builder(asyncPool).schema(postgres.schema()).listener(listener).build();
      }
    } else {
      directory = BenchDatabases.tempDirectory();
      outbox = Outbox.embeddedBuilder(directory.resolve("outbox")).listener(listener).build();
      dispatching = outbox;
    }
    String[] stages =
        asyncOutcomes
            ? new String[] {
              "raw", "client", "submit", "drain", "endToEnd", "drainAsync", "endToEndAsync"
            }
            : new String[] {"raw", "client", "submit", "drain", "endToEnd"};
    List<List<Double>> rates = new ArrayList<>();
    List<List<Double>> ratios = new ArrayList<>();
    List<List<Double>> cpus = new ArrayList<>();
    for (int i = 0; i < stages.length; i++) {
      rates.add(new ArrayList<>());
      ratios.add(new ArrayList<>());
      cpus.add(new ArrayList<>());
    }
    try (StubPortal portal = StubPortal.builder().build().start();
        RawDvcqgSender raw = new RawDvcqgSender(portal, samples);
        DvcqgClient client = OutboxSamples.client(portal)) {
      raw.logIn();
      withLatency(portal, latency);
      for (int r = -warmUps; r < rounds; r++) { // negative rounds warm up, not counted
        double[] rate = new double[stages.length];
        double[] cpu = new double[stages.length];
        long cpuStart = BenchRounds.processCpuNanos();
        rate[0] = timed(pool, senders, size, next, n -> raw.send(n, true));
        cpu[0] = perDossier(cpuStart, size);
        cpuStart = BenchRounds.processCpuNanos();
        rate[1] = timed(pool, senders, size, next, n -> client.syncDossier(samples.dossier(n)));
        cpu[1] = perDossier(cpuStart, size);
        cpuStart = BenchRounds.processCpuNanos();
        rate[2] = timed(pool, senders, size, next, n -> outbox.submit(samples.dossier(n)));
        cpu[2] = perDossier(cpuStart, size);
        List<Outbox> dispatchers = asyncOutcomes ? List.of(outbox, dispatching) : List.of(outbox);
        for (int d = 0; d < dispatchers.size(); d++) {
          Dispatcher dispatcher =
              Dispatcher.builder(dispatchers.get(d), client)
                  .threads(dispatcherThreads)
                  .batchSize(batch)
                  .pollInterval(d == 0 ? poll : Duration.ofMillis(20))
                  .build();
          if (d > 0) {
            // A backlog like the submit stage's, submitted while no dispatcher runs.
            timed(pool, senders, size, next, n -> outbox.submit(samples.dossier(n)));
          }
          cpuStart = BenchRounds.processCpuNanos();
          long start = System.nanoTime();
          long target = delivered.get() + size;
          dispatcher.start();
          BenchRounds.awaitDelivered(delivered, target);
          rate[3 + 2 * d] = size / ((System.nanoTime() - start) / 1e9);
          cpu[3 + 2 * d] = perDossier(cpuStart, size);
          cpuStart = BenchRounds.processCpuNanos();
          start = System.nanoTime();
          target = delivered.get() + size;
          timed(pool, senders, size, next, n -> outbox.submit(samples.dossier(n)));
          BenchRounds.awaitDelivered(delivered, target);
          rate[4 + 2 * d] = size / ((System.nanoTime() - start) / 1e9);
          cpu[4 + 2 * d] = perDossier(cpuStart, size);
          dispatcher.stop(Duration.ofSeconds(10));
        }
        if (r >= 0) {
          for (int i = 0; i < stages.length; i++) {
            rates.get(i).add(rate[i]);
            ratios.get(i).add(rate[i] / rate[0]);
            cpus.get(i).add(cpu[i]);
          }
        }
        portal.reset();
        raw.logIn();
        withLatency(portal, latency);
      }
    } finally {
      outbox.close();
      if (asyncPool != null) {
        asyncPool.close();
      }
      if (postgres != null) {
        postgres.close();
      }
      BenchDatabases.delete(directory);
      pool.shutdownNow();
    }
    System.out.printf(
        Locale.ROOT,
        "%s, %d senders, dispatcher: %d threads, batch size %d, poll %d ms, async outcomes %s,"
            + " portal latency %d ms; %d rounds of %d after %d warm-up rounds: median dossiers/s%n",
        store,
        senders,
        dispatcherThreads,
        batch,
        poll.toMillis(),
        asyncOutcomes,
        latency.toMillis(),
        rounds,
        size,
        warmUps);
    System.out.printf(
        Locale.ROOT,
        "  %-9s %10s %16s %22s   %s%n",
        "stage",
        "dossiers/s",
        "stage / raw rate",
        "JVM CPU ms per dossier",
        "dossiers/s per round");
    for (int i = 0; i < stages.length; i++) {
      System.out.printf(
          Locale.ROOT,
          "  %-9s %10.1f %16.2f %22.2f   %s%n",
          stages[i],
          median(rates.get(i)),
          median(ratios.get(i)),
          median(cpus.get(i)),
          rates.get(i).stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  private static double perDossier(long cpuStart, int size) {
    return (BenchRounds.processCpuNanos() - cpuStart) / 1e6 / size;
  }

  private static double timed(
      ExecutorService pool, int senders, int size, AtomicLong next, BenchRounds.Send send)
      throws Exception {
    long start = System.nanoTime();
    BenchRounds.inParallel(pool, senders, size, next, send);
    return size / ((System.nanoTime() - start) / 1e9);
  }
}
