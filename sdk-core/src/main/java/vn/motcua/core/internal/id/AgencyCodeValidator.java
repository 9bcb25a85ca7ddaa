package vn.motcua.core.internal.id;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.constraints.ValidAgencyCode;

/** Checks {@link ValidAgencyCode}; {@code null} is valid, as Bean Validation expects. */
public final class AgencyCodeValidator
    implements ConstraintValidator<ValidAgencyCode, CharSequence> {

  /** Creates the validator; Bean Validation instantiates it. */
  public AgencyCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || ConstraintSupport.accept(AgencyCode.validate(value), context);
  }
}
