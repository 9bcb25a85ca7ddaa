package vn.motcua.core.internal.id;

import java.util.Locale;
import java.util.Map;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/** Builds the reports and exceptions of the identifier types, with texts from the core bundle. */
public final class IdentifierErrors {
  private static final MessageSource MESSAGES =
      MessageSource.bundle("vn.motcua.core.messages", IdentifierErrors.class.getClassLoader());

  private IdentifierErrors() {}

  /** Returns the core message source, which holds the texts of every identifier code. */
  public static MessageSource messages() {
    return MESSAGES;
  }

  /** Returns a report with one violation of {@code code} on the identifier as a whole. */
  public static ValidationReport report(String code) {
    return ValidationReport.of(violation(code));
  }

  /**
   * Returns the exception for an identifier that broke {@code code}. Its message names the type and
   * the rule but never the value, since several identifiers are personal data.
   *
   * @param typeName the identifier's name for people, such as {@code personal ID number}
   */
  public static InvalidInputException invalid(String typeName, String code) {
    Violation violation = violation(code);
    String message =
        "Invalid " + typeName + " [" + code + "]: " + violation.message(Locale.ENGLISH);
    return new InvalidInputException(
        IdentifierCodes.INVALID, message, ValidationReport.of(violation), null);
  }

  private static Violation violation(String code) {
    return Violation.of("", code, Map.of(), MESSAGES);
  }
}
