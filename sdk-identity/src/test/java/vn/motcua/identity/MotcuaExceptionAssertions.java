package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Assertions that an error carries no input value anywhere along its cause chain. */
final class MotcuaExceptionAssertions {
  private MotcuaExceptionAssertions() {}

  /**
   * Asserts that neither messages nor stack trace text of {@code error}'s chain hold {@code value}.
   */
  static void noValueIn(Throwable error, String value) {
    assertThat(chainText(error)).doesNotContain(value);
  }

  /** Returns every message and stack frame along the cause chain, as printed. */
  static String chainText(Throwable error) {
    StringWriter out = new StringWriter();
    error.printStackTrace(new PrintWriter(out));
    return out.toString() + "\n" + error;
  }
}
