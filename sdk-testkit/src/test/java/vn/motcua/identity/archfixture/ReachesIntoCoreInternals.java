package vn.motcua.identity.archfixture;

import vn.motcua.core.internal.archfixture.HiddenHelper;

/** Breaks the boundary rule on purpose: identity code calling a core internal class. */
public final class ReachesIntoCoreInternals {
  private ReachesIntoCoreInternals() {}

  /** Uses a core internal class. */
  public static int call() {
    return HiddenHelper.help();
  }
}
