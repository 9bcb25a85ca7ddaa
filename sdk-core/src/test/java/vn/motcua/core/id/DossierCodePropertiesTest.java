package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.motcua.core.InvalidInputException;

class DossierCodePropertiesTest {

  @Provide
  Arbitrary<String> valid() {
    return IdentifierArbitraries.dossierCodes();
  }

  @Provide
  Arbitrary<AgencyCode> agency() {
    return IdentifierArbitraries.agencyCodes().map(AgencyCode::parse);
  }

  @Provide
  Arbitrary<LocalDate> date() {
    return IdentifierArbitraries.dossierDates();
  }

  @Provide
  Arbitrary<Integer> outOfRangeSequence() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(Integer.MIN_VALUE, 0),
        Arbitraries.integers().between(10_000, Integer.MAX_VALUE));
  }

  @Property
  void validCodes_roundTrip(@ForAll("valid") String text) {
    DossierCode code = DossierCode.parse(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(DossierCode.parse(code.value())).isEqualTo(code);
    assertThat(DossierCode.of(code.agency(), code.date(), code.sequence())).isEqualTo(code);
  }

  @Property
  void of_keepsItsParts(
      @ForAll("agency") AgencyCode agency,
      @ForAll("date") LocalDate date,
      @ForAll @IntRange(min = 1, max = 9999) int sequence) {
    DossierCode code = DossierCode.of(agency, date, sequence);

    assertThat(code.agency()).isEqualTo(agency);
    assertThat(code.date()).isEqualTo(date);
    assertThat(code.sequence()).isEqualTo(sequence);
    assertThat(DossierCode.parse(code.value())).isEqualTo(code);
  }

  @Property
  void of_rejectsSequencesOutsideOneTo9999(
      @ForAll("agency") AgencyCode agency,
      @ForAll("date") LocalDate date,
      @ForAll("outOfRangeSequence") int sequence) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> DossierCode.of(agency, date, sequence));

    assertThat(e.report().codes()).containsExactly("identifier.dossier_code.sequence");
  }

  @Property
  void impossibleDay_isRejectedAsDate(
      @ForAll("valid") String text, @ForAll @IntRange(min = 1, max = 12) int month) {
    DossierCode code = DossierCode.parse(text);
    int firstImpossibleDay = code.date().withMonth(month).lengthOfMonth() + 1;
    String monthAndDay = String.format(Locale.ROOT, "%02d%02d", month, firstImpossibleDay);
    // The text ends in YYMMDD-NNNN: MMDD starts 9 characters from the end.
    int end = text.length();
    String mutated = text.substring(0, end - 9) + monthAndDay + text.substring(end - 5);

    assertRejected(mutated, "identifier.dossier_code.date");
  }

  @Property
  void sequenceZero_isRejectedAsSequence(@ForAll("valid") String text) {
    assertRejected(
        text.substring(0, text.length() - 4) + "0000", "identifier.dossier_code.sequence");
  }

  private static void assertRejected(String text, String code) {
    assertThat(DossierCode.isValid(text)).isFalse();
    assertThat(DossierCode.validate(text).codes()).containsExactly(code);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> DossierCode.parse(text));
    assertThat(e.code()).isEqualTo("identifier.invalid");
    assertThat(e.report().codes()).containsExactly(code);
  }
}
