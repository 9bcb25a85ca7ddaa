package vn.motcua.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/** Asserts that a canary from the input appears nowhere a failure can show it. */
final class Leaks {
  private Leaks() {}

  /**
   * Asserts that no text derived from {@code failure} holds the canary: its message, its {@code
   * toString}, its printed stack trace with every cause, and, for invalid input, the report's
   * summary, messages in both languages, and every violation's path, arguments and text.
   */
  static void assertNoCanary(MotcuaException failure, String canary) {
    List<String> texts = new ArrayList<>();
    texts.add(String.valueOf(failure.getMessage()));
    texts.add(failure.toString());
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
    }
    if (failure instanceof InvalidInputException invalid) {
      ValidationReport report = invalid.report();
      texts.add(report.summary());
      texts.add(report.toString());
      texts.addAll(report.messages(Locale.ENGLISH));
      texts.addAll(report.messages(Locale.forLanguageTag("vi")));
      for (Violation v : report.violations()) {
        texts.add(v.toString());
        texts.add(v.args().toString());
        texts.add(v.message());
        texts.add(v.message(Locale.ENGLISH));
      }
    }
    assertThat(texts).noneMatch(text -> text.contains(canary));
  }
}
