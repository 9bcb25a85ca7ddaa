package vn.motcua.dossier.internal.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What was prepared from recently submitted payloads ({@link Payloads.Encoded#prepared()}), by
 * entry id, so that a dispatcher in the submitting process need not parse and serialise again what
 * it was just given. A cache only: the table stays the record, and a miss (another process, an
 * entry older than the last {@code capacity} submissions, a restart) parses the stored payload,
 * from which the clients make the same data. A payload never changes once written, so an entry's
 * value cannot go stale. A value is used only for the same id and idempotency key, so an id given
 * again to another entry (a table restored or recreated under a running outbox) finds nothing.
 * Thread-safe.
 */
public final class ReadBackCache {
  private record Held(String key, Object value) {}

  private final Map<Long, Held> values;

  /** Creates a cache of at most {@code capacity} values, the oldest dropped first. */
  public ReadBackCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.values =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, Held> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * Remembers the value read back from the payload of entry {@code id}, stored under {@code key}.
   */
  public void put(long id, String key, Object readBack) {
    synchronized (values) {
      values.put(id, new Held(key, readBack));
    }
  }

  /**
   * Returns and forgets entry {@code id}'s value, or null when none is held for that id under
   * {@code key}.
   */
  public @Nullable Object take(long id, String key) {
    Held held;
    synchronized (values) {
      held = values.remove(id);
    }
    return held != null && held.key().equals(key) ? held.value() : null;
  }

  /** Returns how many values are held. */
  public int size() {
    synchronized (values) {
      return values.size();
    }
  }
}
