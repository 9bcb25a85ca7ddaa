package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;

class LegacyIdCardNumberTest {
  @Test
  void parse_acceptsNineDigits() {
    assertThat(LegacyIdCardNumber.parse(" 012345678 ").value()).isEqualTo("012345678");
  }

  @Test
  void parse_rejectsTwelveDigitPersonalIdNumber() {
    assertThatThrownBy(() -> LegacyIdCardNumber.parse("001099012345"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.report().codes()).containsExactly("identifier.legacy_id.length");
              assertThat(e.getMessage()).contains("legacy ID card number").doesNotContain("0010");
            });
  }

  @Test
  void validate_namesNonDigits() {
    assertThat(LegacyIdCardNumber.validate("0123-5678").codes())
        .containsExactly("identifier.legacy_id.digits");
  }

  @Test
  void toString_masksTheNumber() {
    assertThat(LegacyIdCardNumber.parse("012345678").toString())
        .isEqualTo("LegacyIdCardNumber[01*****78]");
  }
}
