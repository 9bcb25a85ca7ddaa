package vn.motcua.dossier.internal.outbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierJson;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalProgress;
import vn.motcua.dossier.portal.PortalIdempotency;

/**
 * Encodes what the outbox stores. The payload is written once, at submission; the idempotency key
 * is computed from the payload as read back, which is exactly what every attempt sends, so the key
 * cannot drift between the submission and a retry days later.
 */
public final class Payloads {
  private static final DossierJson DOSSIER_JSON = DossierJson.lenient();
  private static final MotcuaJson JSON = MotcuaJson.lenient();
  private static final DvcqgMapping MAPPING = DvcqgMapping.defaults();

  private Payloads() {}

  /**
   * A payload, its key, and the value read back from the payload: exactly what {@link #readDossier}
   * or {@link #readSteps} returns for these bytes, so a dispatcher in this process may use it
   * instead of parsing the payload again.
   */
  public record Encoded(byte[] payload, String key, Object readBack) {}

  /** Encodes a dossier: its JSON, and the key of its portal element. */
  public static Encoded dossier(Dossier dossier) {
    byte[] payload = DOSSIER_JSON.writeBytes(dossier);
    Dossier readBack = readDossier(payload);
    return new Encoded(payload, PortalIdempotency.forDossier(MAPPING.toPortal(readBack)), readBack);
  }

  /** Encodes processing steps of one dossier: their portal elements, and their key. */
  public static Encoded progress(DossierCode code, List<ProcessingStep> steps) {
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("at least one processing step is needed");
    }
    List<PortalProgress> elements = new ArrayList<>();
    for (ProcessingStep step : steps) {
      elements.add(MAPPING.toPortal(code, step));
    }
    byte[] payload = JSON.writeBytes(elements);
    List<ProcessingStep> readBack = readSteps(payload);
    List<PortalProgress> again = new ArrayList<>();
    for (ProcessingStep step : readBack) {
      again.add(MAPPING.toPortal(code, step));
    }
    return new Encoded(payload, PortalIdempotency.forProgress(again), List.copyOf(readBack));
  }

  /** Reads a dossier payload. */
  public static Dossier readDossier(byte[] payload) {
    return DOSSIER_JSON.read(payload);
  }

  /** Reads a progress payload. */
  public static List<ProcessingStep> readSteps(byte[] payload) {
    List<ProcessingStep> steps = new ArrayList<>();
    for (PortalProgress element : Arrays.asList(JSON.read(payload, PortalProgress[].class))) {
      steps.add(MAPPING.fromPortal(element));
    }
    return steps;
  }
}
