package vn.motcua.identity.archfixture;

import vn.motcua.core.MotcuaException;

/** Follows every rule: identity code using only core's public API. */
public final class UsesCorePublicApi {
  private UsesCorePublicApi() {}

  /** Creates a core error. */
  public static MotcuaException error() {
    return new MotcuaException("fixture.error", "fixture");
  }
}
