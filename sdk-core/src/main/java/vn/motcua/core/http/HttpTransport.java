package vn.motcua.core.http;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.internal.http.OkHttpTransports;
import vn.motcua.core.internal.http.TransportSettings;

/**
 * Sends HTTP requests for motcua's clients, with timeouts, bounded reads and retries.
 *
 * <p><b>Outcomes.</b> {@link #execute} returns the response when the final status is 2xx. Any other
 * final status throws {@link HttpStatusException} ({@code http.status}), which carries the status,
 * the request id, {@code Retry-After}, and the error body for clients that must read it (OAuth
 * errors, portal error codes). Throwing keeps the retry loop in one place and makes the success
 * path of every caller straight-line code; a caller that expects, say, 404 catches the exception
 * and looks at {@link HttpStatusException#status()}. When no usable answer arrives, {@link
 * vn.motcua.core.TransportException} is thrown with one of these codes:
 *
 * <ul>
 *   <li>{@code http.timeout} (retryable): a connect, read, write or call timeout elapsed;
 *   <li>{@code http.connection} (retryable): the connection could not be made, or was reset or
 *       closed before an answer;
 *   <li>{@code http.malformed_response} (retryable): the answer could not be parsed;
 *   <li>{@code http.response_too_large}: the body exceeded {@link HttpOptions#maxResponseBytes()};
 *   <li>{@code http.tls}: the TLS handshake or the server's certificate was refused;
 *   <li>{@code http.interrupted}: the calling thread was interrupted (its flag is restored);
 *   <li>{@code http.rejected} (retryable, asynchronous calls only): the executor refused the task.
 * </ul>
 *
 * <p><b>Retries.</b> Done by the transport alone, following the {@link RetryPolicy}, and only for
 * {@linkplain HttpRequest#isIdempotent() idempotent} requests: a POST without an idempotency key is
 * sent exactly once. OkHttp's own silent retry on connection failure is switched off.
 *
 * <p><b>Threads.</b> A transport is immutable and thread-safe; share one per configuration. Close
 * it when done: it releases only what it created (its own OkHttp client's pool and threads, its own
 * async executor), never a client or executor you passed in. Using a closed transport throws {@link
 * IllegalStateException}.
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * Sends the request, retrying as the policy allows, and returns the final 2xx response with its
   * body read completely. Blocks the calling thread, waits between retries included.
   *
   * @throws HttpStatusException when the final status is not 2xx
   * @throws vn.motcua.core.TransportException when no usable answer arrived
   * @throws IllegalStateException when the transport is closed
   */
  HttpResponse execute(HttpRequest request);

  /**
   * Sends the request as {@link #execute} does, on the transport's async executor, so neither the
   * exchange nor the waits between retries block the caller. The future fails with the same
   * exceptions {@link #execute} throws. Cancelling the future cancels the attempt in flight and
   * stops further retries. Dependent stages run on the executor's thread unless given their own.
   */
  CompletableFuture<HttpResponse> executeAsync(HttpRequest request);

  /**
   * Releases what this transport created; never what the caller passed in. Idempotent. Requests
   * already running finish; new ones are refused.
   */
  @Override
  void close();

  /** Returns a builder of an OkHttp-based transport. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an OkHttp-based {@link HttpTransport}; every setting is optional. Not thread-safe.
   *
   * <p>When given an {@link OkHttpClient}, the transport derives its own client from it with {@code
   * newBuilder()}, so connection pool, dispatcher, TLS, proxy and interceptors are shared, and
   * overrides only the timeouts and {@code retryOnConnectionFailure(false)}.
   */
  final class Builder {
    private @Nullable OkHttpClient okHttpClient;
    private HttpOptions options = HttpOptions.defaults();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private @Nullable RandomGenerator random;
    private LongSupplier nanoTicker = System::nanoTime;
    private @Nullable Executor asyncExecutor;

    private Builder() {}

    /** Shares the given client's pool, dispatcher and settings; the caller keeps ownership. */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Sets timeouts, size limit, request-id headers and wire logging. */
    public Builder options(HttpOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** Sets the retry policy; {@link RetryPolicy#none()} disables retries. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Sets the wall clock against which {@code Retry-After} dates are compared. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets how the transport waits between retries; tests record the waits instead. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the source of backoff jitter; it is called from many threads and must be thread-safe,
     * such as a seeded {@link java.util.Random}. Defaults to the calling thread's {@code
     * ThreadLocalRandom}.
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Sets the monotonic nanosecond ticker measuring the retry budget; defaults to {@link
     * System#nanoTime()}. Never the wall clock, which can jump.
     */
    public Builder nanoTicker(LongSupplier nanoTicker) {
      this.nanoTicker = Objects.requireNonNull(nanoTicker, "nanoTicker");
      return this;
    }

    /**
     * Sets the executor of {@link #executeAsync}; the caller keeps ownership and shuts it down. By
     * default the transport creates a pool of up to 64 daemon threads that end when idle, and shuts
     * it down on {@link #close()}.
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Returns a new transport with these settings. */
    public HttpTransport build() {
      return OkHttpTransports.create(
          new TransportSettings(
              okHttpClient,
              options,
              retryPolicy,
              clock,
              sleeper,
              random,
              nanoTicker,
              asyncExecutor));
    }
  }
}
