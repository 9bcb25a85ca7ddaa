package vn.motcua.testkit.internal.portal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.portal.FaultSchedule;
import vn.motcua.testkit.portal.PortalFault;

/** The stub portal's faults: queued, permanent and scheduled. Thread-safe. */
public final class FaultPlan {
  /** A fault chosen for one request. */
  public record Chosen(PortalFault fault, boolean afterProcessing) {}

  private record Queued(@Nullable String service, PortalFault fault, boolean afterProcessing) {}

  private final List<Queued> queued = new ArrayList<>();
  private @Nullable Queued sticky;
  private @Nullable FaultSchedule schedule;
  private Duration delay = Duration.ofSeconds(10);
  private Duration retryAfter = Duration.ofSeconds(1);
  private int injected;

  /** Queues a fault. */
  public synchronized void queue(
      @Nullable String service, PortalFault fault, boolean afterProcessing) {
    queued.add(new Queued(service, fault, afterProcessing));
  }

  /** Sets the permanent fault. */
  public synchronized void every(@Nullable String service, PortalFault fault) {
    sticky = new Queued(service, fault, false);
  }

  /** Sets the schedule. */
  public synchronized void schedule(FaultSchedule schedule) {
    this.schedule = schedule;
  }

  /** Sets the delay of {@link PortalFault#DELAY}. */
  public synchronized void delay(Duration delay) {
    this.delay = delay;
  }

  /** Sets the wait of the rate-limit faults. */
  public synchronized void retryAfter(Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  synchronized Duration delay() {
    return delay;
  }

  synchronized Duration retryAfter() {
    return retryAfter;
  }

  /** Forgets every fault. */
  public synchronized void clear() {
    queued.clear();
    sticky = null;
    schedule = null;
  }

  /** Forgets every fault and the count, and restores the default delays. */
  synchronized void reset() {
    clear();
    injected = 0;
    delay = Duration.ofSeconds(10);
    retryAfter = Duration.ofSeconds(1);
  }

  /** Returns the number of faults injected. */
  public synchronized int injected() {
    return injected;
  }

  synchronized @Nullable Chosen take(long requestNumber, String service) {
    for (Iterator<Queued> it = queued.iterator(); it.hasNext(); ) {
      Queued q = it.next();
      if (q.service() == null || q.service().equals(service)) {
        it.remove();
        injected++;
        return new Chosen(q.fault(), q.afterProcessing());
      }
    }
    if (sticky != null && (sticky.service() == null || sticky.service().equals(service))) {
      injected++;
      return new Chosen(sticky.fault(), false);
    }
    if (schedule != null) {
      PortalFault fault = schedule.faultFor(requestNumber, service);
      if (fault != null) {
        injected++;
        return new Chosen(fault, false);
      }
    }
    return null;
  }
}
