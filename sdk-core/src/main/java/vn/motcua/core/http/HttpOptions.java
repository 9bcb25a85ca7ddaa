package vn.motcua.core.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Settings of an {@link HttpTransport}: timeouts, the response size limit, request-id headers and
 * wire logging. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <p>Defaults: connect 10 s, read 30 s, write 30 s, whole call 60 s (per attempt, body included),
 * responses up to 10 MiB, request ids from {@code X-Request-Id}, {@code X-Correlation-Id} or {@code
 * Request-Id}, wire logging off.
 *
 * <p>Wire logging writes one line per request attempt and one per outcome: method, target without
 * query, header names with values ({@code Authorization}, {@code Proxy-Authorization}, {@code
 * Cookie}, {@code Set-Cookie} and any {@linkplain Builder#redactHeader(String) added name}
 * redacted), status, duration, request id and body lengths. Bodies, response header values and
 * query strings are never logged. The default sink is SLF4J logger {@value #WIRE_LOGGER} at DEBUG.
 */
public final class HttpOptions {
  /** Name of the SLF4J logger the default wire-log sink writes to, at DEBUG. */
  public static final String WIRE_LOGGER = "vn.motcua.http.wire";

  /** The default response size limit, 10 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 10L * 1024 * 1024;

  /** Header names whose values are always redacted in wire logs. */
  public static final Set<String> ALWAYS_REDACTED =
      Set.of("Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie");

  private static final long LARGEST_BODY = Integer.MAX_VALUE - 8;
  private static final HttpOptions DEFAULTS = builder().build();

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final long maxResponseBytes;
  private final List<String> requestIdHeaders;
  private final boolean wireLogging;
  private final @Nullable Consumer<String> wireLogSink;
  private final Set<String> redactedHeaders;

  private HttpOptions(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.requestIdHeaders = List.copyOf(builder.requestIdHeaders);
    this.wireLogging = builder.wireLogging;
    this.wireLogSink = builder.wireLogSink;
    Set<String> redacted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    redacted.addAll(ALWAYS_REDACTED);
    redacted.addAll(builder.redactedHeaders);
    this.redactedHeaders = Collections.unmodifiableSet(redacted);
  }

  /** Returns the default options. */
  public static HttpOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    Builder builder =
        builder()
            .connectTimeout(connectTimeout)
            .readTimeout(readTimeout)
            .writeTimeout(writeTimeout)
            .callTimeout(callTimeout)
            .maxResponseBytes(maxResponseBytes)
            .requestIdHeaders(requestIdHeaders)
            .wireLogging(wireLogging);
    if (wireLogSink != null) {
      builder.wireLogSink(wireLogSink);
    }
    redactedHeaders.forEach(builder::redactHeader);
    return builder;
  }

  /** Returns the longest wait to establish a connection, TLS included. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Returns the longest wait for the next bytes while reading a response. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Returns the longest wait while writing the next bytes of a request. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** Returns the budget of one attempt, from connecting to reading the last body byte. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** Returns the largest response body read, in bytes; a longer one is an error. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** Returns the response headers searched, in order, for the service's request id. */
  public List<String> requestIdHeaders() {
    return requestIdHeaders;
  }

  /** Returns whether wire logging is on. */
  public boolean wireLogging() {
    return wireLogging;
  }

  /** Returns the wire-log sink, if one was set instead of the SLF4J default. */
  public Optional<Consumer<String>> wireLogSink() {
    return Optional.ofNullable(wireLogSink);
  }

  /** Returns every header name redacted in wire logs, the always-redacted ones included. */
  public Set<String> redactedHeaders() {
    return redactedHeaders;
  }

  /** Returns whether the value of header {@code name} is redacted in wire logs. */
  public boolean isRedacted(String name) {
    return redactedHeaders.contains(name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpOptions other
        && connectTimeout.equals(other.connectTimeout)
        && readTimeout.equals(other.readTimeout)
        && writeTimeout.equals(other.writeTimeout)
        && callTimeout.equals(other.callTimeout)
        && maxResponseBytes == other.maxResponseBytes
        && requestIdHeaders.equals(other.requestIdHeaders)
        && wireLogging == other.wireLogging
        && Objects.equals(wireLogSink, other.wireLogSink)
        && redactedHeaders.equals(other.redactedHeaders);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        maxResponseBytes,
        requestIdHeaders,
        wireLogging,
        wireLogSink,
        redactedHeaders);
  }

  @Override
  public String toString() {
    return "HttpOptions[connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", callTimeout="
        + callTimeout
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", requestIdHeaders="
        + requestIdHeaders
        + ", wireLogging="
        + wireLogging
        + ", redactedHeaders="
        + redactedHeaders
        + "]";
  }

  /** Collects option values, starting from the defaults; not thread-safe. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofSeconds(60);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private List<String> requestIdHeaders =
        List.of("X-Request-Id", "X-Correlation-Id", "Request-Id");
    private boolean wireLogging;
    private @Nullable Consumer<String> wireLogSink;
    private final List<String> redactedHeaders = new ArrayList<>();

    private Builder() {}

    /** Sets the longest wait to establish a connection; positive. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive(timeout, "connectTimeout");
      return this;
    }

    /** Sets the longest wait for the next bytes of a response; positive. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requirePositive(timeout, "readTimeout");
      return this;
    }

    /** Sets the longest wait while writing the next bytes of a request; positive. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = requirePositive(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the budget of one attempt, from connecting to reading the last body byte; positive. It
     * is what stops a server that drips its answer slowly enough to defeat the read timeout.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requirePositive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the largest response body read, in bytes, whether or not the server announces a length;
     * a longer body fails with {@code http.response_too_large}.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 0 || maxResponseBytes > LARGEST_BODY) {
        throw new IllegalArgumentException("maxResponseBytes must be 0 to " + LARGEST_BODY);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** Sets the response headers searched, in order, for the service's request id. */
    public Builder requestIdHeaders(List<String> names) {
      List<String> copy = List.copyOf(names);
      copy.forEach(HttpHeaders::requireName);
      this.requestIdHeaders = copy;
      return this;
    }

    /** Turns wire logging on or off; off by default. */
    public Builder wireLogging(boolean enabled) {
      this.wireLogging = enabled;
      return this;
    }

    /**
     * Sends wire-log lines to {@code sink} instead of SLF4J; the sink is called from request
     * threads and must be thread-safe.
     */
    public Builder wireLogSink(Consumer<String> sink) {
      this.wireLogSink = Objects.requireNonNull(sink, "sink");
      return this;
    }

    /** Adds a header whose value wire logs must redact, such as an API key header. */
    public Builder redactHeader(String name) {
      redactedHeaders.add(HttpHeaders.requireName(name));
      return this;
    }

    /** Returns the immutable options. */
    public HttpOptions build() {
      return new HttpOptions(this);
    }

    private static Duration requirePositive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      if (value.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException(name + " must not exceed one day");
      }
      return value;
    }
  }
}
