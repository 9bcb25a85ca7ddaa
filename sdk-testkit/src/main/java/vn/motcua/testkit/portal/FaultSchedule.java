package vn.motcua.testkit.portal;

import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Decides, request by request, which fault (if any) the stub portal injects when no queued fault
 * applies. Called under the stub's lock, so implementations need not be thread-safe.
 */
@FunctionalInterface
public interface FaultSchedule {
  /**
   * Returns the fault for this request, or null for none.
   *
   * @param requestNumber the number of the request since the last reset, from 1
   * @param service the service asked for ({@code login}, {@code DongBoHoSoMC}, {@code token},
   *     {@code SyncDocument}, …)
   */
  @Nullable PortalFault faultFor(long requestNumber, String service);

  /**
   * Returns a schedule injecting, with {@code probability}, one of {@code kinds} picked uniformly;
   * the same seed gives the same sequence.
   */
  static FaultSchedule random(long seed, double probability, List<PortalFault> kinds) {
    if (probability < 0 || probability > 1 || kinds.isEmpty()) {
      throw new IllegalArgumentException("probability must be 0 to 1 and kinds non-empty");
    }
    List<PortalFault> copy = List.copyOf(kinds);
    SplittableRandom random = new SplittableRandom(seed);
    return (n, service) ->
        random.nextDouble() < probability ? copy.get(random.nextInt(copy.size())) : null;
  }
}
