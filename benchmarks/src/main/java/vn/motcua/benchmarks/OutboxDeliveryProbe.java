package vn.motcua.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.portal.DvcqgClient;
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
 *     [dispatcher threads=senders] [pollInterval ms=1000] [asyncOutcomes=false]
 * </pre>
 *
 * <p>{@code asyncOutcomes=true} (PostgreSQL only) gives the dispatcher an outbox of its own on the
 * same table whose connections run {@code SET synchronous_commit = off}: submissions stay durable
 * when {@code submit} returns, while claims and outcomes are committed without waiting for the WAL
 * flush. A server crash may then forget the last outcomes; those entries are sent again with the
 * same idempotency key, as after a dispatcher crash.
 *
 * <p>Stages, each in dossiers per second, with {@code senders} threads: {@code raw} (OkHttp, the
 * two requests per dossier), {@code client} ({@link DvcqgClient#syncDossier} called directly, no
 * outbox), {@code submit} ({@link Outbox#submit} alone, the dispatcher stopped), {@code drain} (a
 * dispatcher delivering a round submitted beforehand), {@code endToEnd} (submitting while the
 * dispatcher delivers, as the benchmark). The median of the rounds is printed.
 */
public final class OutboxDeliveryProbe {
  private OutboxDeliveryProbe() {}

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
    List<List<Double>> rates = new ArrayList<>();
    String[] stages = {"raw", "client", "submit", "drain", "endToEnd"};
    for (int i = 0; i < stages.length; i++) {
      rates.add(new ArrayList<>());
    }
    try (StubPortal portal = StubPortal.builder().build().start();
        RawDvcqgSender raw = new RawDvcqgSender(portal, samples);
        DvcqgClient client =
            DvcqgClient.builder()
                .baseUrl(portal.dvcqgBaseUrl())
                .username(portal.username())
                .password(portal.password())
                .agencyCode(OutboxSamples.AGENCY)
                .build()) {
      raw.logIn();
      for (int r = -1; r < rounds; r++) { // round -1 warms up
        double[] round = new double[stages.length];
        round[0] = timed(pool, senders, size, next, n -> raw.send(n, true));
        round[1] = timed(pool, senders, size, next, n -> client.syncDossier(samples.dossier(n)));
        round[2] = timed(pool, senders, size, next, n -> outbox.submit(samples.dossier(n)));
        Dispatcher dispatcher =
            Dispatcher.builder(dispatching, client)
                .threads(dispatcherThreads)
                .batchSize(batch)
                .pollInterval(poll)
                .build();
        long start = System.nanoTime();
        long target = delivered.get() + size;
        dispatcher.start();
        awaitDelivered(delivered, target);
        round[3] = size / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        target = delivered.get() + size;
        timed(pool, senders, size, next, n -> outbox.submit(samples.dossier(n)));
        awaitDelivered(delivered, target);
        round[4] = size / ((System.nanoTime() - start) / 1e9);
        dispatcher.stop(Duration.ofSeconds(10));
        if (r >= 0) {
          for (int i = 0; i < stages.length; i++) {
            rates.get(i).add(round[i]);
          }
        }
        portal.reset();
        raw.logIn();
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
        "%s, %d senders, dispatcher: %d threads, batch size %d, poll %d ms, async outcomes %s;"
            + " %d rounds of %d: median dossiers/s%n",
        store,
        senders,
        dispatcherThreads,
        batch,
        poll.toMillis(),
        asyncOutcomes,
        rounds,
        size);
    for (int i = 0; i < stages.length; i++) {
      List<Double> values = new ArrayList<>(rates.get(i));
      values.sort(null);
      System.out.printf(
          Locale.ROOT,
          "  %-9s %8.1f   (rounds: %s)%n",
          stages[i],
          values.get(values.size() / 2),
          rates.get(i).stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }
  }

  private interface Send {
    void send(long n) throws Exception;
  }

  private static double timed(
      ExecutorService pool, int senders, int size, AtomicLong next, Send send) throws Exception {
    long start = System.nanoTime();
    List<Future<?>> shares = new ArrayList<>();
    for (int s = 0; s < senders; s++) {
      int share = size / senders + (s < size % senders ? 1 : 0);
      shares.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  send.send(next.getAndIncrement());
                }
                return null;
              }));
    }
    for (Future<?> f : shares) {
      f.get();
    }
    return size / ((System.nanoTime() - start) / 1e9);
  }

  private static void awaitDelivered(AtomicLong delivered, long target)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (delivered.get() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not delivered within 5 minutes");
      }
      Thread.sleep(1);
    }
  }
}
