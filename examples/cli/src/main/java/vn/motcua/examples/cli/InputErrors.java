package vn.motcua.examples.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import vn.motcua.core.InvalidInputException;

/** Turns the SDK's reports on bad command-line values into usage errors (exit code 2). */
final class InputErrors {
  private InputErrors() {}

  /**
   * Returns a usage error naming what was wrong with {@code what}, with every problem of the
   * report: its path, code and English message (never the value itself).
   */
  static ParameterException usage(CommandLine commandLine, String what, InvalidInputException e) {
    List<String> problems =
        e.report().violations().stream()
            .map(
                v ->
                    (v.path().isEmpty() ? "" : v.path() + ": ")
                        + v.message(Locale.ENGLISH)
                        + " ("
                        + v.code()
                        + ")")
            .toList();
    String detail =
        problems.isEmpty() ? e.getMessage() + " (" + e.code() + ")" : String.join("; ", problems);
    return new ParameterException(commandLine, "Invalid " + what + ": " + detail, e);
  }
}
