package vn.motcua.core.internal.id;

import jakarta.validation.ConstraintValidatorContext;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/**
 * Reports an identifier's broken rule to Bean Validation. The default violation (template {@code
 * {identifier.<type>.invalid}}) is replaced by one whose template is {@code {<rule code>}}, so the
 * rule's code can be recovered from {@code getMessageTemplate()} by stripping the braces. Templates
 * never use {@code ${...}} expressions.
 */
final class ConstraintSupport {
  private ConstraintSupport() {}

  /** Returns whether the report is valid, recording each of its violations on the context. */
  static boolean accept(ValidationReport report, ConstraintValidatorContext context) {
    if (report.isValid()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Violation violation : report.violations()) {
      context
          .buildConstraintViolationWithTemplate("{" + violation.code() + "}")
          .addConstraintViolation();
    }
    return false;
  }
}
