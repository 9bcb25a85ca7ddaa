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

class LegacyIdCardNumberPropertiesTest {

  @Provide
  Arbitrary<String> valid() {
    return IdentifierArbitraries.legacyIds();
  }

  @Provide
  Arbitrary<Character> nonDigit() {
    return IdentifierArbitraries.nonDigits();
  }

  @Property
  void validNumbers_roundTrip(@ForAll("valid") String text) {
    LegacyIdCardNumber id = LegacyIdCardNumber.parse(text);

    assertThat(id.value()).isEqualTo(text);
    assertThat(LegacyIdCardNumber.parse(id.value())).isEqualTo(id);
  }

  @Property
  void wrongLength_isRejectedAsLength(
      @ForAll("valid") String text, @ForAll @IntRange(min = 0, max = 20) int length) {
    Assume.that(length != 9);
    assertRejected((text + text + text).substring(0, length), "identifier.legacy_id.length");
  }

  @Property
  void nonDigit_isRejectedAsDigits(
      @ForAll("valid") String text,
      @ForAll @IntRange(min = 0, max = 8) int position,
      @ForAll("nonDigit") char replacement) {
    String mutated = text.substring(0, position) + replacement + text.substring(position + 1);

    assertRejected(mutated, "identifier.legacy_id.digits");
  }

  @Property
  void toString_neverContainsTheNumber(@ForAll("valid") String text) {
    assertThat(LegacyIdCardNumber.parse(text).toString()).doesNotContain(text);
  }

  private static void assertRejected(String text, String code) {
    assertThat(LegacyIdCardNumber.isValid(text)).isFalse();
    assertThat(LegacyIdCardNumber.validate(text).codes()).containsExactly(code);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LegacyIdCardNumber.parse(text));
    assertThat(e.code()).isEqualTo("identifier.invalid");
    assertThat(e.report().codes()).containsExactly(code);
  }
}
