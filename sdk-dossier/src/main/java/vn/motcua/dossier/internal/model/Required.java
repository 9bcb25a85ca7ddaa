package vn.motcua.dossier.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.internal.validation.DossierMessages;

/**
 * Collects the required properties a builder lacks, so that {@code build()} reports all of them at
 * once and never returns a half-built object. Not thread-safe; one per build.
 */
public final class Required {
  /** The code of the exception a builder throws when required properties are missing. */
  public static final String INCOMPLETE = "dossier.incomplete";

  private final String type;
  private final List<Violation> missing = new ArrayList<>(0);

  private Required(String type) {
    this.type = type;
  }

  /** Starts a check of a {@code type}'s required properties. */
  public static Required of(String type) {
    return new Required(type);
  }

  /** Records {@code name} as missing when {@code value} is {@code null}. */
  public Required check(@Nullable Object value, String name) {
    if (value == null) {
      missing.add(
          Violation.of("/" + name, "validation.not_null", Map.of(), DossierMessages.source()));
    }
    return this;
  }

  /**
   * Returns normally when nothing is missing.
   *
   * @throws InvalidInputException with code {@code dossier.incomplete} listing every missing
   *     property (code {@code validation.not_null}) relative to the object being built
   */
  public void done() {
    if (!missing.isEmpty()) {
      ValidationReport report = ValidationReport.of(missing);
      throw new InvalidInputException(
          INCOMPLETE,
          "Cannot build a " + type + ": required properties are missing: " + report.summary(),
          report,
          null);
    }
  }
}
