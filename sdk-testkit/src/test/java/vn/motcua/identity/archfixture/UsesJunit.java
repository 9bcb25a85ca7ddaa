package vn.motcua.identity.archfixture;

import org.junit.jupiter.api.Assertions;

/** Breaks the test-library rule on purpose: SDK code calling JUnit. */
public final class UsesJunit {
  private UsesJunit() {}

  /** Uses JUnit from "main" code. */
  public static void check(boolean condition) {
    Assertions.assertTrue(condition);
  }
}
