package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.json.JsonLimits;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.json.UnknownProperties;
import vn.motcua.core.validation.Violation;

class DossierJsonTest {
  private final Dossier dossier = Samples.birthRegistration();
  private final String json = DossierJson.strict().write(dossier);

  @Test
  void write_startsWithTheSchemaVersionAndKeepsOffsets() {
    assertThat(json)
        .startsWith("{\"schemaVersion\":\"1.0\",\"code\":\"000.00.12.H01-250310-0001\"");
    assertThat(json).contains("\"receivedAt\":\"2025-03-10T08:30:00+07:00\"");
    assertThat(json).contains("\"status\":\"IN_PROCESS\"").contains("\"channel\":\"ONLINE\"");
  }

  @Test
  void roundTrip_givesAnEqualDossierFromTextBytesAndStreams() {
    assertThat(DossierJson.strict().read(json)).isEqualTo(dossier);
    assertThat(DossierJson.strict().read(DossierJson.strict().writeBytes(dossier)))
        .isEqualTo(dossier);
    assertThat(
            DossierJson.strict()
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(dossier);
  }

  @Test
  void write_isDeterministic() {
    Dossier again = DossierJson.strict().read(json);
    assertThat(DossierJson.strict().write(again)).isEqualTo(json);
  }

  @Test
  void strict_reportsEveryUnknownPropertyAtItsPath() {
    String withUnknown =
        json.replace("{\"schemaVersion\":\"1.0\",", "{\"schemaVersion\":\"1.0\",\"priority\":1,")
            .replace("\"fullName\":", "\"nickname\":\"x\",\"fullName\":")
            .replace("\"id\":\"tl-2\",", "\"id\":\"tl-2\",\"pages\":3,\"001099012345\":true,");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> DossierJson.strict().read(withUnknown));

    assertThat(e.code()).isEqualTo("json.unknown_property");
    assertThat(e.report().violations())
        .extracting(Violation::path)
        .containsExactly(
            "/applicant/nickname", "/documents/1/*", "/documents/1/pages", "/priority");
    assertThat(e.report().codes()).containsOnly("json.unknown_property");
    assertThat(e.getMessage()).doesNotContain("001099012345");
  }

  @Test
  void lenient_keepsUnknownPropertiesAndWritesThemBack() {
    String withUnknown =
        json.replace("\"fullName\":", "\"nickname\":{\"given\":\"An\"},\"fullName\":")
            .replace(
                "{\"schemaVersion\":\"1.0\",", "{\"schemaVersion\":\"1.3\",\"zPriority\":[1,2],");

    Dossier read = DossierJson.lenient().read(withUnknown);

    assertThat(read.applicant().extensions())
        .containsEntry("nickname", MotcuaJson.strict().readTree("{\"given\":\"An\"}"));
    assertThat(read.extensions()).containsKey("zPriority");
    String written = DossierJson.lenient().write(read);
    assertThat(MotcuaJson.strict().readTree(written).path("applicant").path("nickname"))
        .isEqualTo(MotcuaJson.strict().readTree("{\"given\":\"An\"}"));
    assertThat(written).endsWith(",\"zPriority\":[1,2]}");
    assertThat(DossierJson.lenient().read(written)).isEqualTo(read);
  }

  @Test
  void extensions_areCopiesThatCannotChangeTheDossier() {
    Dossier read =
        DossierJson.lenient()
            .read(json.replace("\"fullName\":", "\"nickname\":{\"given\":\"An\"},\"fullName\":"));
    ((tools.jackson.databind.node.ObjectNode) read.applicant().extensions().get("nickname"))
        .put("given", "changed");

    assertThat(read.applicant().extensions().get("nickname").path("given").stringValue())
        .isEqualTo("An");
  }

  @Test
  void builder_refusesExtensionsNamedLikeDeclaredProperties() {
    Map<String, JsonNode> clash = Map.of("fullName", JsonNodeFactory.instance.stringNode("x"));

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Samples.citizen().toBuilder().extensions(clash).build());
  }

  @Test
  void read_refusesAMissingOrUnsupportedSchemaVersion() {
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> DossierJson.strict().read(json.replace("\"schemaVersion\":\"1.0\",", "")));
    InvalidInputException unsupported =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> DossierJson.strict().read(json.replace("\"1.0\"", "\"2.0\"")));

    assertThat(missing.report().codes()).containsExactly("validation.not_null");
    assertThat(missing.report().violations().get(0).path()).isEqualTo("/schemaVersion");
    assertThat(unsupported.report().codes())
        .containsExactly(DossierRules.SCHEMA_VERSION_UNSUPPORTED);
    assertThat(unsupported.report().violations().get(0).message(java.util.Locale.ENGLISH))
        .contains("1.x");
  }

  @Test
  void read_reportsEveryMissingRequiredPropertyOfAnObject() {
    String noNames = json.replace("\"name\":\"TK-KS.pdf\",", "").replace("\"id\":\"tl-1\",", "");

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> DossierJson.strict().read(noNames));

    assertThat(e.code()).isEqualTo("json.invalid_value");
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/documents/0/id", "validation.not_null"),
            org.assertj.core.groups.Tuple.tuple("/documents/0/name", "validation.not_null"));
  }

  @Test
  void read_reportsAnInvalidIdentifierWithItsRuleAndNoValue() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> DossierJson.strict().read(json.replace("001099012345", "999099012345")));

    assertThat(e.report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/applicant/personalId");
              assertThat(v.code()).isEqualTo("identifier.personal_id.province");
            });
    assertThat(e.getMessage()).doesNotContain("999099012345");
  }

  @Test
  void of_appliesCustomLimits() {
    DossierJson tight =
        DossierJson.of(JsonLimits.builder().maxStringLength(10).build(), UnknownProperties.REJECT);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> tight.read(json));

    assertThat(e.code()).isEqualTo("json.too_long");
    assertThat(tight.unknownProperties()).isEqualTo(UnknownProperties.REJECT);
  }
}
