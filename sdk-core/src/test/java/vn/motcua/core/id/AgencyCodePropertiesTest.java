package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.motcua.core.InvalidInputException;

class AgencyCodePropertiesTest {

  @Provide
  Arbitrary<String> legacy() {
    return IdentifierArbitraries.legacyAgencyCodes();
  }

  @Provide
  Arbitrary<String> decision20() {
    return IdentifierArbitraries.decision20AgencyCodes();
  }

  @Provide
  Arbitrary<String> valid() {
    return IdentifierArbitraries.agencyCodes();
  }

  @Provide
  Arbitrary<Character> foreign() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('a', 'z'),
        Arbitraries.of('-', '_', ' ', '/', '\u0110', '\uFF21', '\u0000'));
  }

  @Property
  void legacyCodes_roundTripWithTheirLastGroupAsLevel1(@ForAll("legacy") String text) {
    AgencyCode code = AgencyCode.parse(text);

    assertThat(code).isEqualTo(AgencyCode.parse(code.value()));
    assertThat(code.value()).isEqualTo(text);
    assertThat(code.kind()).isEqualTo(AgencyCodeKind.LEGACY);
    assertThat(code.level1Code()).isEqualTo(text.substring(10));
  }

  @Property
  void decision20Codes_roundTripWithTheirFirstGroupAsLevel1(@ForAll("decision20") String text) {
    AgencyCode code = AgencyCode.parse(text);

    assertThat(code).isEqualTo(AgencyCode.parse(code.value()));
    assertThat(code.kind()).isEqualTo(AgencyCodeKind.DECISION_20_2020);
    assertThat(code.level1Code()).isEqualTo(text.substring(0, 3));
  }

  @Property
  void foreignCharacter_isRejectedAsFormat(
      @ForAll("valid") String text,
      @ForAll @IntRange(min = 1, max = 34) int position,
      @ForAll("foreign") char inserted) {
    Assume.that(text.length() < 35);
    int at = Math.min(position, text.length() - 1);
    String mutated = text.substring(0, at) + inserted + text.substring(at);

    assertRejected(mutated, "identifier.agency_code.format");
  }

  @Property
  void doubledDot_isRejectedAsFormat(@ForAll("valid") String text) {
    Assume.that(text.length() < 34);
    int dot = text.indexOf('.');
    String mutated = dot < 0 ? text + ".." : text.substring(0, dot) + "." + text.substring(dot);

    assertRejected(mutated, "identifier.agency_code.format");
  }

  @Property
  void over35Characters_isRejectedAsLength(
      @ForAll("valid") String text, @ForAll @IntRange(min = 1, max = 30) int extra) {
    String mutated = text + "." + "9".repeat(Math.max(extra, 35 - text.length()));

    assertRejected(mutated, "identifier.agency_code.length");
  }

  private static void assertRejected(String text, String code) {
    assertThat(AgencyCode.isValid(text)).isFalse();
    assertThat(AgencyCode.validate(text).codes()).containsExactly(code);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> AgencyCode.parse(text));
    assertThat(e.code()).isEqualTo("identifier.invalid");
    assertThat(e.report().codes()).containsExactly(code);
  }
}
