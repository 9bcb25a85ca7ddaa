package vn.motcua.core.internal.archfixture;

/** A stand-in for an internal class of sdk-core, used to prove the boundary rule fires. */
public final class HiddenHelper {
  private HiddenHelper() {}

  /** Does nothing; only its use matters. */
  public static int help() {
    return 1;
  }
}
