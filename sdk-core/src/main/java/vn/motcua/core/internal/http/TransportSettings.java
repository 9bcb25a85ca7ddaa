package vn.motcua.core.internal.http;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.http.Sleeper;

/**
 * Everything {@link vn.motcua.core.http.HttpTransport.Builder} collected, handed to the
 * implementation in one piece.
 *
 * @param userClient the caller's client to derive from, or none to create and own one
 * @param options timeouts, limits and logging
 * @param retryPolicy when and how long to wait before retries
 * @param clock wall clock for {@code Retry-After} dates
 * @param sleeper how to wait between retries
 * @param random jitter source, thread-safe, or none for the calling thread's {@code
 *     ThreadLocalRandom}
 * @param nanoTicker monotonic time for the retry budget
 * @param asyncExecutor the caller's executor for async calls, or none to create and own one
 */
public record TransportSettings(
    @Nullable OkHttpClient userClient,
    HttpOptions options,
    RetryPolicy retryPolicy,
    Clock clock,
    Sleeper sleeper,
    @Nullable RandomGenerator random,
    LongSupplier nanoTicker,
    @Nullable Executor asyncExecutor) {}
