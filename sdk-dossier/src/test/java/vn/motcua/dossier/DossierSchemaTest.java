package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;

/**
 * Keeps the published JSON Schema, the example dossiers and the Java model in step, checking the
 * schema with an independent validator (networknt json-schema-validator, draft 2020-12).
 */
class DossierSchemaTest {
  private static final Path SCHEMA = Path.of("..", "docs", "schema", "dossier.schema.json");
  private static final Path EXAMPLES = Path.of("..", "docs", "examples", "dossiers");
  private static final Schema SCHEMA_VALIDATOR = load();

  /** What each invalid example breaks: where, which code, and whether the schema sees it. */
  private record Expected(String path, String code, boolean schemaInvalid) {}

  private static final Map<String, Expected> INVALID =
      Map.of(
          "invalid-sha256-uppercase.json",
              new Expected("/documents/0/sha256", DossierRules.SHA256_FORMAT, true),
          "invalid-due-before-received.json",
              new Expected("/dueAt", DossierRules.DUE_BEFORE_RECEIVED, false),
          "invalid-missing-required-component.json",
              new Expected("/documents", DossierRules.COMPONENT_MISSING, false),
          "invalid-unknown-property.json",
              new Expected("/applicant/nickname", "json.unknown_property", true),
          "invalid-negative-fee.json",
              new Expected("/fees/0/amount", DossierRules.FEE_NEGATIVE, true),
          "invalid-personal-id-province.json",
              new Expected("/applicant/personalId", "identifier.personal_id.province", false));

  private final DossierValidator validator =
      DossierValidator.builder().catalogue(ProcedureCatalogue.sample()).build();

  private static Schema load() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    try {
      return SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config))
          .getSchema(Files.readString(SCHEMA));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> schemaErrors(String json) {
    JsonNode tree = MotcuaJson.strict().readTree(json);
    return SCHEMA_VALIDATOR.validate(tree).stream()
        .map(e -> e.getInstanceLocation().toString() + " " + e.getKeyword())
        .toList();
  }

  private static Set<String> schemaErrorPaths(String json) {
    JsonNode tree = MotcuaJson.strict().readTree(json);
    return SCHEMA_VALIDATOR.validate(tree).stream()
        .map(DossierSchemaTest::pointer)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The instance location, or for additionalProperties the pointer of the extra property. */
  private static String pointer(Error e) {
    String at = e.getInstanceLocation().toString();
    return e.getKeyword().equals("additionalProperties") && e.getProperty() != null
        ? at + "/" + e.getProperty()
        : at;
  }

  private static List<Path> examples() {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyExample_isClassified() {
    List<String> names = examples().stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names).filteredOn(n -> n.startsWith("valid-")).hasSizeGreaterThanOrEqualTo(3);
    assertThat(names.stream().filter(n -> !n.startsWith("valid-")).toList())
        .containsExactlyInAnyOrderElementsOf(INVALID.keySet());
  }

  @Test
  void validExamples_passTheSchemaTheStrictReaderAndTheValidator() {
    for (Path file : examples()) {
      if (!file.getFileName().toString().startsWith("valid-")) {
        continue;
      }
      String json = read(file);
      assertThat(schemaErrors(json)).as("schema errors in %s", file).isEmpty();
      Dossier dossier = DossierJson.strict().read(json);
      assertThat(validator.validate(dossier).violations()).as("problems in %s", file).isEmpty();
      // The example is canonical: writing it back gives the same tree.
      assertThat(MotcuaJson.strict().readTree(DossierJson.strict().write(dossier)))
          .as("canonical form of %s", file)
          .isEqualTo(MotcuaJson.strict().readTree(json));
    }
  }

  @Test
  void invalidExamples_failWhereExpected() {
    INVALID.forEach(
        (name, expected) -> {
          String json = read(EXAMPLES.resolve(name));
          Set<String> schemaPaths = schemaErrorPaths(json);
          if (expected.schemaInvalid()) {
            assertThat(schemaPaths).as("schema errors of %s", name).contains(expected.path());
          } else {
            assertThat(schemaPaths).as("schema errors of %s", name).isEmpty();
          }
          ValidationReport report;
          try {
            report = validator.validate(DossierJson.strict().read(json));
          } catch (InvalidInputException e) {
            report = e.report();
          }
          assertThat(report.at(expected.path()))
              .as("SDK problems of %s", name)
              .extracting(Violation::code)
              .contains(expected.code());
        });
  }

  @Test
  void schema_refusesWhatTheStrictReaderRefuses() {
    String json = read(EXAMPLES.resolve("valid-birth-registration-online.json"));
    for (String broken :
        List.of(
            json.replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\""),
            json.replace("\"channel\": \"ONLINE\"", "\"channel\": \"FAX\""),
            json.replace("\"size\": 120000", "\"size\": \"120000\""),
            json.replace("\"code\": \"000.00.12.H01-250310-0001\",", ""))) {
      assertThat(schemaErrors(broken)).isNotEmpty();
      catchThrowableOfType(InvalidInputException.class, () -> DossierJson.strict().read(broken));
    }
  }

  @Provide
  Arbitrary<Dossier> dossiers() {
    return DossierArbitraries.dossiers();
  }

  /**
   * Whatever the Java model writes, the schema describes: every property is declared, every enum
   * constant listed, and the schema refuses only what the validator reports at the same path.
   */
  @Property(tries = 200)
  void schema_describesEveryDossierTheModelWrites(@ForAll("dossiers") Dossier d) {
    String json = DossierJson.strict().write(d);
    Set<String> validatorPaths =
        DossierValidator.defaults().validate(d).violations().stream()
            .map(Violation::path)
            .collect(Collectors.toSet());

    assertThat(schemaErrorPaths(json)).isSubsetOf(validatorPaths);
  }
}
