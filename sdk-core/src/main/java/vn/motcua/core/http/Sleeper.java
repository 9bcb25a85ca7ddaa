package vn.motcua.core.http;

import java.time.Duration;

/**
 * Waits for a duration; the transport waits through it between retries, so tests can record the
 * waits instead of sleeping.
 *
 * <p>Implementations must be thread-safe and must answer a thread interrupt with {@link
 * InterruptedException}, as {@link Thread#sleep(long)} does.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration}; returns at once for zero.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /** Returns a sleeper backed by {@link Thread#sleep(long, int)}. */
  static Sleeper system() {
    return duration -> {
      if (!duration.isZero() && !duration.isNegative()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
