package vn.motcua.core.internal.id;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.constraints.ValidDossierCode;

/** Checks {@link ValidDossierCode}; {@code null} is valid, as Bean Validation expects. */
public final class DossierCodeValidator
    implements ConstraintValidator<ValidDossierCode, CharSequence> {

  /** Creates the validator; Bean Validation instantiates it. */
  public DossierCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || ConstraintSupport.accept(DossierCode.validate(value), context);
  }
}
