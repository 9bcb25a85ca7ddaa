package vn.motcua.testkit.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;

class PersonaPackTest {
  private final PersonaPack pack = PersonaPack.defaults();

  @Test
  void defaults_holdAtLeastTwentyConsistentCitizensAndFiveBusinesses() {
    assertThat(pack.citizens().stream().filter(Persona::isConsistent))
        .hasSizeGreaterThanOrEqualTo(20);
    assertThat(pack.businesses()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(pack.size()).isEqualTo(pack.citizens().size() + pack.businesses().size());
  }

  @Test
  void defaults_everyIdentifierParsesWithMotcuaCore() {
    for (Persona p : pack.all()) {
      assertThat(PersonalIdNumber.isValid(p.personalIdNumber().value())).as(p.id()).isTrue();
      p.legacyIdCardNumber()
          .ifPresent(n -> assertThat(LegacyIdCardNumber.isValid(n.value())).as(p.id()).isTrue());
      p.taxCode().ifPresent(t -> assertThat(TaxCode.isValid(t.value())).as(p.id()).isTrue());
      p.business()
          .ifPresent(b -> assertThat(TaxCode.isValid(b.taxCode().value())).as(p.id()).isTrue());
      p.passportNumber().ifPresent(n -> assertThat(n).matches("[A-Z][0-9]{7}"));
    }
  }

  @Test
  void defaults_spreadOverAtLeastTenProvincesBothCenturiesBothSexesAndBothLevels() {
    Set<String> provinces =
        pack.all().stream()
            .map(p -> p.personalIdNumber().provinceCode())
            .collect(Collectors.toSet());
    assertThat(provinces).hasSizeGreaterThanOrEqualTo(10);
    assertThat(pack.all().stream().map(p -> p.personalIdNumber().birthYear() / 100).distinct())
        .containsExactlyInAnyOrder(19, 20);
    assertThat(pack.all().stream().map(Persona::sex).distinct())
        .containsExactlyInAnyOrder(Sex.MALE, Sex.FEMALE);
    assertThat(pack.all().stream().map(Persona::level).distinct())
        .containsExactlyInAnyOrder(AccountLevel.LEVEL_1, AccountLevel.LEVEL_2);
    assertThat(pack.businesses().stream().map(Persona::level).distinct())
        .contains(AccountLevel.LEVEL_2);
  }

  @Test
  void defaults_holdExactlyOneInconsistentPersonaWhoseIdSaysSo() {
    List<Persona> inconsistent = pack.all().stream().filter(p -> !p.isConsistent()).toList();

    assertThat(inconsistent).hasSize(1);
    Persona odd = inconsistent.get(0);
    assertThat(odd.id()).contains("inconsistent");
    assertThat(odd.description()).hasValueSatisfying(d -> assertThat(d).contains("inconsistent"));
    assertThat(odd.personalIdNumber().checkConsistency(odd.sex(), odd.birthDate()).codes())
        .containsExactly("identifier.personal_id.birth_year_mismatch");
  }

  @Test
  void defaults_namesAreNfcAndCarryVietnameseDiacritics() {
    for (Persona p : pack.all()) {
      assertThat(Normalizer.isNormalized(p.fullName(), Normalizer.Form.NFC)).as(p.id()).isTrue();
      assertThat(p.fullName().chars().anyMatch(c -> c > 0x7f)).as(p.id()).isTrue();
    }
    for (Persona p : pack.businesses()) {
      assertThat(p.business().orElseThrow().name()).contains("Thử Nghiệm");
    }
  }

  @Test
  void defaults_contactDataIsVisiblyFake() {
    for (Persona p : pack.all()) {
      assertThat(p.phone()).matches("0[35789][0-9]{8}");
      assertThat(p.email()).endsWith("example.vn");
    }
  }

  @Test
  void defaults_subjectsAndTechIdsAreUnique() {
    assertThat(pack.all().stream().map(Persona::subject).distinct()).hasSize(pack.size());
    assertThat(pack.all().stream().map(Persona::techId).distinct()).hasSize(pack.size());
  }

  @Test
  void find_looksUpByIdAndByPersonalIdNumber() {
    Persona first = pack.all().get(3);

    assertThat(pack.find(first.id())).contains(first);
    assertThat(pack.findByPersonalIdNumber(first.personalIdNumber().value())).contains(first);
    assertThat(pack.find("nobody")).isEmpty();
    assertThat(pack.defaultPersona()).isEqualTo(pack.get("citizen-01"));
  }

  @Test
  void toString_masksNamesAndNumbers() {
    for (Persona p : pack.all()) {
      String text = p.toString();
      assertThat(text)
          .contains(p.id())
          .doesNotContain(p.fullName())
          .doesNotContain(p.personalIdNumber().value())
          .doesNotContain(p.phone())
          .doesNotContain(p.email())
          .doesNotContain(p.address());
      p.business().ifPresent(b -> assertThat(text).doesNotContain(b.taxCode().value()));
    }
  }

  @Test
  void from_readsAPackInTheShippedLayout() {
    PersonaPack custom = PersonaPack.from(json(MINIMAL));

    assertThat(custom.size()).isEqualTo(1);
    assertThat(custom.defaultPersona().fullName()).isEqualTo("Nguyễn Thử");
  }

  @Test
  void from_reportsEveryBrokenRuleWithItsPath() {
    String broken =
        MINIMAL
            .replace("\"synthetic\": true", "\"synthetic\": false")
            .replace("001085901069", "999085901069")
            .replace("\"level\": 2", "\"level\": 3")
            .replace("\"defaultPersona\": \"p1\"", "\"defaultPersona\": \"p2\"");

    assertThatThrownBy(() -> PersonaPack.from(json(broken)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("testkit.persona_pack.invalid");
              assertThat(e.report().violations())
                  .extracting(v -> v.path() + " " + v.code())
                  .containsExactlyInAnyOrder(
                      "/synthetic testkit.persona_pack.not_synthetic",
                      "/personas/0/personalIdNumber identifier.personal_id.province",
                      "/personas/0/level testkit.persona.level",
                      "/defaultPersona testkit.persona_pack.unknown_default");
              assertThat(e.getMessage()).doesNotContain("999085901069");
            });
  }

  @Test
  void from_rejectsUnknownFieldsThroughTheHardenedMapper() {
    String extra = MINIMAL.replace("\"level\": 2", "\"level\": 2, \"password\": \"x\"");

    assertThatThrownBy(() -> PersonaPack.from(json(extra)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.code()).isEqualTo("json.unknown_property"));
  }

  private static ByteArrayInputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final String MINIMAL =
      """
      {
        "synthetic": true,
        "defaultPersona": "p1",
        "personas": [{
          "id": "p1", "kind": "CITIZEN", "subject": "s1", "techId": "t1",
          "fullName": "Nguyễn Thử", "sex": "MALE", "birthDate": "1985-03-14",
          "personalIdNumber": "001085901069", "address": "Hà Nội",
          "phone": "0912000001", "email": "p1@example.vn", "level": 2
        }]
      }
      """;
}
