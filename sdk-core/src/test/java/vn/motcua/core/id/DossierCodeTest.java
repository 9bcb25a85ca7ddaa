package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.InvalidInputException;

class DossierCodeTest {
  private static final AgencyCode AGENCY = AgencyCode.parse("000.00.53.H48");

  @Test
  void parse_readsTheRealSample() {
    DossierCode code = DossierCode.parse("000.00.53.H48-220921-0099");

    assertThat(code.agency()).isEqualTo(AGENCY);
    assertThat(code.date()).isEqualTo(LocalDate.of(2022, 9, 21));
    assertThat(code.sequence()).isEqualTo(99);
    assertThat(code.value()).isEqualTo("000.00.53.H48-220921-0099");
    assertThat(code.toString()).isEqualTo("000.00.53.H48-220921-0099");
  }

  @Test
  void parse_acceptsDecision20AgencyCodes() {
    DossierCode code = DossierCode.parse("H37.DN.001-250102-0001");

    assertThat(code.agency().kind()).isEqualTo(AgencyCodeKind.DECISION_20_2020);
    assertThat(code.date()).isEqualTo(LocalDate.of(2025, 1, 2));
  }

  @Test
  void of_buildsTheSameCodeAsParse() {
    assertThat(DossierCode.of(AGENCY, LocalDate.of(2022, 9, 21), 99))
        .isEqualTo(DossierCode.parse("000.00.53.H48-220921-0099"));
    assertThat(DossierCode.of(AGENCY, LocalDate.of(2000, 1, 1), 9999).value())
        .isEqualTo("000.00.53.H48-000101-9999");
  }

  @ParameterizedTest
  @CsvSource({
    "0, identifier.dossier_code.sequence",
    "-1, identifier.dossier_code.sequence",
    "10000, identifier.dossier_code.sequence"
  })
  void of_rejectsSequenceOutsideOneTo9999(int sequence, String code) {
    assertThatThrownBy(() -> DossierCode.of(AGENCY, LocalDate.of(2022, 9, 21), sequence))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.report().codes()).containsExactly(code));
  }

  @ParameterizedTest
  @CsvSource({"1999-12-31", "2100-01-01"})
  void of_rejectsDatesOutsideTheTwoDigitYearRange(LocalDate date) {
    assertThatThrownBy(() -> DossierCode.of(AGENCY, date, 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.report().codes()).containsExactly("identifier.dossier_code.date"));
  }

  @ParameterizedTest
  @CsvSource({
    "000.00.53.H48-230230-0001, identifier.dossier_code.date",
    "000.00.53.H48-231301-0001, identifier.dossier_code.date",
    "000.00.53.H48-230100-0001, identifier.dossier_code.date",
    "000.00.53.H48-230229-0001, identifier.dossier_code.date",
    "000.00.53.H48-220921-0000, identifier.dossier_code.sequence",
    "000.00.53.H48-220921-099, identifier.dossier_code.format",
    "000.00.53.H48-220921-10000, identifier.dossier_code.format",
    "000.00.53.H48-20220921-0099, identifier.dossier_code.format",
    "000.00.53.H48220921-0099, identifier.dossier_code.format",
    "000.00.53.H48-220921, identifier.dossier_code.format",
    "-220921-0099, identifier.dossier_code.format",
    "000.00.53.h48-220921-0099, identifier.dossier_code.agency",
    "000.00.53.H48 -220921-0099, identifier.dossier_code.agency",
    "A-B-220921-0099, identifier.dossier_code.agency"
  })
  void validate_namesTheBrokenRule(String text, String code) {
    assertThat(DossierCode.validate(text).codes()).containsExactly(code);
    assertThat(DossierCode.isValid(text)).isFalse();
  }

  @Test
  void parse_acceptsTheLeapDay() {
    assertThat(DossierCode.parse("000.00.53.H48-240229-0001").date())
        .isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void parse_throwsWithTheRuleNotTheValue() {
    assertThatThrownBy(() -> DossierCode.parse("000.00.53.H48-230230-0001"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("identifier.invalid");
              assertThat(e.getMessage()).contains("dossier code").doesNotContain("230230");
            });
  }
}
