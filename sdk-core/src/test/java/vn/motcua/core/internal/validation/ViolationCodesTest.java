package vn.motcua.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Codes come from braced templates, else from the constraint's name. */
class ViolationCodesTest {

  @ParameterizedTest
  @CsvSource({
    "NotNull, not_null",
    "NotBlank, not_blank",
    "PositiveOrZero, positive_or_zero",
    "PastOrPresent, past_or_present",
    "DecimalMin, decimal_min",
    "URL, url",
    "UUID, uuid",
    "ISBN, isbn",
    "CNPJ, cnpj",
    "Mod10Check, mod10_check",
    "LuhnCheck, luhn_check",
    "PersonalIdNumber, personal_id_number",
    "HTTPSUrl, https_url",
    "Size, size",
  })
  void snakeCase_splitsWordsAndKeepsAcronymsTogether(String name, String expected) {
    assertThat(ViolationCodes.snakeCase(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{identifier.personal_id.province}", "{a.b}", "{dossier.fee_2.amount}"})
  void isBracedCode_acceptsDottedLowerSnakeCase(String template) {
    assertThat(ViolationCodes.isBracedCode(template)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{jakarta.validation.constraints.NotNull.message}",
        "{validatedValue}",
        "${validatedValue}",
        "{a}",
        "{a..b}",
        "{.a.b}",
        "{a.b.}",
        "a.b",
        "{a.b} and more",
        "{a.b-c}",
        "",
      })
  void isBracedCode_rejectsAnythingElse(String template) {
    assertThat(ViolationCodes.isBracedCode(template)).isFalse();
  }

  @Test
  void code_prefersTheBracedTemplate() {
    assertThat(ViolationCodes.code("{identifier.tax_code.check_digit}", NotNull.class, Map.of()))
        .isEqualTo("identifier.tax_code.check_digit");
  }

  @Test
  void code_fallsBackToTheConstraintName() {
    assertThat(
            ViolationCodes.code(
                "{jakarta.validation.constraints.PositiveOrZero.message}",
                PositiveOrZero.class,
                Map.of()))
        .isEqualTo("validation.positive_or_zero");
    assertThat(ViolationCodes.code("must not be null", NotNull.class, Map.of()))
        .isEqualTo("validation.not_null");
  }

  @Test
  void code_marksExclusiveDecimalBounds() {
    assertThat(ViolationCodes.code("x", DecimalMin.class, Map.of("inclusive", false)))
        .isEqualTo("validation.decimal_min_exclusive");
    assertThat(ViolationCodes.code("x", DecimalMax.class, Map.of("inclusive", false)))
        .isEqualTo("validation.decimal_max_exclusive");
    assertThat(ViolationCodes.code("x", DecimalMax.class, Map.of("inclusive", true)))
        .isEqualTo("validation.decimal_max");
  }
}
