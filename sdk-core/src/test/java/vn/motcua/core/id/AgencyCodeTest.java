package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.InvalidInputException;

class AgencyCodeTest {

  @ParameterizedTest
  @CsvSource({
    "000.00.53.H48, LEGACY, H48, PROVINCE",
    "000.00.00.G17, LEGACY, G17, MINISTRY",
    "H37.DN.001, DECISION_20_2020, H37, PROVINCE",
    "G17, DECISION_20_2020, G17, MINISTRY",
    "H48, DECISION_20_2020, H48, PROVINCE",
    "A01.12, DECISION_20_2020, A01, OTHER"
  })
  void parse_readsFormAndLevel1Code(
      String text, AgencyCodeKind kind, String level1, AgencyGroup group) {
    AgencyCode code = AgencyCode.parse(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(code.toString()).isEqualTo(text);
    assertThat(code.kind()).isEqualTo(kind);
    assertThat(code.level1Code()).isEqualTo(level1);
    assertThat(code.group()).isEqualTo(group);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "000.00.53.h48",
        "h37.DN.001",
        "H37.dn.001",
        "000.00.53.H4",
        "00.00.53.H48",
        "000.00.53.H48.",
        ".H37",
        "H37..001",
        "H37.DN 001",
        "H37-DN-001",
        "HH7.DN",
        "037.DN"
      })
  void validate_namesFormat(String text) {
    assertThat(AgencyCode.validate(text).codes()).containsExactly("identifier.agency_code.format");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"H37.012345678901234567890123456789AB", "G17.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
  void validate_limitsLengthTo35(String text) {
    assertThat(text.length()).isGreaterThan(35);
    assertThat(AgencyCode.validate(text).codes()).containsExactly("identifier.agency_code.length");
    assertThat(AgencyCode.isValid(text.substring(0, 35))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000.00.53.h48", "H37..001"})
  void parse_throwsWithTheRuleNotTheValue(String text) {
    assertThatThrownBy(() -> AgencyCode.parse(text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("identifier.invalid");
              assertThat(e.report().codes()).containsExactly("identifier.agency_code.format");
              assertThat(e.getMessage()).contains("agency code").doesNotContain(text);
            });
  }
}
