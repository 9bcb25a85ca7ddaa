package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.motcua.core.InvalidInputException;

class TaxCodePropertiesTest {

  @Provide
  Arbitrary<String> valid() {
    return IdentifierArbitraries.taxCodes();
  }

  @Provide
  Arbitrary<Character> nonDigit() {
    return IdentifierArbitraries.nonDigits();
  }

  @Property
  void validCodes_roundTrip(@ForAll("valid") String text) {
    TaxCode code = TaxCode.parse(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(TaxCode.parse(code.value())).isEqualTo(code);
    assertThat(code.base() + code.branch().map(b -> "-" + b).orElse("")).isEqualTo(text);
    assertThat(code.isBranch()).isEqualTo(text.length() == 14);
  }

  @Property
  void changingExactlyOneOfTheTenDigits_isRejectedAsCheckDigit(
      @ForAll("valid") String text,
      @ForAll @IntRange(min = 0, max = 9) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    char changed = (char) ('0' + (text.charAt(position) - '0' + shift) % 10);
    String mutated = text.substring(0, position) + changed + text.substring(position + 1);

    assertRejected(mutated, "identifier.tax_code.check_digit");
  }

  @Property
  void nonDigit_isRejectedAsFormat(
      @ForAll("valid") String text,
      @ForAll @IntRange(min = 0, max = 13) int position,
      @ForAll("nonDigit") char replacement) {
    Assume.that(position < text.length() && position != 10);
    String mutated = text.substring(0, position) + replacement + text.substring(position + 1);

    assertRejected(mutated, "identifier.tax_code.format");
  }

  @Property
  void wrongLength_isRejectedAsFormat(
      @ForAll("valid") String text, @ForAll @IntRange(min = 0, max = 20) int length) {
    String digits = text.substring(0, 10).repeat(2);
    Assume.that(length != 10);

    assertRejected(digits.substring(0, length), "identifier.tax_code.format");
  }

  @Property
  void toString_neverContainsTheCodeOrItsBase(@ForAll("valid") String text) {
    String shown = TaxCode.parse(text).toString();

    assertThat(shown).doesNotContain(text).doesNotContain(text.substring(0, 10));
  }

  private static void assertRejected(String text, String code) {
    assertThat(TaxCode.isValid(text)).isFalse();
    assertThat(TaxCode.validate(text).codes()).containsExactly(code);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> TaxCode.parse(text));
    assertThat(e.code()).isEqualTo("identifier.invalid");
    assertThat(e.report().codes()).containsExactly(code);
  }
}
