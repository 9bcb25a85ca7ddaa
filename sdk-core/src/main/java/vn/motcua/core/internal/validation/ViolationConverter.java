package vn.motcua.core.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.Map;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/**
 * Converts Bean Validation's constraint violations into a motcua report.
 *
 * <p>Only the path, the message template and the constraint's attributes are read. The interpolated
 * message, the invalid value and the beans are not: they can hold the input, and reports never do.
 */
public final class ViolationConverter {
  private ViolationConverter() {}

  /** Returns the report of the given violations, with texts from {@code messages}. */
  public static ValidationReport report(
      Collection<? extends ConstraintViolation<?>> violations, MessageSource messages) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (ConstraintViolation<?> violation : violations) {
      report.add(violation(violation, messages));
    }
    return report.build();
  }

  static Violation violation(ConstraintViolation<?> violation, MessageSource messages) {
    ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
    Map<String, Object> args = ConstraintArgs.of(descriptor);
    String code =
        ViolationCodes.code(
            violation.getMessageTemplate(), descriptor.getAnnotation().annotationType(), args);
    return Violation.of(PropertyPaths.pointer(violation.getPropertyPath()), code, args, messages);
  }
}
