package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.InvalidInputException;

class TaxCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"0100109106", "0100107518"})
  void parse_acceptsRealTaxCodes(String text) {
    TaxCode code = TaxCode.parse(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(code.base()).isEqualTo(text);
    assertThat(code.isBranch()).isFalse();
    assertThat(code.branch()).isEmpty();
  }

  @Test
  void parse_rejectsWrongCheckDigit() {
    assertThatThrownBy(() -> TaxCode.parse("0100109107"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("identifier.invalid");
              assertThat(e.report().codes()).containsExactly("identifier.tax_code.check_digit");
              assertThat(e.getMessage()).contains("tax code").doesNotContain("0100109107");
            });
  }

  @Test
  void parse_readsBranchSuffix() {
    TaxCode code = TaxCode.parse("0100109106-001");

    assertThat(code.isBranch()).isTrue();
    assertThat(code.base()).isEqualTo("0100109106");
    assertThat(code.branch()).contains("001");
  }

  @Test
  void everySingleDigitChangeOfARealCode_isDetected() {
    for (String real : new String[] {"0100109106", "0100107518"}) {
      for (int position = 0; position < 10; position++) {
        for (char digit = '0'; digit <= '9'; digit++) {
          if (digit == real.charAt(position)) {
            continue;
          }
          String changed = real.substring(0, position) + digit + real.substring(position + 1);
          assertThat(TaxCode.validate(changed).codes())
              .as("%s with digit %d changed", real, position + 1)
              .containsExactly("identifier.tax_code.check_digit");
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010010910",
        "01001091066",
        "0100109106001",
        "0100109106-01",
        "0100109106-0001",
        "0100109106_001",
        "01001O9106",
        "0100 109106",
        ""
      })
  void validate_namesFormat(String text) {
    assertThat(TaxCode.validate(text).codes()).containsExactly("identifier.tax_code.format");
  }

  @Test
  void validate_rejectsBranchZero() {
    assertThat(TaxCode.validate("0100109106-000").codes())
        .containsExactly("identifier.tax_code.branch");
  }

  @Test
  void withCheckDigit_completesOrReportsThatNoCodeExists() {
    assertThat(TaxCode.withCheckDigit("010010910")).map(TaxCode::value).contains("0100109106");
    // 1*31 + 1*29 + 1*23 + 1*19 + 1*17 + 1*13 + 0 + 0 + 0 = 132 = 12 * 11: check would be 10.
    assertThat(TaxCode.withCheckDigit("111111000")).isEmpty();
    assertThat(TaxCode.validate("1111110000").codes())
        .containsExactly("identifier.tax_code.check_digit");
    assertThatThrownBy(() -> TaxCode.withCheckDigit("01001091"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_masksTheCode() {
    assertThat(TaxCode.parse("0100109106").toString()).isEqualTo("TaxCode[010*****06]");
  }
}
