package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.motcua.core.InvalidInputException;

class ProcedureCodePropertiesTest {

  @Provide
  Arbitrary<String> valid() {
    return IdentifierArbitraries.procedureCodes();
  }

  @Property
  void validCodes_roundTrip(@ForAll("valid") String text) {
    ProcedureCode code = ProcedureCode.parse(text);

    assertThat(code.value()).isEqualTo(text);
    assertThat(ProcedureCode.parse(code.value())).isEqualTo(code);
    assertThat(code.national().value()).isEqualTo(text.substring(0, 8));
    assertThat(code.national().isLocalized()).isFalse();
    assertThat(code.isLocalized()).isEqualTo(text.length() > 8);
    assertThat(code.agency().map(agency -> code.national().value() + "." + agency.value()))
        .isEqualTo(code.isLocalized() ? java.util.Optional.of(text) : java.util.Optional.empty());
  }

  @Property
  void droppingACharacter_isRejectedAsFormat(
      @ForAll("valid") String text, @ForAll @IntRange(min = 0, max = 21) int position) {
    int at = Math.min(position, text.length() - 1);
    String mutated = text.substring(0, at) + text.substring(at + 1);

    assertThat(ProcedureCode.validate(mutated).codes())
        .containsExactly("identifier.procedure_code.format");
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> ProcedureCode.parse(mutated));
    assertThat(e.report().codes()).containsExactly("identifier.procedure_code.format");
  }
}
