package vn.motcua.core.internal.id;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.constraints.ValidPersonalIdNumber;

/** Checks {@link ValidPersonalIdNumber}; {@code null} is valid, as Bean Validation expects. */
public final class PersonalIdNumberValidator
    implements ConstraintValidator<ValidPersonalIdNumber, CharSequence> {

  /** Creates the validator; Bean Validation instantiates it. */
  public PersonalIdNumberValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || ConstraintSupport.accept(PersonalIdNumber.validate(value), context);
  }
}
