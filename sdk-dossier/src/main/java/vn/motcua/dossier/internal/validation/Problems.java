package vn.motcua.dossier.internal.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/** Collects violations found by hand-written rules; one per validation, not thread-safe. */
public final class Problems {
  private final List<Violation> violations = new ArrayList<>();

  /** Records a violation of {@code code} at {@code path}. */
  public void add(String path, String code) {
    violations.add(Violation.of(path, code, Map.of(), DossierMessages.source()));
  }

  /** Records a violation with arguments from the rule (never input values). */
  public void add(String path, String code, Map<String, ?> args) {
    violations.add(Violation.of(path, code, args, DossierMessages.source()));
  }

  /** Records every violation of a report. */
  public void addAll(ValidationReport report) {
    violations.addAll(report.violations());
  }

  /** Returns the report of everything recorded, sorted once. */
  public ValidationReport report() {
    return ValidationReport.of(violations);
  }
}
