package vn.motcua.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.validation.ValidationReport;

/**
 * The caller's input is invalid: malformed JSON, a value that breaks a rule, an identifier in the
 * wrong format. Retrying the same input never helps; fix it using {@link #report()}, which lists
 * every problem with its JSON path and a stable code.
 */
public class InvalidInputException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  private final ValidationReport report;

  /**
   * Creates an exception for a report with at least one violation.
   *
   * @param code stable code of the failure as a whole, such as {@code validation.failed}
   * @param message what failed and what to do; must not contain personal data
   * @param report every problem found
   * @param cause the underlying failure, if any
   */
  public InvalidInputException(
      String code, String message, ValidationReport report, @Nullable Throwable cause) {
    super(code, message, cause);
    this.report = Objects.requireNonNull(report, "report");
    if (report.isValid()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
    }
  }

  /**
   * Creates an exception whose message summarizes the report: its violations' paths and codes.
   *
   * @param code stable code of the failure as a whole, such as {@code validation.failed}
   * @param report every problem found; must not be valid
   */
  public InvalidInputException(String code, ValidationReport report) {
    this(code, report.summary(), report, null);
  }

  /** Returns every problem found, each with its JSON path, code and bilingual message. */
  public ValidationReport report() {
    return report;
  }
}
