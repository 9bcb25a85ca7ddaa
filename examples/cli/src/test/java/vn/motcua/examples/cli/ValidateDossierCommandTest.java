package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.json.MotcuaJson;

class ValidateDossierCommandTest {
  private static final Path EXAMPLES = Path.of("../../docs/examples/dossiers");
  private static final Set<String> PERSONAL_FIELDS =
      Set.of("fullName", "personalId", "birthDate", "phone", "email", "address", "taxCode");

  private static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }

  @Test
  void validFilesGiveOneValidLineEachAndExitZero() {
    Cli.Result result =
        Cli.run(
            "validate-dossier",
            "--no-progress",
            example("valid-birth-registration-online.json"),
            example("valid-construction-permit-organisation.json"),
            example("valid-household-business-postal.json"));

    assertThat(result.exitCode()).as(result.all()).isZero();
    assertThat(result.outLines())
        .containsExactly(
            "{\"file\":"
                + Json.quote(example("valid-birth-registration-online.json"))
                + ",\"valid\":true,\"procedureChecked\":true,\"problems\":[]}",
            "{\"file\":"
                + Json.quote(example("valid-construction-permit-organisation.json"))
                + ",\"valid\":true,\"procedureChecked\":true,\"problems\":[]}",
            "{\"file\":"
                + Json.quote(example("valid-household-business-postal.json"))
                + ",\"valid\":true,\"procedureChecked\":true,\"problems\":[]}");
    assertThat(result.err()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "invalid-sha256-uppercase.json, /documents/0/sha256, dossier.document.sha256_format",
    "invalid-due-before-received.json, /dueAt, dossier.due_before_received",
    "invalid-missing-required-component.json, /documents, dossier.component.missing",
    "invalid-unknown-property.json, /applicant/nickname, json.unknown_property",
    "invalid-negative-fee.json, /fees/0/amount, dossier.fee.negative",
    "invalid-personal-id-province.json, /applicant/personalId, identifier.personal_id.province"
  })
  void eachInvalidExampleIsReportedWithItsPathAndCode(String file, String path, String code) {
    Cli.Result result = Cli.run("validate-dossier", example(file));

    assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
    JsonNode line = MotcuaJson.strict().mapper().readTree(result.out());
    assertThat(line.path("file").asString()).isEqualTo(example(file));
    assertThat(line.path("valid").asBoolean()).isFalse();
    List<String> problems = new ArrayList<>();
    line.path("problems")
        .forEach(
            p -> {
              problems.add(p.path("path").asString() + " " + p.path("code").asString());
              assertThat(p.path("message").asString()).isNotBlank();
            });
    assertThat(problems).contains(path + " " + code);
    assertNoPersonalData(result, EXAMPLES.resolve(file));
  }

  @Test
  void withoutCatalogueOnlyTheGeneralRulesApply() {
    Cli.Result result =
        Cli.run(
            "validate-dossier",
            "--no-catalogue",
            example("invalid-missing-required-component.json"));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("\"valid\":true,\"procedureChecked\":false");
  }

  @Test
  void aBatchWithOneInvalidFileExitsOneAndReportsEveryFileInOrder() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate-dossier", "--no-progress"));
    List<Path> files;
    try (Stream<Path> listing = Files.list(EXAMPLES)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    files.forEach(f -> args.add(f.toString()));

    Cli.Result result = Cli.run(args.toArray(String[]::new));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines()).hasSize(files.size());
    for (int i = 0; i < files.size(); i++) {
      JsonNode line = MotcuaJson.strict().mapper().readTree(result.outLines().get(i));
      assertThat(line.path("file").asString()).isEqualTo(files.get(i).toString());
      assertThat(line.path("valid").asBoolean())
          .isEqualTo(files.get(i).getFileName().toString().startsWith("valid-"));
    }
    for (Path file : files) {
      assertNoPersonalData(result, file);
    }
    assertThat(result.err()).isEmpty();
  }

  @Test
  void progressOnStandardErrorWhenAsked() {
    Cli.Result result =
        Cli.run(
            "validate-dossier",
            "--progress",
            example("valid-birth-registration-online.json"),
            example("invalid-negative-fee.json"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("2/2 files, 1 invalid").contains("[######");
    assertThat(result.outLines()).hasSize(2);
    assertThat(result.out()).doesNotContain("files,");
  }

  @Test
  void noProgressForASingleFile() {
    Cli.Result result =
        Cli.run("validate-dossier", "--progress", example("valid-birth-registration-online.json"));

    assertThat(result.err()).isEmpty();
  }

  @Test
  void messagesInVietnamese() {
    Cli.Result english = Cli.run("validate-dossier", example("invalid-negative-fee.json"));
    Cli.Result vietnamese =
        Cli.run("validate-dossier", "--lang", "vi", example("invalid-negative-fee.json"));

    assertThat(vietnamese.exitCode()).isEqualTo(1);
    assertThat(vietnamese.out()).contains("dossier.fee.negative").isNotEqualTo(english.out());
  }

  @Test
  void anUnknownProcedureIsSkippedUnlessRequired(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("unknown-procedure.json");
    Files.writeString(
        file,
        Files.readString(EXAMPLES.resolve("valid-birth-registration-online.json"))
            .replace("1.001193", "1.999999"));

    Cli.Result skipped = Cli.run("validate-dossier", file.toString());
    Cli.Result required = Cli.run("validate-dossier", "--require-procedure", file.toString());

    assertThat(skipped.exitCode()).isZero();
    assertThat(skipped.out()).contains("\"valid\":true,\"procedureChecked\":false");
    assertThat(required.exitCode()).isEqualTo(1);
    assertThat(required.out())
        .contains("\"path\":\"/procedure/code\",\"code\":\"dossier.procedure.unknown\"");
  }

  @Test
  void malformedJsonIsInvalidWithAJsonCode(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"schemaVersion\":\"1.0\",\"code\":");

    Cli.Result result = Cli.run("validate-dossier", file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("\"valid\":false").contains("\"code\":\"json.");
  }

  @Test
  void usageErrors(@TempDir Path dir) {
    Cli.Result missing = Cli.run("validate-dossier", dir.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Not a readable file").contains("nope.json");
    assertThat(missing.out()).isEmpty();

    Cli.Result none = Cli.run("validate-dossier");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required parameter");

    Cli.Result lang =
        Cli.run("validate-dossier", "--lang", "fr", example("invalid-negative-fee.json"));
    assertThat(lang.exitCode()).isEqualTo(2);
    assertThat(lang.err()).contains("--lang");

    Cli.Result conflict =
        Cli.run(
            "validate-dossier",
            "--no-catalogue",
            "--require-procedure",
            example("invalid-negative-fee.json"));
    assertThat(conflict.exitCode()).isEqualTo(2);

    Cli.Result catalogue =
        Cli.run(
            "validate-dossier",
            "--catalogue",
            example("invalid-negative-fee.json"),
            example("invalid-negative-fee.json"));
    assertThat(catalogue.exitCode()).isEqualTo(2);
    assertThat(catalogue.err()).contains("catalogue file");
  }

  /** Asserts that no value of a personal field of {@code file} appears in the output. */
  private static void assertNoPersonalData(Cli.Result result, Path file) {
    JsonNode tree;
    try {
      tree = MotcuaJson.lenient().mapper().readTree(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return; // not JSON the reader accepts: nothing to compare with
    }
    List<String> values = new ArrayList<>();
    collect(tree, values);
    assertThat(values).as("personal values found in %s", file).isNotEmpty();
    for (String value : values) {
      assertThat(result.all()).doesNotContain(value);
    }
  }

  private static void collect(JsonNode node, List<String> values) {
    node.properties()
        .forEach(
            entry -> {
              if (PERSONAL_FIELDS.contains(entry.getKey()) && entry.getValue().isString()) {
                values.add(entry.getValue().asString());
              }
              collect(entry.getValue(), values);
            });
    if (node.isArray()) {
      node.forEach(child -> collect(child, values));
    }
  }
}
