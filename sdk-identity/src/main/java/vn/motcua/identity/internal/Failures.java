package vn.motcua.identity.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.IdentityException;

/** Builds the login flow's errors: codes with a named problem, never a value from the input. */
public final class Failures {
  private Failures() {}

  /** Returns an error with {@code code} and no placeholder. */
  public static IdentityException of(String code) {
    return new IdentityException(code, Map.of(), false, null);
  }

  /** Returns an error whose {@code {problem}} placeholder names what is wrong, in English. */
  public static IdentityException problem(String code, String problem) {
    return new IdentityException(code, Map.of("problem", problem), false, null);
  }

  /** Returns an error with {@code code} caused by {@code cause}, which carries no input values. */
  public static IdentityException causedBy(
      String code, boolean retryable, @Nullable Throwable cause) {
    return new IdentityException(code, Map.of(), retryable, cause);
  }

  /** Returns an error whose {@code {problem}} placeholder names what is wrong, with a cause. */
  public static IdentityException problem(String code, String problem, @Nullable Throwable cause) {
    return new IdentityException(code, Map.of("problem", problem), false, cause);
  }
}
