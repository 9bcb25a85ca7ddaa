package vn.motcua.dossier.internal.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.json.JsonPaths;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.catalogue.ComponentDefinition;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.internal.model.Required;
import vn.motcua.dossier.internal.model.UnknownFields;
import vn.motcua.dossier.internal.validation.DossierMessages;

/**
 * motcua's catalogue file: {@code {"schemaVersion":"1.0","sample":true,"notice":"…",
 * "procedures":[…]}}. Read strictly: a misspelt property in a catalogue is refused, not dropped.
 *
 * @param schemaVersion the file format's version, {@code 1.x}
 * @param sample whether the file holds sample data, not verified against the national database
 * @param notice free text describing the data's origin
 * @param procedures the procedure definitions
 */
public record CatalogueFile(
    String schemaVersion,
    @Nullable Boolean sample,
    @Nullable String notice,
    List<ProcedureDefinition> procedures) {

  /** Checks the required components. */
  public CatalogueFile {
    Required.of("CatalogueFile")
        .check(schemaVersion, "schemaVersion")
        .check(procedures, "procedures")
        .done();
    procedures = List.copyOf(procedures);
  }

  /**
   * Reads a catalogue file.
   *
   * @throws InvalidInputException for malformed input, an unsupported version or unknown properties
   */
  public static CatalogueFile read(byte[] json) {
    CatalogueFile file = MotcuaJson.strict().read(json, CatalogueFile.class);
    if (!file.schemaVersion().equals("1") && !file.schemaVersion().startsWith("1.")) {
      throw new InvalidInputException(
          "dossier.schema_version.unsupported",
          ValidationReport.of(
              Violation.of(
                  "/schemaVersion",
                  "dossier.schema_version.unsupported",
                  Map.of("supported", "1.x"),
                  DossierMessages.source())));
    }
    List<Violation> unknown = new ArrayList<>(0);
    for (int i = 0; i < file.procedures().size(); i++) {
      ProcedureDefinition p = file.procedures().get(i);
      add(unknown, "/procedures/" + i, p.extensions());
      for (int j = 0; j < p.components().size(); j++) {
        ComponentDefinition c = p.components().get(j);
        add(unknown, "/procedures/" + i + "/components/" + j, c.extensions());
      }
    }
    if (!unknown.isEmpty()) {
      ValidationReport report = ValidationReport.of(unknown);
      throw new InvalidInputException(
          UnknownFields.CODE, "Invalid catalogue: " + report.summary(), report, null);
    }
    return file;
  }

  private static void add(List<Violation> found, String path, Map<String, JsonNode> extensions) {
    for (String name : extensions.keySet()) {
      found.add(
          Violation.of(
              path + "/" + JsonPaths.inputSegment(name),
              UnknownFields.CODE,
              Map.of(),
              DossierMessages.source()));
    }
  }
}
