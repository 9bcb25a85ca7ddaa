package vn.motcua.core.internal.id;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.id.constraints.ValidProcedureCode;

/** Checks {@link ValidProcedureCode}; {@code null} is valid, as Bean Validation expects. */
public final class ProcedureCodeValidator
    implements ConstraintValidator<ValidProcedureCode, CharSequence> {

  /** Creates the validator; Bean Validation instantiates it. */
  public ProcedureCodeValidator() {}

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || ConstraintSupport.accept(ProcedureCode.validate(value), context);
  }
}
