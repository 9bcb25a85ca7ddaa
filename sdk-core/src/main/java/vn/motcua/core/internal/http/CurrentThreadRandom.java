package vn.motcua.core.internal.http;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * Draws from the calling thread's {@link ThreadLocalRandom} at each call. Holding on to one {@code
 * ThreadLocalRandom.current()} and calling it from other threads would give them all the same
 * uninitialised sequence, and jitter that repeats across threads would not spread anything.
 */
final class CurrentThreadRandom implements RandomGenerator {
  static final CurrentThreadRandom INSTANCE = new CurrentThreadRandom();

  private CurrentThreadRandom() {}

  @Override
  public long nextLong() {
    return ThreadLocalRandom.current().nextLong();
  }

  @Override
  public long nextLong(long bound) {
    return ThreadLocalRandom.current().nextLong(bound);
  }
}
