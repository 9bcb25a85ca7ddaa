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
import vn.motcua.core.internal.id.PersonalIdNumberValidator;

/**
 * The annotated {@code CharSequence} must be a personal ID number (số định danh cá nhân, 12 digits)
 * whose province code is in the default province table; see {@link
 * vn.motcua.core.id.PersonalIdNumber}. {@code null} is valid: add {@code @NotNull} to require a
 * value.
 *
 * <p>A violation's message template is {@code {identifier.personal_id.<rule>}}, naming the rule
 * broken; strip the braces to get the code.
 */
@Documented
@Constraint(validatedBy = PersonalIdNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPersonalIdNumber {
  /** The template used when no specific rule is reported. */
  String message() default "{identifier.personal_id.invalid}";

  /** The validation groups this constraint belongs to. */
  Class<?>[] groups() default {};

  /** Payload for clients of the Bean Validation API. */
  Class<? extends Payload>[] payload() default {};
}
