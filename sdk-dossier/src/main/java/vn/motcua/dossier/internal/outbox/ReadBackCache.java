package vn.motcua.dossier.internal.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values read back from recently submitted payloads ({@link Payloads.Encoded#readBack()}), by
 * entry id, so that a dispatcher in the submitting process need not parse a payload it was just
 * given. A cache only: the table stays the record, and a miss (another process, an entry older than
 * the last {@code capacity} submissions, a restart) parses the stored payload, which gives the same
 * value. A payload never changes once written, so an entry's value cannot go stale. Thread-safe.
 */
public final class ReadBackCache {
  private final Map<Long, Object> values;

  /** Creates a cache of at most {@code capacity} values, the oldest dropped first. */
  public ReadBackCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.values =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Remembers the value read back from entry {@code id}'s payload. */
  public void put(long id, Object readBack) {
    synchronized (values) {
      values.put(id, readBack);
    }
  }

  /** Returns and forgets entry {@code id}'s value, or null when it is not held. */
  public @Nullable Object take(long id) {
    synchronized (values) {
      return values.remove(id);
    }
  }

  /** Returns how many values are held. */
  public int size() {
    synchronized (values) {
      return values.size();
    }
  }
}
