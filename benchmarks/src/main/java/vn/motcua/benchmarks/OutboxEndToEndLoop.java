package vn.motcua.benchmarks;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.testkit.portal.StubPortal;

/**
 * The end-to-end stage of {@link OutboxDeliveryProbe} alone, for profiling: one embedded outbox and
 * one running dispatcher (4 threads, batch 10) for the whole run, 4 threads submitting rounds of
 * {@code size} dossiers, each round ending when the listener has seen all of them delivered to the
 * stub portal (answering at once, in this JVM). Prints each round's rate and this JVM's CPU time
 * per dossier; with {@code raw=true} a raw OkHttp round ({@link RawDvcqgSender}) runs before each.
 * Run it under Java Flight Recorder to see where the CPU goes:
 *
 * <pre>
 * java -Xms2g -Xmx2g -XX:StartFlightRecording=filename=e2e.jfr,settings=profile,delay=50s \
 *     -cp benchmarks/target/benchmarks.jar vn.motcua.benchmarks.OutboxEndToEndLoop 70 1000 false
 * </pre>
 */
public final class OutboxEndToEndLoop {
  private static final int SENDERS = 4;

  private OutboxEndToEndLoop() {}

  /**
   * Runs the loop.
   *
   * @param args rounds, round size, raw rounds too
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    boolean rawToo = args.length > 2 && Boolean.parseBoolean(args[2]);
    OutboxSamples samples = new OutboxSamples();
    samples.warmUpEncoding(10_000);
    AtomicLong next = new AtomicLong();
    AtomicLong delivered = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
    Path directory = BenchDatabases.tempDirectory();
    OutboxListener listener =
        new OutboxListener() {
          @Override
          public void delivered(OutboxEntry entry) {
            delivered.incrementAndGet();
          }
        };
    try (Outbox outbox =
            Outbox.embeddedBuilder(directory.resolve("outbox")).listener(listener).build();
        StubPortal portal = StubPortal.builder().build().start();
        RawDvcqgSender raw = new RawDvcqgSender(portal, samples);
        DvcqgClient client = OutboxSamples.client(portal)) {
      raw.logIn();
      Dispatcher dispatcher =
          Dispatcher.builder(outbox, client).threads(SENDERS).batchSize(10).build();
      dispatcher.start();
      try {
        for (int r = 0; r < rounds; r++) {
          String rawPart = "";
          if (rawToo) {
            long cpu = BenchRounds.processCpuNanos();
            long start = System.nanoTime();
            BenchRounds.inParallel(pool, SENDERS, size, next, n -> raw.send(n, true));
            rawPart =
                String.format(
                    Locale.ROOT,
                    "; raw %.0f/s, %.3f ms CPU",
                    size / ((System.nanoTime() - start) / 1e9),
                    (BenchRounds.processCpuNanos() - cpu) / 1e6 / size);
          }
          long cpu = BenchRounds.processCpuNanos();
          long start = System.nanoTime();
          long target = delivered.get() + size;
          BenchRounds.inParallel(pool, SENDERS, size, next, n -> outbox.submit(samples.dossier(n)));
          BenchRounds.awaitDelivered(delivered, target);
          System.out.printf(
              Locale.ROOT,
              "round %d: end to end %.0f/s, %.3f ms CPU per dossier%s%n",
              r,
              size / ((System.nanoTime() - start) / 1e9),
              (BenchRounds.processCpuNanos() - cpu) / 1e6 / size,
              rawPart);
        }
      } finally {
        dispatcher.stop(java.time.Duration.ofSeconds(10));
      }
    } finally {
      BenchDatabases.delete(directory);
      pool.shutdownNow();
    }
  }
}
