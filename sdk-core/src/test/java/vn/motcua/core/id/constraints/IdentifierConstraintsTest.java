package vn.motcua.core.id.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierConstraintsTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void buildValidator() {
    factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  /** A form as an application would write it; fields are set by the tests. */
  static final class Form {
    @ValidPersonalIdNumber @Nullable String personalId = "001099012345";
    @ValidLegacyIdCardNumber @Nullable String legacyId = "012345678";
    @ValidTaxCode @Nullable CharSequence taxCode = new StringBuilder("0100109106-001");
    @ValidAgencyCode @Nullable String agencyCode = "H37.DN.001";
    @ValidProcedureCode @Nullable String procedureCode = "1.001612.000.00.00.H48";
    @ValidDossierCode @Nullable String dossierCode = "000.00.53.H48-220921-0099";
    List<@ValidTaxCode String> moreTaxCodes = List.of("0100107518");
  }

  @Test
  void validValues_passEveryConstraint() {
    assertThat(validator.validate(new Form())).isEmpty();
  }

  @Test
  void nullValues_areValid() {
    Form form = new Form();
    form.personalId = null;
    form.legacyId = null;
    form.taxCode = null;
    form.agencyCode = null;
    form.procedureCode = null;
    form.dossierCode = null;

    assertThat(validator.validate(form)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "personalId, 00109901234, {identifier.personal_id.length}",
    "personalId, 00109901234X, {identifier.personal_id.digits}",
    "personalId, 003099012345, {identifier.personal_id.province}",
    "legacyId, 01234567, {identifier.legacy_id.length}",
    "legacyId, 01234567X, {identifier.legacy_id.digits}",
    "taxCode, 0100109107, {identifier.tax_code.check_digit}",
    "taxCode, 0100109106-000, {identifier.tax_code.branch}",
    "taxCode, 010010910, {identifier.tax_code.format}",
    "agencyCode, h37.DN.001, {identifier.agency_code.format}",
    "agencyCode, H37.012345678901234567890123456789AB, {identifier.agency_code.length}",
    "procedureCode, 1.00161, {identifier.procedure_code.format}",
    "dossierCode, 000.00.53.H48-230230-0001, {identifier.dossier_code.date}",
    "dossierCode, 000.00.53.H48-220921-0000, {identifier.dossier_code.sequence}",
    "dossierCode, 000.00.53.h48-220921-0001, {identifier.dossier_code.agency}",
    "dossierCode, 000.00.53.H48/220921/0001, {identifier.dossier_code.format}"
  })
  void invalidValue_reportsTheRuleCodeAsTheMessageTemplate(
      String field, String value, String template) throws ReflectiveOperationException {
    Form form = new Form();
    Form.class.getDeclaredField(field).set(form, value);

    Set<ConstraintViolation<Form>> violations = validator.validate(form);

    assertThat(violations).hasSize(1);
    ConstraintViolation<Form> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString(field);
    assertThat(violation.getMessageTemplate()).isEqualTo(template).doesNotContain("$");
  }

  @Test
  void containerElements_areValidatedToo() {
    Form form = new Form();
    form.moreTaxCodes = List.of("0100107518", "0100107519");

    Set<String> templates =
        validator.validate(form).stream()
            .map(ConstraintViolation::getMessageTemplate)
            .collect(Collectors.toSet());

    assertThat(templates).containsExactly("{identifier.tax_code.check_digit}");
  }

  /** The record of docs/identifiers.md: a component's constraint must report once, not twice. */
  record Applicant(@ValidPersonalIdNumber String idNumber, @ValidTaxCode String taxCode) {}

  @Test
  void recordComponents_reportOneViolationEach() {
    Set<String> templates =
        validator.validate(new Applicant("001099012345", "0100109107")).stream()
            .map(v -> v.getPropertyPath() + " " + v.getMessageTemplate())
            .collect(Collectors.toSet());

    assertThat(templates).containsExactly("taxCode {identifier.tax_code.check_digit}");
  }

  @Test
  void defaultTemplates_nameTheIdentifierType() throws NoSuchMethodException {
    assertThat(defaultMessage(ValidPersonalIdNumber.class))
        .isEqualTo("{identifier.personal_id.invalid}");
    assertThat(defaultMessage(ValidLegacyIdCardNumber.class))
        .isEqualTo("{identifier.legacy_id.invalid}");
    assertThat(defaultMessage(ValidTaxCode.class)).isEqualTo("{identifier.tax_code.invalid}");
    assertThat(defaultMessage(ValidAgencyCode.class)).isEqualTo("{identifier.agency_code.invalid}");
    assertThat(defaultMessage(ValidProcedureCode.class))
        .isEqualTo("{identifier.procedure_code.invalid}");
    assertThat(defaultMessage(ValidDossierCode.class))
        .isEqualTo("{identifier.dossier_code.invalid}");
  }

  private static Object defaultMessage(Class<?> annotation) throws NoSuchMethodException {
    return annotation.getMethod("message").getDefaultValue();
  }
}
