package vn.motcua.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.NonceStore;

/**
 * A bounded nonce store in memory. One lock guards a map and a queue ordered by expiry, so purging
 * expired entries costs O(log n) each and never scans; the lock is held for microseconds, far less
 * than the signature check that precedes every call.
 */
public final class InMemoryNonceStore implements NonceStore {
  private final int capacity;
  private final Clock clock;
  private final Map<String, Instant> used = new HashMap<>();
  private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>();

  /** Creates a store for at most {@code capacity} unexpired nonces. */
  public InMemoryNonceStore(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean markUsed(String nonce, Instant expiresAt) {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Instant now = clock.instant();
    synchronized (this) {
      purgeExpired(now);
      Instant previous = used.get(nonce);
      if (previous != null) {
        return false;
      }
      if (used.size() >= capacity) {
        throw new IdentityException(
            IdentityCodes.NONCE_STORE_FULL, Map.of("max", capacity), true, null);
      }
      used.put(nonce, expiresAt);
      byExpiry.add(new Entry(expiresAt, nonce));
      return true;
    }
  }

  /** Returns how many nonces are remembered now; for tests and metrics. */
  public synchronized int size() {
    return used.size();
  }

  private void purgeExpired(Instant now) {
    Entry head;
    while ((head = byExpiry.peek()) != null && !head.expiresAt.isAfter(now)) {
      byExpiry.poll();
      used.remove(head.nonce, head.expiresAt);
    }
  }

  private record Entry(Instant expiresAt, String nonce) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      return expiresAt.compareTo(other.expiresAt);
    }
  }

  @Override
  public String toString() {
    return "InMemoryNonceStore[capacity=" + capacity + "]";
  }
}
