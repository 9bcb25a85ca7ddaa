package vn.motcua.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How a {@linkplain JwksSource#remote(java.net.URI, vn.motcua.core.http.HttpTransport, JwksOptions)
 * remote key set} is cached and refreshed. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: keys live 5 minutes; from 30 seconds before that, one background refresh runs while
 * tokens keep verifying with the cached keys; refreshes (including the one an unknown {@code kid}
 * causes) start at most once per 30 seconds; when the provider cannot be reached, cached keys keep
 * verifying for 15 minutes past their lifetime, then verification fails closed; answers larger than
 * 256 KiB are refused.
 */
public final class JwksOptions {
  private static final JwksOptions DEFAULTS = builder().build();

  private final Duration timeToLive;
  private final Duration refreshAhead;
  private final Duration minRefreshInterval;
  private final Duration outageTolerance;
  private final long maxResponseBytes;
  private final LongSupplier nanoTicker;

  private JwksOptions(Builder b) {
    this.timeToLive = b.timeToLive;
    this.refreshAhead = b.refreshAhead;
    this.minRefreshInterval = b.minRefreshInterval;
    this.outageTolerance = b.outageTolerance;
    this.maxResponseBytes = b.maxResponseBytes;
    this.nanoTicker = b.nanoTicker;
  }

  /** Returns the defaults described in the class documentation. */
  public static JwksOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns how long fetched keys are used before they must be refreshed. */
  public Duration timeToLive() {
    return timeToLive;
  }

  /** Returns how long before the end of their lifetime a background refresh starts. */
  public Duration refreshAhead() {
    return refreshAhead;
  }

  /** Returns the shortest time between the starts of two fetches. */
  public Duration minRefreshInterval() {
    return minRefreshInterval;
  }

  /** Returns how long past their lifetime cached keys serve while the provider is unreachable. */
  public Duration outageTolerance() {
    return outageTolerance;
  }

  /** Returns the largest key set answer accepted, in bytes. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** Returns the monotonic nanosecond ticker that measures key age. */
  public LongSupplier nanoTicker() {
    return nanoTicker;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JwksOptions other
        && timeToLive.equals(other.timeToLive)
        && refreshAhead.equals(other.refreshAhead)
        && minRefreshInterval.equals(other.minRefreshInterval)
        && outageTolerance.equals(other.outageTolerance)
        && maxResponseBytes == other.maxResponseBytes
        && nanoTicker.equals(other.nanoTicker);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        timeToLive,
        refreshAhead,
        minRefreshInterval,
        outageTolerance,
        maxResponseBytes,
        nanoTicker);
  }

  @Override
  public String toString() {
    return "JwksOptions[timeToLive="
        + timeToLive
        + ", refreshAhead="
        + refreshAhead
        + ", minRefreshInterval="
        + minRefreshInterval
        + ", outageTolerance="
        + outageTolerance
        + ", maxResponseBytes="
        + maxResponseBytes
        + "]";
  }

  /** Collects options, starting from the defaults; not thread-safe. */
  public static final class Builder {
    private Duration timeToLive = Duration.ofMinutes(5);
    private Duration refreshAhead = Duration.ofSeconds(30);
    private Duration minRefreshInterval = Duration.ofSeconds(30);
    private Duration outageTolerance = Duration.ofMinutes(15);
    private long maxResponseBytes = 256 * 1024;
    private LongSupplier nanoTicker = System::nanoTime;

    private Builder() {}

    /** Sets how long fetched keys are used; 1 second to 1 day. */
    public Builder timeToLive(Duration timeToLive) {
      this.timeToLive = within(timeToLive, Duration.ofSeconds(1), Duration.ofDays(1), "timeToLive");
      return this;
    }

    /** Sets how long before expiry a background refresh starts; zero disables it. */
    public Builder refreshAhead(Duration refreshAhead) {
      this.refreshAhead = within(refreshAhead, Duration.ZERO, Duration.ofDays(1), "refreshAhead");
      return this;
    }

    /**
     * Sets the shortest time between the starts of two fetches, 0 to 1 hour. It bounds what a flood
     * of tokens with unknown {@code kid}s can cost the provider: one fetch per interval.
     */
    public Builder minRefreshInterval(Duration minRefreshInterval) {
      this.minRefreshInterval =
          within(minRefreshInterval, Duration.ZERO, Duration.ofHours(1), "minRefreshInterval");
      return this;
    }

    /**
     * Sets how long past their lifetime cached keys keep serving while the provider cannot be
     * reached, 0 to 1 day. Longer keeps logins working through longer outages; shorter stops
     * trusting a key the provider may have withdrawn sooner.
     */
    public Builder outageTolerance(Duration outageTolerance) {
      this.outageTolerance =
          within(outageTolerance, Duration.ZERO, Duration.ofDays(1), "outageTolerance");
      return this;
    }

    /**
     * Sets the largest key set answer accepted, 1 KiB to 10 MiB. The transport reads at most its
     * own limit ({@link vn.motcua.core.http.HttpOptions#maxResponseBytes()}); give the key set a
     * transport whose limit is this one, so that an oversized answer is not even read.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024 || maxResponseBytes > 10L * 1024 * 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be 1 KiB to 10 MiB");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** Sets the monotonic nanosecond ticker; tests advance a fake one instead of sleeping. */
    public Builder nanoTicker(LongSupplier nanoTicker) {
      this.nanoTicker = Objects.requireNonNull(nanoTicker, "nanoTicker");
      return this;
    }

    /**
     * Returns the options.
     *
     * @throws IllegalArgumentException when {@code refreshAhead} is not shorter than {@code
     *     timeToLive}
     */
    public JwksOptions build() {
      if (refreshAhead.compareTo(timeToLive) >= 0) {
        throw new IllegalArgumentException("refreshAhead must be shorter than timeToLive");
      }
      return new JwksOptions(this);
    }

    private static Duration within(Duration value, Duration min, Duration max, String name) {
      Objects.requireNonNull(value, name);
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        throw new IllegalArgumentException(name + " must be from " + min + " to " + max);
      }
      return value;
    }
  }
}
