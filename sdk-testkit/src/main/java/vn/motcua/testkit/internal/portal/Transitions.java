package vn.motcua.testkit.internal.portal;

import java.util.Map;
import java.util.Set;
import vn.motcua.dossier.DossierStatus;

/** The status changes the portal accepts, per the design's status graph. */
final class Transitions {
  private static final Map<Integer, Set<Integer>> NEXT =
      Map.of(
          1, Set.of(2, 3),
          2, Set.of(4),
          4, Set.of(5, 6, 8, 9),
          5, Set.of(4),
          6, Set.of(4, 9),
          9, Set.of(10));

  private Transitions() {}

  /**
   * Returns whether a step may move a dossier from {@code from} to {@code to}: a listed change,
   * withdrawal (7) from any non-terminal status, or another step in the same non-terminal status
   * (work handed between departments).
   */
  static boolean allowed(DossierStatus from, DossierStatus to) {
    if (from.isTerminal()) {
      return false;
    }
    if (to == DossierStatus.WITHDRAWN || to == from) {
      return true;
    }
    return NEXT.getOrDefault(from.code(), Set.of()).contains(to.code());
  }
}
