package vn.motcua.core.internal.id;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.id.constraints.ValidTaxCode;

/** Checks {@link ValidTaxCode}; {@code null} is valid, as Bean Validation expects. */
public final class TaxCodeValidator implements ConstraintValidator<ValidTaxCode, CharSequence> {

  /** Creates the validator; Bean Validation instantiates it. */
  public TaxCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || ConstraintSupport.accept(TaxCode.validate(value), context);
  }
}
