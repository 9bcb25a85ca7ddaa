package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.InvalidInputException;

class ProcedureCodeTest {

  @Test
  void parse_acceptsNationalCode() {
    ProcedureCode code = ProcedureCode.parse("1.001612");

    assertThat(code.isLocalized()).isFalse();
    assertThat(code.national()).isSameAs(code);
    assertThat(code.agency()).isEmpty();
    assertThat(code.toString()).isEqualTo("1.001612");
  }

  @Test
  void parse_splitsLocalizedCodeIntoNationalCodeAndAgency() {
    ProcedureCode code = ProcedureCode.parse("1.001612.000.00.00.H48");

    assertThat(code.isLocalized()).isTrue();
    assertThat(code.value()).isEqualTo("1.001612.000.00.00.H48");
    assertThat(code.national()).isEqualTo(ProcedureCode.parse("1.001612"));
    assertThat(code.agency()).contains(AgencyCode.parse("000.00.00.H48"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.00161",
        "1.0016123",
        "1001612",
        "1,001612",
        "12.001612",
        "A.001612",
        "1.001612.",
        "1.001612.000.00.00.h48",
        "1.001612.H37.DN.001",
        "1.001612-000.00.00.H48",
        "1.001612.000.00.00.H48.1"
      })
  void validate_namesFormat(String text) {
    assertThat(ProcedureCode.isValid(text)).isFalse();
    assertThat(ProcedureCode.validate(text).codes())
        .containsExactly("identifier.procedure_code.format");
  }

  @Test
  void parse_throwsWithTheRuleNotTheValue() {
    assertThatThrownBy(() -> ProcedureCode.parse("9.87654"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("identifier.invalid");
              assertThat(e.report().codes()).containsExactly("identifier.procedure_code.format");
              assertThat(e.getMessage()).contains("procedure code").doesNotContain("9.87654");
            });
  }
}
