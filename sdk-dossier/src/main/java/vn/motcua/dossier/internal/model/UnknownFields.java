package vn.motcua.dossier.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.json.JsonPaths;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Representative;
import vn.motcua.dossier.internal.validation.DossierMessages;

/** Finds the unknown properties a dossier kept, to refuse them in strict mode, all at once. */
public final class UnknownFields {
  /** The code of an unknown property, the same as core's JSON reader uses. */
  public static final String CODE = "json.unknown_property";

  private UnknownFields() {}

  /** Returns one violation per unknown property anywhere in the dossier, at its JSON path. */
  public static ValidationReport report(Dossier d) {
    List<Violation> found = new ArrayList<>(0);
    add(found, "", d.extensions());
    add(found, "/procedure", d.procedure().extensions());
    add(found, "/procedure/sector", d.procedure().sector().extensions());
    add(found, "/agency", d.agency().extensions());
    add(found, "/applicant", d.applicant().extensions());
    Representative representative = d.representative().orElse(null);
    if (representative != null) {
      add(found, "/representative", representative.extensions());
      representative
          .authorization()
          .ifPresent(a -> add(found, "/representative/authorization", a.extensions()));
    }
    for (int i = 0; i < d.documents().size(); i++) {
      add(found, "/documents/" + i, d.documents().get(i).extensions());
    }
    for (int i = 0; i < d.fees().size(); i++) {
      add(found, "/fees/" + i, d.fees().get(i).extensions());
    }
    for (int i = 0; i < d.supplements().size(); i++) {
      add(found, "/supplements/" + i, d.supplements().get(i).extensions());
    }
    for (int i = 0; i < d.results().size(); i++) {
      add(found, "/results/" + i, d.results().get(i).extensions());
    }
    for (int i = 0; i < d.steps().size(); i++) {
      add(found, "/steps/" + i, d.steps().get(i).extensions());
    }
    return ValidationReport.of(found);
  }

  private static void add(
      List<Violation> found, String path, @Nullable Map<String, JsonNode> extensions) {
    if (extensions == null) {
      return;
    }
    for (String name : extensions.keySet()) {
      found.add(
          Violation.of(
              path + "/" + JsonPaths.inputSegment(name), CODE, Map.of(), DossierMessages.source()));
    }
  }
}
