package vn.motcua.testkit.portal;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.internal.portal.FaultPlan;

/**
 * Fault injection for the stub portal. Queued faults apply first, in order, each to one request (of
 * any service, or of the named service); then a fault set with {@link #every}; then the {@linkplain
 * #schedule schedule}. HTTP error faults are answered before the request is processed; {@link
 * PortalFault#DELAY} after; network faults before, unless queued with {@link #nextAfterProcessing}
 * (the portal acted, the answer is lost). Thread-safe.
 */
public final class PortalFaults {
  private final FaultPlan plan;

  PortalFaults(FaultPlan plan) {
    this.plan = plan;
  }

  /** Injects {@code fault} into the next request, whatever its service. */
  public PortalFaults next(PortalFault fault) {
    plan.queue(null, Objects.requireNonNull(fault, "fault"), false);
    return this;
  }

  /**
   * Injects {@code fault} into the next request for {@code service} (such as {@code DongBoHoSoMC}).
   */
  public PortalFaults next(String service, PortalFault fault) {
    plan.queue(
        Objects.requireNonNull(service, "service"), Objects.requireNonNull(fault, "fault"), false);
    return this;
  }

  /**
   * Processes the next request for {@code service}, then answers with the network {@code fault}:
   * the portal acted but the client does not know.
   *
   * @throws IllegalArgumentException when {@code fault} is not a network fault
   */
  public PortalFaults nextAfterProcessing(String service, PortalFault fault) {
    if (!fault.isNetworkFault()) {
      throw new IllegalArgumentException("only network faults can follow processing");
    }
    plan.queue(Objects.requireNonNull(service, "service"), fault, true);
    return this;
  }

  /** Injects {@code fault} into every request for {@code service}, or every request when null. */
  public PortalFaults every(@Nullable String service, PortalFault fault) {
    plan.every(service, Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /** Uses {@code schedule} when no queued or permanent fault applies. */
  public PortalFaults schedule(FaultSchedule schedule) {
    plan.schedule(Objects.requireNonNull(schedule, "schedule"));
    return this;
  }

  /** Sets how long {@link PortalFault#DELAY} holds the answer; default 10 s. */
  public PortalFaults delay(Duration delay) {
    plan.delay(Objects.requireNonNull(delay, "delay"));
    return this;
  }

  /** Sets the wait {@link PortalFault#RATE_LIMITED} asks for; default 1 s. */
  public PortalFaults retryAfter(Duration retryAfter) {
    plan.retryAfter(Objects.requireNonNull(retryAfter, "retryAfter"));
    return this;
  }

  /** Removes every queued, permanent and scheduled fault. */
  public PortalFaults clear() {
    plan.clear();
    return this;
  }

  /** Returns how many faults were injected since the last reset. */
  public int injected() {
    return plan.injected();
  }
}
