package vn.motcua.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.TransportException;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpStatusException;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.http.Sleeper;

/**
 * Repeats attempts as the {@link RetryPolicy} allows: only idempotent requests, only retryable
 * failures, within the attempt count, the per-wait cap and the elapsed budget (monotonic time).
 */
final class RetryLoop {
  private final Exchange exchange;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final LongSupplier nanoTicker;
  private final WireLog wireLog;
  private final ParsedUrls urls = new ParsedUrls(ParsedUrls.DEFAULT_CAPACITY);

  RetryLoop(
      Exchange exchange,
      RetryPolicy policy,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random,
      LongSupplier nanoTicker,
      WireLog wireLog) {
    this.exchange = exchange;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.nanoTicker = nanoTicker;
    this.wireLog = wireLog;
  }

  /**
   * Returns the first 2xx response; throws the last failure when retries are used up or do not
   * apply.
   */
  HttpResponse run(HttpRequest request, Cancellation cancellation) {
    OutgoingRequest outgoing = OutgoingRequest.of(request, urls);
    long start = nanoTicker.getAsLong();
    int maxAttempts = policy.maxAttempts();
    for (int attempt = 1; ; attempt++) {
      if (cancellation.isCancelled()) {
        throw new CancellationException("the request was cancelled");
      }
      MotcuaException failure;
      @Nullable Duration retryAfter = null;
      try {
        HttpResponse response = exchange.send(outgoing, attempt, maxAttempts, cancellation);
        if (response.isSuccessful()) {
          return response;
        }
        retryAfter = retryAfter(response);
        failure = new HttpStatusException(request, response, retryAfter);
      } catch (AttemptFailedException e) {
        failure = transportFailure(request, e, attempt);
      }
      @Nullable Duration wait = nextWait(request, failure, attempt, retryAfter, start);
      if (wait == null) {
        throw failure;
      }
      wireLog.retry(request, attempt + 1, maxAttempts, wait);
      sleep(request, wait, failure);
    }
  }

  /** Returns the wait before the next attempt, or null when there must be none. */
  private @Nullable Duration nextWait(
      HttpRequest request,
      MotcuaException failure,
      int attempt,
      @Nullable Duration retryAfter,
      long start) {
    if (!request.isIdempotent() || !failure.isRetryable() || attempt >= policy.maxAttempts()) {
      return null;
    }
    Duration wait;
    if (retryAfter != null) {
      // Waiting longer than the cap would hold the caller hostage; the caller gets the delay.
      if (retryAfter.compareTo(policy.maxDelay()) > 0) {
        return null;
      }
      wait = retryAfter;
    } else {
      wait = policy.backoff(attempt - 1, random);
    }
    Duration elapsed = Duration.ofNanos(nanoTicker.getAsLong() - start);
    return elapsed.plus(wait).compareTo(policy.maxElapsed()) > 0 ? null : wait;
  }

  private @Nullable Duration retryAfter(HttpResponse response) {
    int status = response.status();
    if (status != 429 && status != 503) {
      return null;
    }
    return response
        .headers()
        .first("Retry-After")
        .flatMap(value -> RetryAfter.parse(value, clock))
        .orElse(null);
  }

  private void sleep(HttpRequest request, Duration wait, MotcuaException previous) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      TransportException interrupted =
          new TransportException(
              Failure.INTERRUPTED.code(),
              request.method()
                  + " "
                  + request.redactedTarget()
                  + " was interrupted while waiting to retry; the last attempt failed with "
                  + previous.code(),
              false,
              e);
      interrupted.addSuppressed(previous);
      throw interrupted;
    }
  }

  private static TransportException transportFailure(
      HttpRequest request, AttemptFailedException e, int attempts) {
    Failure failure = e.failure();
    if (failure == Failure.INTERRUPTED) {
      Thread.currentThread().interrupt();
    }
    String message =
        request.method()
            + " "
            + request.redactedTarget()
            + " "
            + failure.what()
            + (attempts > 1 ? " (after " + attempts + " attempts)" : "")
            + "; "
            + failure.advice();
    return new TransportException(failure.code(), message, failure.retryable(), e.getCause());
  }
}
