package vn.motcua.identity;

import java.time.Clock;
import java.time.Instant;
import vn.motcua.identity.internal.InMemoryNonceStore;

/**
 * Remembers the nonces of accepted ID tokens so that a token cannot be accepted twice.
 *
 * <p>{@link IdTokenVerifier} calls {@link #markUsed} last, once every other check passed, so a
 * rejected token never uses up a nonce. It remembers each nonce only until the token carrying it
 * would be refused anyway as expired or stale, so the store stays small.
 *
 * <p>The {@linkplain #inMemory(int, Clock) in-memory store} protects one JVM. Several instances
 * behind a load balancer share one store: implement this interface over a shared cache with an
 * atomic put-if-absent that expires ({@code SET key value NX PXAT expiresAt} in Redis, say).
 * Implementations must be thread-safe.
 */
public interface NonceStore {

  /**
   * Records {@code nonce} as used until {@code expiresAt}, atomically.
   *
   * @return {@code true} if the nonce was not in use, {@code false} if it was: a replay
   * @throws IdentityException ({@code identity.nonce.store_full}, retryable) when the store cannot
   *     remember one more nonce; it must fail rather than forget an unexpired one
   */
  boolean markUsed(String nonce, Instant expiresAt);

  /**
   * Returns a store in this JVM's memory holding at most {@code capacity} unexpired nonces; expired
   * ones are dropped as new ones arrive. When full of unexpired nonces it refuses new ones with
   * {@code identity.nonce.store_full} instead of forgetting any.
   *
   * @param capacity at least 1; 100,000 nonces take roughly 20 MB
   * @param clock tells which entries have expired
   */
  static NonceStore inMemory(int capacity, Clock clock) {
    return new InMemoryNonceStore(capacity, clock);
  }
}
