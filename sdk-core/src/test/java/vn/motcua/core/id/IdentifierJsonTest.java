package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.json.MotcuaJson;

/** Identifiers read from and write to JSON as their text, through the hardened mapper. */
class IdentifierJsonTest {
  private final MotcuaJson json = MotcuaJson.strict();

  record Holder(
      PersonalIdNumber personalId,
      LegacyIdCardNumber legacyId,
      TaxCode taxCode,
      AgencyCode agency,
      ProcedureCode procedure,
      DossierCode dossier) {}

  private static final String TEXT =
      "{\"personalId\":\"001099012345\",\"legacyId\":\"012345678\",\"taxCode\":\"0100109106\","
          + "\"agency\":\"000.00.53.H48\",\"procedure\":\"1.001612\","
          + "\"dossier\":\"000.00.53.H48-220921-0099\"}";

  @Test
  void identifiers_roundTripAsTheirText() {
    Holder holder = json.read(TEXT, Holder.class);

    assertThat(holder.personalId()).isEqualTo(PersonalIdNumber.parse("001099012345"));
    assertThat(holder.dossier().sequence()).isEqualTo(99);
    assertThat(json.write(holder)).isEqualTo(TEXT);
  }

  @Test
  void read_reportsTheIdentifierRuleAtTheValuesPathWithoutTheValue() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> json.read(TEXT.replace("001099012345", "999099012345"), Holder.class));

    assertThat(e.code()).isEqualTo("json.invalid_value");
    assertThat(e.report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/personalId");
              assertThat(v.code()).isEqualTo("identifier.personal_id.province");
            });
    assertThat(e.getMessage()).doesNotContain("999099012345");
  }

  @Test
  void read_refusesNumbersForIdentifiers() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> json.read("[12345678]", LegacyIdList.class));

    assertThat(e.code()).isEqualTo("json.type_mismatch");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/0");
  }

  static final class LegacyIdList extends java.util.ArrayList<LegacyIdCardNumber> {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void list_ofIdentifiersReads() {
    assertThat(json.read("[\"012345678\"]", LegacyIdList.class))
        .isEqualTo(List.of(LegacyIdCardNumber.parse("012345678")));
  }
}
