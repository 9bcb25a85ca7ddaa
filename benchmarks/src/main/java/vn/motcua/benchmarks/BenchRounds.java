package vn.motcua.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** What the outbox harnesses share: rounds sent from several threads, and the JVM's CPU time. */
final class BenchRounds {
  private BenchRounds() {}

  /** Sends the dossier numbered {@code n}. */
  interface Send {
    void send(long n) throws Exception;
  }

  /**
   * Sends {@code size} dossiers, numbered from {@code next}, from {@code senders} tasks on {@code
   * pool}, and returns once all are sent.
   */
  static void inParallel(ExecutorService pool, int senders, int size, AtomicLong next, Send send)
      throws InterruptedException, ExecutionException {
    List<Future<?>> shares = new ArrayList<>(senders);
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
  }

  /** Waits until {@code delivered} reaches {@code target}; fails after 5 minutes. */
  static void awaitDelivered(AtomicLong delivered, long target) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (delivered.get() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not delivered within 5 minutes");
      }
      Thread.sleep(1);
    }
  }

  /** The CPU time of this whole JVM: the client, the dispatcher, the stub and H2 alike. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
