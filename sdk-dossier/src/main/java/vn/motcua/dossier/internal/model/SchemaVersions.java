package vn.motcua.dossier.internal.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.internal.validation.DossierMessages;

/** Checks the {@code schemaVersion} of canonical dossier JSON. */
public final class SchemaVersions {
  /** The code of a version this SDK cannot read. */
  public static final String UNSUPPORTED = "dossier.schema_version.unsupported";

  private static final String MAJOR = "1";

  private SchemaVersions() {}

  /**
   * Accepts {@code 1} and {@code 1.<minor>}; anything else, or nothing, is refused.
   *
   * @throws InvalidInputException with code {@code dossier.incomplete} when absent, or {@code
   *     dossier.schema_version.unsupported} for another major version or a malformed one
   */
  public static void check(@Nullable String version) {
    if (version == null) {
      Required.of("Dossier").check(null, "schemaVersion").done();
      return;
    }
    if (!isSupported(version)) {
      ValidationReport report =
          ValidationReport.of(
              Violation.of(
                  "/schemaVersion",
                  UNSUPPORTED,
                  Map.of("supported", MAJOR + ".x"),
                  DossierMessages.source()));
      throw new InvalidInputException(UNSUPPORTED, report);
    }
  }

  private static boolean isSupported(String version) {
    if (version.equals(MAJOR)) {
      return true;
    }
    if (!version.startsWith(MAJOR + ".") || version.length() == MAJOR.length() + 1) {
      return false;
    }
    if (version.length() > 12) {
      return false;
    }
    for (int i = MAJOR.length() + 1; i < version.length(); i++) {
      char c = version.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
