package vn.motcua.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.JwksOptions;

/**
 * A provider's key set fetched over HTTP and cached.
 *
 * <p>By the age of the cached set: younger than {@code ttl - refreshAhead}, it is used as is; then,
 * until {@code ttl}, it is used while one background fetch replaces it; from {@code ttl} on,
 * callers wait for a fetch, and if that fails keep using the old set until {@code ttl +
 * outageTolerance}, after which they fail with {@code identity.jwks.unavailable}. A lookup that
 * finds no key for a token's {@code kid} triggers one fetch, then looks again.
 *
 * <p>Fetches are single-flight: concurrent callers share the fetch in progress, so a burst of
 * verifications on a cold cache costs one request. They are also rate-limited: a fetch starts at
 * most once per {@code minRefreshInterval}, failed fetches included, so neither a flood of unknown
 * {@code kid}s nor an outage turns into a flood of requests. Time is read from the options' ticker.
 */
public final class RemoteKeyResolver implements KeyResolver {
  private static final Logger LOG = LoggerFactory.getLogger(RemoteKeyResolver.class);

  private final HttpRequest request;
  private final String target;
  private final HttpTransport transport;
  private final LongSupplier ticker;
  private final long ttl;
  private final long refreshAhead;
  private final long minInterval;
  private final long outageTolerance;
  private final long maxBytes;

  private final Object lock = new Object();
  private volatile @Nullable Snapshot snapshot;
  // Guarded by lock.
  private @Nullable CompletableFuture<KeySet> inFlight;
  private boolean attempted;
  private long lastAttempt;

  /** Creates a resolver for the key set at {@code uri}, fetched through {@code transport}. */
  public RemoteKeyResolver(URI uri, HttpTransport transport, JwksOptions options) {
    this.request =
        HttpRequest.builder("GET", Objects.requireNonNull(uri, "uri"))
            .header("Accept", "application/jwk-set+json, application/json")
            .build();
    this.target = request.redactedTarget();
    this.transport = Objects.requireNonNull(transport, "transport");
    this.ticker = options.nanoTicker();
    this.ttl = options.timeToLive().toNanos();
    this.refreshAhead = options.refreshAhead().toNanos();
    this.minInterval = options.minRefreshInterval().toNanos();
    this.outageTolerance = options.outageTolerance().toNanos();
    this.maxBytes = options.maxResponseBytes();
  }

  @Override
  public KeyLookup find(@Nullable String kid, JWSAlgorithm algorithm) {
    long now = ticker.getAsLong();
    KeySet keys = current(now);
    KeyLookup lookup = keys.lookup(kid, algorithm);
    if (lookup.outcome() != KeyLookup.Outcome.NOT_FOUND) {
      return lookup;
    }
    // Perhaps the provider rotated its keys: look once more in a fresh set, if one may be fetched.
    CompletableFuture<KeySet> fetch = startFetch(now, true);
    if (fetch == null) {
      return lookup;
    }
    return await(fetch).lookup(kid, algorithm);
  }

  /** Returns the fetch in progress, if any; tests wait on it instead of sleeping. */
  public @Nullable CompletableFuture<KeySet> fetchInProgress() {
    synchronized (lock) {
      return inFlight;
    }
  }

  private KeySet current(long now) {
    Snapshot cached = snapshot;
    if (cached != null && now - cached.fetchedAt < ttl) {
      if (now - cached.fetchedAt >= ttl - refreshAhead) {
        startFetch(now, false);
      }
      return cached.keys;
    }
    CompletableFuture<KeySet> fetch = startFetch(now, false);
    IdentityException failure = null;
    if (fetch != null) {
      try {
        return await(fetch);
      } catch (IdentityException e) {
        failure = e;
      }
    }
    cached = snapshot;
    if (cached != null && now - cached.fetchedAt < ttl + outageTolerance) {
      return cached.keys;
    }
    throw failure != null ? failure : unavailable(null);
  }

  /**
   * Returns the fetch to wait for: the one in progress, a new one, or null when none may start yet.
   * Without {@code force}, a set fetched since {@code now} was read counts as the answer.
   */
  private @Nullable CompletableFuture<KeySet> startFetch(long now, boolean force) {
    synchronized (lock) {
      if (inFlight != null) {
        return inFlight;
      }
      Snapshot cached = snapshot;
      if (!force && cached != null && cached.fetchedAt - now >= 0) {
        return CompletableFuture.completedFuture(cached.keys);
      }
      long start = ticker.getAsLong();
      if (attempted && start - lastAttempt < minInterval) {
        return null;
      }
      attempted = true;
      lastAttempt = start;
      CompletableFuture<KeySet> fetch;
      try {
        fetch = transport.executeAsync(request).thenApply(this::parse);
      } catch (RuntimeException e) {
        fetch = CompletableFuture.failedFuture(e);
      }
      inFlight = fetch;
      CompletableFuture<KeySet> started = fetch;
      fetch.whenComplete((keys, error) -> finish(started, start, keys, error));
      return fetch;
    }
  }

  private void finish(
      CompletableFuture<KeySet> fetch, long start, @Nullable KeySet keys, @Nullable Throwable e) {
    synchronized (lock) {
      if (inFlight == fetch) {
        inFlight = null;
      }
      if (keys != null) {
        snapshot = new Snapshot(keys, start);
      }
    }
    if (keys != null) {
      LOG.debug("Fetched the key set from {}: {}", target, keys);
    } else if (snapshot != null) {
      LOG.warn(
          "Cannot refresh the key set from {} ({}); cached keys stay in use for at most {} s past"
              + " their lifetime",
          target,
          describe(e),
          outageTolerance / 1_000_000_000L);
    }
  }

  private KeySet parse(HttpResponse response) {
    if (response.bodyLength() > maxBytes) {
      throw new CompletionException(new KeySetFormatException());
    }
    return KeySet.parse(response.body(), target);
  }

  private KeySet await(CompletableFuture<KeySet> fetch) {
    try {
      return fetch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(null);
    } catch (ExecutionException e) {
      throw unavailable(e.getCause());
    }
  }

  private static IdentityException unavailable(@Nullable Throwable cause) {
    return new IdentityException(
        IdentityCodes.JWKS_UNAVAILABLE,
        Map.of(),
        true,
        cause instanceof CompletionException && cause.getCause() != null
            ? cause.getCause()
            : cause);
  }

  private static String describe(@Nullable Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof vn.motcua.core.MotcuaException motcua) {
      return motcua.code();
    }
    return cause == null ? "unknown" : cause.getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return "RemoteKeyResolver[" + target + "]";
  }

  private record Snapshot(KeySet keys, long fetchedAt) {}
}
