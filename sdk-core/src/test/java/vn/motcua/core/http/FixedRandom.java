package vn.motcua.core.http;

import java.util.random.RandomGenerator;

/** A "random" source that always draws the highest value allowed, so the longest jitter. */
final class FixedRandom implements RandomGenerator {

  @Override
  public long nextLong() {
    return Long.MAX_VALUE;
  }

  @Override
  public long nextLong(long bound) {
    return bound - 1;
  }
}
