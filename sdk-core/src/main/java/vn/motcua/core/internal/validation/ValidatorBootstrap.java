package vn.motcua.core.internal.validation;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Holds motcua's one Hibernate Validator factory, built on first use and never reconfigured.
 *
 * <p>Expression Language is off in every form: the interpolator substitutes only annotation
 * attributes, and the EL feature levels are {@code NONE} for constraint messages and for messages
 * built by validators, so {@code ${validatedValue}} or any other expression in a message template
 * is never evaluated. motcua does not show the interpolated messages anyway (reports are built from
 * codes and motcua's bundles); switching EL off closes the injection route for good.
 *
 * <p>The factory ignores {@code META-INF/validation.xml} and loads Hibernate Validator directly, so
 * what the caller's classpath holds cannot change these settings. A factory is thread-safe and
 * immutable once built.
 */
public final class ValidatorBootstrap {
  private ValidatorBootstrap() {}

  /** Returns the shared factory. */
  public static ValidatorFactory factory() {
    return Holder.FACTORY;
  }

  private static ValidatorFactory build() {
    return Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(), Locale.ROOT, false))
        .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
        .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
        .showValidatedValuesInTraceLogs(false)
        .failFast(false)
        .propertyNodeNameProvider(new JsonPropertyNames())
        .buildValidatorFactory();
  }

  private static final class Holder {
    static final ValidatorFactory FACTORY = build();
  }
}
