package vn.motcua.testkit.internal.idp;

import java.util.ArrayDeque;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Faults waiting for one kind of response: one-shot faults in order, then a sticky one.
 * Thread-safe.
 *
 * @param <F> the fault type
 */
public final class FaultChannel<F extends Enum<F>> {
  private final ArrayDeque<F> queued = new ArrayDeque<>();
  private @Nullable F sticky;

  /** Queues a fault for one response, after those already queued. */
  public synchronized void next(F fault) {
    queued.addLast(Objects.requireNonNull(fault, "fault"));
  }

  /** Applies a fault to every response from now on, once the queued ones are used. */
  public synchronized void every(F fault) {
    sticky = Objects.requireNonNull(fault, "fault");
  }

  /** Removes every queued and sticky fault. */
  public synchronized void clear() {
    queued.clear();
    sticky = null;
  }

  /** Returns the fault for the response being built, using up a one-shot fault. */
  synchronized @Nullable F take() {
    F next = queued.pollFirst();
    return next != null ? next : sticky;
  }
}
