package vn.motcua.core.id.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import vn.motcua.core.internal.id.ProcedureCodeValidator;

/**
 * The annotated {@code CharSequence} must be a national or localized procedure code (mã thủ tục
 * hành chính); see {@link vn.motcua.core.id.ProcedureCode}. {@code null} is valid: add
 * {@code @NotNull} to require a value.
 *
 * <p>A violation's message template is {@code {identifier.procedure_code.<rule>}}, naming the rule
 * broken; strip the braces to get the code.
 */
@Documented
@Constraint(validatedBy = ProcedureCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidProcedureCode {
  /** The template used when no specific rule is reported. */
  String message() default "{identifier.procedure_code.invalid}";

  /** The validation groups this constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};
}
