package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.InvalidInputException;

class PersonalIdNumberTest {
  // Synthetic numbers: valid in form, not issued to anyone we know of.
  private static final String MALE_1999_HANOI = "001099012345";
  private static final String FEMALE_2003_HCMC = "079303123456";

  @Test
  void parse_readsProvinceSexAndBirthYear() {
    PersonalIdNumber id = PersonalIdNumber.parse(FEMALE_2003_HCMC);

    assertThat(id.value()).isEqualTo(FEMALE_2003_HCMC);
    assertThat(id.provinceCode()).isEqualTo("079");
    assertThat(id.province().vietnameseName()).isEqualTo("Hồ Chí Minh");
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.birthYear()).isEqualTo(2003);
  }

  @ParameterizedTest
  @CsvSource({
    "0, MALE, 1945",
    "1, FEMALE, 1945",
    "2, MALE, 2045",
    "3, FEMALE, 2045",
    "4, MALE, 2145",
    "5, FEMALE, 2145",
    "6, MALE, 2245",
    "7, FEMALE, 2245",
    "8, MALE, 2345",
    "9, FEMALE, 2345"
  })
  void centuryDigit_encodesSexAndCenturyPerCircular59(char digit, Sex sex, int year) {
    PersonalIdNumber id = PersonalIdNumber.parse("048" + digit + "45000001");

    assertThat(id.sex()).isEqualTo(sex);
    assertThat(id.birthYear()).isEqualTo(year);
  }

  @Test
  void parse_stripsSurroundingWhitespaceOnly() {
    assertThat(PersonalIdNumber.parse(" \t" + MALE_1999_HANOI + "\n").value())
        .isEqualTo(MALE_1999_HANOI);
    assertThat(PersonalIdNumber.validate("001 099 012 345").codes())
        .containsExactly("identifier.personal_id.length");
    assertThat(PersonalIdNumber.validate("001099 12345").codes())
        .containsExactly("identifier.personal_id.digits");
  }

  @Test
  void parse_rejectsUnknownProvinceCode() {
    assertThatThrownBy(() -> PersonalIdNumber.parse("003099012345"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("identifier.invalid");
              assertThat(e.report().at("")).hasSize(1);
              assertThat(e.report().codes()).containsExactly("identifier.personal_id.province");
              assertThat(e.getMessage())
                  .contains("personal ID number", "identifier.personal_id.province")
                  .doesNotContain("003099012345");
            });
  }

  @Test
  void parse_acceptsProvinceCodeOfAReplacementTable() {
    ProvinceCodes custom =
        ProvinceCodes.from(new StringReader("code,name_vi,name_en\n003,Tỉnh Thử,Test Province\n"));

    assertThat(PersonalIdNumber.parse("003099012345", custom).province().englishName())
        .isEqualTo("Test Province");
    assertThat(PersonalIdNumber.isValid("003099012345")).isFalse();
    assertThat(PersonalIdNumber.isValid(MALE_1999_HANOI, custom)).isFalse();
  }

  @Test
  void checkConsistency_acceptsMatchingSexAndBirthDate() {
    PersonalIdNumber id = PersonalIdNumber.parse(MALE_1999_HANOI);

    assertThat(id.checkConsistency(Sex.MALE, LocalDate.of(1999, 12, 31)).isValid()).isTrue();
    assertThat(id.checkConsistency(null, null).isValid()).isTrue();
  }

  @Test
  void checkConsistency_listsEveryContradiction() {
    PersonalIdNumber id = PersonalIdNumber.parse(MALE_1999_HANOI);

    assertThat(id.checkConsistency(Sex.FEMALE, null).codes())
        .containsExactly("identifier.personal_id.sex_mismatch");
    assertThat(id.checkConsistency(null, LocalDate.of(2099, 1, 1)).codes())
        .containsExactly("identifier.personal_id.birth_year_mismatch");
    assertThat(id.checkConsistency(Sex.FEMALE, LocalDate.of(1998, 1, 1)).codes())
        .containsExactlyInAnyOrder(
            "identifier.personal_id.sex_mismatch", "identifier.personal_id.birth_year_mismatch");
  }

  @Test
  void checkBirthYearNotInFuture_rejectsYearAfterTheClocksYear() {
    Clock mid2025 = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    assertThat(PersonalIdNumber.parse("001225000001").checkBirthYearNotInFuture(mid2025).isValid())
        .isTrue();
    assertThat(PersonalIdNumber.parse("001226000001").checkBirthYearNotInFuture(mid2025).codes())
        .containsExactly("identifier.personal_id.birth_year_future");
  }

  @Test
  void checkBirthYearNotInFuture_usesTheCalendarYearInVietnam() {
    // 17:30 UTC on New Year's Eve is already 00:30 on 1 January in Vietnam (UTC+7).
    Clock newYearInHanoi = Clock.fixed(Instant.parse("2025-12-31T17:30:00Z"), ZoneOffset.UTC);

    assertThat(
            PersonalIdNumber.parse("001226000001")
                .checkBirthYearNotInFuture(newYearInHanoi)
                .isValid())
        .isTrue();
  }

  @Test
  void parse_doesNotReadTheClock() {
    assertThat(PersonalIdNumber.isValid("001999000001")).isTrue(); // born 2399
  }

  @Test
  void toString_masksTheNumber() {
    PersonalIdNumber id = PersonalIdNumber.parse(MALE_1999_HANOI);

    assertThat(id.toString()).isEqualTo("PersonalIdNumber[0010******45]");
  }

  @Test
  void equality_followsTheDigitsOnly() {
    ProvinceCodes renamed =
        ProvinceCodes.defaults().toBuilder().put("001", "Hà Nội", "Hanoi").build();

    assertThat(PersonalIdNumber.parse(MALE_1999_HANOI, renamed))
        .isEqualTo(PersonalIdNumber.parse(MALE_1999_HANOI))
        .hasSameHashCodeAs(PersonalIdNumber.parse(MALE_1999_HANOI))
        .isNotEqualTo(PersonalIdNumber.parse(FEMALE_2003_HCMC));
  }
}
