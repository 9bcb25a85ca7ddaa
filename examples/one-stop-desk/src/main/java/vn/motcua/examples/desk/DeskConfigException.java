package vn.motcua.examples.desk;

import java.util.Locale;
import java.util.Optional;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/**
 * The one-stop desk's configuration has problems. {@link #report()} lists every one, each at the
 * JSON Pointer of its setting ({@code /portal.user}); the message lists them too, one per line,
 * with the environment variable that sets each. Neither ever holds a configured value.
 */
public final class DeskConfigException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The code of this exception. */
  public static final String CODE = "desk.config.invalid";

  DeskConfigException(ValidationReport report) {
    super(CODE, describe(report), report, null);
  }

  private static String describe(ValidationReport report) {
    int count = report.violations().size();
    StringBuilder text =
        new StringBuilder("The one-stop desk configuration has ")
            .append(count)
            .append(count == 1 ? " problem" : " problems")
            .append(" (environment variables win over the config file, which wins over defaults):");
    for (Violation violation : report.violations()) {
      text.append("\n  ").append(violation.path().isEmpty() ? "(config file)" : violation.path());
      settingAt(violation.path())
          .ifPresent(s -> text.append(" (").append(s.environmentVariable()).append(')'));
      text.append(": ")
          .append(violation.message(Locale.ENGLISH))
          .append(" [")
          .append(violation.code())
          .append(']');
    }
    return text.toString();
  }

  private static Optional<Setting> settingAt(String path) {
    return path.startsWith("/") ? Setting.byKey(path.substring(1)) : Optional.empty();
  }
}
