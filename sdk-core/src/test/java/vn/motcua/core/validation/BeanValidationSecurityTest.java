package vn.motcua.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.junit.jupiter.api.Test;

/**
 * No validated value reaches a report, whatever a constraint's message says, and no expression in a
 * message is ever evaluated.
 */
class BeanValidationSecurityTest {
  private static final String CANARY = "CANARY-0912";

  private final BeanValidation validation = BeanValidation.defaults();

  record Target1(@ElMessage String value) {}

  record Target2(@BraceMessage String value) {}

  record Target3(@Echoing String value) {}

  record Target4(@Pattern(regexp = "[0-9]+", message = "${validatedValue}") String value) {}

  record Target5(
      @Pattern(regexp = "[0-9]+", message = "${''.getClass().forName('java.lang.Runtime')}")
          String value) {}

  @Test
  void expressionLanguageInAConstraintMessage_isNeverEvaluated() {
    Set<ConstraintViolation<Target1>> raw = validation.validator().validate(new Target1(CANARY));

    assertThat(raw).hasSize(1);
    assertThat(raw.iterator().next().getMessage()).isEqualTo("${validatedValue}");
    assertNoCanary(validation.validate(new Target1(CANARY)));
    assertThat(validation.validate(new Target1(CANARY)).codes())
        .containsExactly("validation.el_message");
  }

  @Test
  void validatedValueParameterInAMessage_isNotSubstituted() {
    Set<ConstraintViolation<Target2>> raw = validation.validator().validate(new Target2(CANARY));

    assertThat(raw.iterator().next().getMessage()).isEqualTo("{validatedValue}");
    assertNoCanary(validation.validate(new Target2(CANARY)));
  }

  @Test
  void expressionsInMessagesBuiltByAValidator_areNeverEvaluated() {
    ValidationReport report = validation.validate(new Target3(CANARY));

    assertThat(report.codes()).containsExactly("validation.echoing");
    assertNoCanary(report);
    assertThat(validation.validator().validate(new Target3(CANARY)))
        .extracting(ConstraintViolation::getMessage)
        .contains("${validatedValue} ${leak} ${''.getClass().forName('java.lang.Runtime')}");
  }

  @Test
  void aValueAddedAsMessageParameter_stillNeverReachesTheReport() {
    // A careless validator can put the value into Hibernate Validator's own message; motcua does
    // not use that message, which is why the report stays clean.
    boolean rawLeaks =
        validation.validator().validate(new Target3(CANARY)).stream()
            .anyMatch(v -> v.getMessage().contains(CANARY));

    assertThat(rawLeaks).isTrue();
    assertNoCanary(validation.validate(new Target3(CANARY)));
  }

  @Test
  void aCustomMessageOnAStandardConstraint_keepsTheStandardCode() {
    assertThat(validation.validate(new Target4(CANARY)).codes())
        .containsExactly("validation.pattern");
    assertThat(validation.validate(new Target5(CANARY)).codes())
        .containsExactly("validation.pattern");
    assertNoCanary(validation.validate(new Target4(CANARY)));
  }

  @Test
  void noExpressionLanguageImplementationIsOnTheClasspath() {
    assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  private static void assertNoCanary(ValidationReport report) {
    assertThat(report.isValid()).isFalse();
    List<String> texts = new ArrayList<>();
    texts.add(report.summary());
    texts.add(report.toString());
    texts.addAll(report.messages(Locale.ENGLISH));
    texts.addAll(report.messages(MessageSource.VIETNAMESE));
    for (Violation v : report.violations()) {
      texts.add(v.toString());
      texts.add(v.path());
      texts.add(String.valueOf(v.args()));
    }
    assertThat(texts).noneMatch(text -> text.contains(CANARY));
  }

  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = AlwaysFails.class)
  @interface ElMessage {
    String message() default "${validatedValue}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = AlwaysFailsToo.class)
  @interface BraceMessage {
    String message() default "{validatedValue}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = EchoingValidator.class)
  @interface Echoing {
    String message() default "{identifier.echo}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  public static final class AlwaysFails implements ConstraintValidator<ElMessage, String> {
    public AlwaysFails() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return false;
    }
  }

  public static final class AlwaysFailsToo implements ConstraintValidator<BraceMessage, String> {
    public AlwaysFailsToo() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return false;
    }
  }

  /** Tries every way a validator can put the value into a message. */
  public static final class EchoingValidator implements ConstraintValidator<Echoing, String> {
    public EchoingValidator() {}

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      HibernateConstraintValidatorContext hibernate =
          context.unwrap(HibernateConstraintValidatorContext.class);
      hibernate.disableDefaultConstraintViolation();
      hibernate
          .addExpressionVariable("leak", value)
          .buildConstraintViolationWithTemplate(
              "${validatedValue} ${leak} ${''.getClass().forName('java.lang.Runtime')}")
          .addConstraintViolation();
      hibernate
          .addMessageParameter("leaked", value)
          .buildConstraintViolationWithTemplate("value {leaked}")
          .addConstraintViolation();
      return false;
    }
  }
}
