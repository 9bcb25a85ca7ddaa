package vn.motcua.core.internal.id;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.constraints.ValidLegacyIdCardNumber;

/** Checks {@link ValidLegacyIdCardNumber}; {@code null} is valid, as Bean Validation expects. */
public final class LegacyIdCardNumberValidator
    implements ConstraintValidator<ValidLegacyIdCardNumber, CharSequence> {

  /** Creates the validator; Bean Validation instantiates it. */
  public LegacyIdCardNumberValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || ConstraintSupport.accept(LegacyIdCardNumber.validate(value), context);
  }
}
