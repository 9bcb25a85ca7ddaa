package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.motcua.core.MotcuaException;

/** Asserts that a call fails with a motcua error of an exact code. */
final class Rejected {
  private Rejected() {}

  /** Runs {@code call}, asserts it threw a MotcuaException with {@code code}, returns it. */
  static MotcuaException withCode(String code, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown)
        .as("expected a failure with code %s", code)
        .isInstanceOf(MotcuaException.class);
    MotcuaException error = (MotcuaException) thrown;
    assertThat(error.code()).isEqualTo(code);
    return error;
  }
}
