package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.motcua.core.InvalidInputException;

class PersonalIdNumberPropertiesTest {

  @Provide
  Arbitrary<String> valid() {
    return IdentifierArbitraries.personalIds();
  }

  @Provide
  Arbitrary<Character> nonDigit() {
    return IdentifierArbitraries.nonDigits();
  }

  @Provide
  Arbitrary<String> unknownProvince() {
    return IdentifierArbitraries.digits(3).filter(code -> !ProvinceCodes.defaults().contains(code));
  }

  @Property
  void validNumbers_roundTrip(@ForAll("valid") String text) {
    PersonalIdNumber id = PersonalIdNumber.parse(text);

    assertThat(id.value()).isEqualTo(text);
    assertThat(PersonalIdNumber.parse(id.value())).isEqualTo(id);
    assertThat(PersonalIdNumber.validate(text).isValid()).isTrue();
    assertThat(id.birthYear()).isBetween(1900, 2399);
    assertThat(id.birthYear() % 100).isEqualTo(Integer.parseInt(text.substring(4, 6)));
  }

  @Property
  void wrongLength_isRejectedAsLength(
      @ForAll("valid") String text, @ForAll @IntRange(min = 0, max = 30) int length) {
    Assume.that(length != 12);
    String mutated = (text + text + text).substring(0, length);

    assertRejected(mutated, "identifier.personal_id.length");
  }

  @Property
  void nonDigit_isRejectedAsDigits(
      @ForAll("valid") String text,
      @ForAll @IntRange(min = 0, max = 11) int position,
      @ForAll("nonDigit") char replacement) {
    String mutated = text.substring(0, position) + replacement + text.substring(position + 1);

    assertRejected(mutated, "identifier.personal_id.digits");
  }

  @Property
  void unknownProvince_isRejectedAsProvince(
      @ForAll("valid") String text, @ForAll("unknownProvince") String province) {
    assertRejected(province + text.substring(3), "identifier.personal_id.province");
  }

  @Property
  void consistency_holdsForTheEncodedSexAndYearOnly(@ForAll("valid") String text) {
    PersonalIdNumber id = PersonalIdNumber.parse(text);
    Sex other = id.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;

    assertThat(id.checkConsistency(id.sex(), LocalDate.of(id.birthYear(), 6, 15)).isValid())
        .isTrue();
    assertThat(id.checkConsistency(other, null).codes())
        .containsExactly("identifier.personal_id.sex_mismatch");
    assertThat(id.checkConsistency(null, LocalDate.of(id.birthYear() + 1, 1, 1)).codes())
        .containsExactly("identifier.personal_id.birth_year_mismatch");
  }

  @Property
  void toString_neverContainsTheNumber(@ForAll("valid") String text) {
    assertThat(PersonalIdNumber.parse(text).toString()).doesNotContain(text);
  }

  @Property
  void rejection_neverQuotesTheInput(@ForAll("valid") String text, @ForAll("nonDigit") char c) {
    String mutated = text.substring(0, 11) + c;
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> PersonalIdNumber.parse(mutated));

    assertThat(e.getMessage()).doesNotContain(mutated).doesNotContain(text.substring(0, 11));
    assertThat(e.report().toString()).doesNotContain(text.substring(0, 11));
  }

  private static void assertRejected(String text, String code) {
    assertThat(PersonalIdNumber.isValid(text)).isFalse();
    assertThat(PersonalIdNumber.validate(text).codes()).containsExactly(code);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> PersonalIdNumber.parse(text));
    assertThat(e.code()).isEqualTo("identifier.invalid");
    assertThat(e.report().codes()).containsExactly(code);
  }
}
