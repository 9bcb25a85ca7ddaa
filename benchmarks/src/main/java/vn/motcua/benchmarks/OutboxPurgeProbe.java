package vn.motcua.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.testkit.portal.StubPortal;

/**
 * How long {@link Outbox#purgeDelivered} takes on the embedded (H2) outbox: rounds of {@code n}
 * dossiers submitted, delivered to the stub portal, then purged (one slice of up to 1,000 rows per
 * transaction); prints the purge's wall time and the purging thread's CPU time per round. A
 * diagnostic harness, not JMH:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar vn.motcua.benchmarks.OutboxPurgeProbe [n=1000] [rounds=6]
 * </pre>
 */
public final class OutboxPurgeProbe {
  private OutboxPurgeProbe() {}

  /**
   * Runs the probe.
   *
   * @param args dossiers per round, rounds
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    OutboxSamples samples = new OutboxSamples();
    Path directory = BenchDatabases.tempDirectory();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    try (Outbox outbox = Outbox.embedded(directory.resolve("outbox"));
        StubPortal portal = StubPortal.builder().build().start();
        DvcqgClient client = OutboxSamples.client(portal)) {
      Dispatcher dispatcher = Dispatcher.builder(outbox, client).batchSize(50).build();
      long next = 0;
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < n; i++) {
          outbox.submit(samples.dossier(next++));
        }
        dispatcher.runOnce();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long purged = outbox.purgeDelivered(Duration.ZERO);
        System.out.printf(
            Locale.ROOT,
            "round %d: purged %d delivered entries in %.1f ms (purging thread CPU %.1f ms)%n",
            round,
            purged,
            (System.nanoTime() - start) / 1e6,
            (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
      }
    } finally {
      BenchDatabases.delete(directory);
    }
  }
}
