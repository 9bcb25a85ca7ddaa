package vn.motcua.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When and how long to wait before repeating a failed request: a bounded number of attempts,
 * exponential backoff with full jitter, a cap on any single wait, and a budget for the whole
 * exchange.
 *
 * <p>The wait before retry {@code n} (0 for the first retry) is a uniformly random duration between
 * zero and {@code min(maxDelay, baseDelay * 2^n)} ("full jitter", which spreads clients that failed
 * together). A {@code Retry-After} sent with 429 or 503 replaces the computed wait; when it asks
 * for more than {@code maxDelay} the transport stops retrying and reports the wanted delay instead.
 * Retries stop when the next wait would take the exchange past {@code maxElapsed}, measured on a
 * monotonic clock.
 *
 * <p>Only requests that are {@linkplain HttpRequest#isIdempotent() idempotent} are retried, and
 * only after timeouts, connection failures, malformed answers and statuses 408, 429, 500, 502, 503
 * and 504. Immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxElapsed;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.baseDelay = builder.baseDelay;
    this.maxDelay = builder.maxDelay;
    this.maxElapsed = builder.maxElapsed;
  }

  /** Returns the default policy: 3 attempts, 250 ms base delay, 20 s cap per wait, 60 s budget. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** Returns a policy that never retries. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this policy's values. */
  public Builder toBuilder() {
    return builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .maxDelay(maxDelay)
        .maxElapsed(maxElapsed);
  }

  /** Returns the most attempts made for one request, the first included; 1 means no retry. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Returns the ceiling of the first retry's wait; each later retry doubles it. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** Returns the longest single wait, also the longest {@code Retry-After} that is honoured. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** Returns the budget for all attempts and waits of one request. */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  /**
   * Returns the upper bound of the wait before retry {@code retry} (0 for the first retry): {@code
   * min(maxDelay, baseDelay * 2^retry)}, without overflow for any {@code retry}.
   */
  public Duration backoffCeiling(int retry) {
    if (retry < 0) {
      throw new IllegalArgumentException("retry must not be negative: " + retry);
    }
    long base = baseDelay.toNanos();
    long cap = maxDelay.toNanos();
    if (base == 0) {
      return Duration.ZERO;
    }
    // Shifting past the cap's magnitude would overflow; the cap wins long before that.
    if (retry >= Long.numberOfLeadingZeros(base) - 1 || (base << retry) >= cap) {
      return maxDelay;
    }
    return Duration.ofNanos(base << retry);
  }

  /**
   * Returns the full-jitter wait before retry {@code retry}: uniformly random in {@code [0,
   * backoffCeiling(retry)]}.
   *
   * @param random the source of jitter; it must be safe for the calling thread
   */
  public Duration backoff(int retry, RandomGenerator random) {
    long ceiling = backoffCeiling(retry).toNanos();
    return ceiling == 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(ceiling + 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy other
        && maxAttempts == other.maxAttempts
        && baseDelay.equals(other.baseDelay)
        && maxDelay.equals(other.maxDelay)
        && maxElapsed.equals(other.maxElapsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, baseDelay, maxDelay, maxElapsed);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", maxElapsed="
        + maxElapsed
        + "]";
  }

  /** Collects policy values, starting from the defaults; not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(250);
    private Duration maxDelay = Duration.ofSeconds(20);
    private Duration maxElapsed = Duration.ofSeconds(60);

    private Builder() {}

    /** Sets the most attempts for one request, the first included; 1 to 100. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 100) {
        throw new IllegalArgumentException("maxAttempts must be 1 to 100: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Sets the ceiling of the first retry's wait; zero or positive. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = requireNotNegative(baseDelay, "baseDelay");
      return this;
    }

    /** Sets the longest single wait and longest honoured {@code Retry-After}; zero or positive. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = requireNotNegative(maxDelay, "maxDelay");
      return this;
    }

    /** Sets the budget for all attempts and waits of one request; positive. */
    public Builder maxElapsed(Duration maxElapsed) {
      requireNotNegative(maxElapsed, "maxElapsed");
      if (maxElapsed.isZero()) {
        throw new IllegalArgumentException("maxElapsed must be positive");
      }
      this.maxElapsed = maxElapsed;
      return this;
    }

    /**
     * Returns the immutable policy.
     *
     * @throws IllegalArgumentException when {@code baseDelay} exceeds {@code maxDelay}
     */
    public RetryPolicy build() {
      if (baseDelay.compareTo(maxDelay) > 0) {
        throw new IllegalArgumentException("baseDelay must not exceed maxDelay");
      }
      return new RetryPolicy(this);
    }

    private static Duration requireNotNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      // Durations beyond ~292 years do not fit in nanoseconds, which the arithmetic relies on.
      if (value.compareTo(Duration.ofDays(365)) > 0) {
        throw new IllegalArgumentException(name + " must not exceed 365 days");
      }
      return value;
    }
  }
}
