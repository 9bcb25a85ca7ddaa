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
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.dvcqg.PortalProgress;
import vn.motcua.dossier.portal.PortalIdempotency;

/**
 * Encodes what the outbox stores. The payload is written once, at submission; the idempotency key
 * is the digest of the portal data made from the payload as read back, which is exactly what every
 * attempt sends, so the key cannot drift between the submission and a retry days later.
 */
public final class Payloads {
  private static final DossierJson DOSSIER_JSON = DossierJson.lenient();
  private static final MotcuaJson JSON = MotcuaJson.lenient();

  /** As the portal clients and {@link PortalIdempotency} write portal data. */
  private static final MotcuaJson PORTAL_JSON = MotcuaJson.strict();

  private static final DvcqgMapping MAPPING = DvcqgMapping.defaults();

  private Payloads() {}

  /**
   * What a dispatcher in the submitting process sends instead of reading the payload again: the
   * dossier's code and the portal data made from the payload as read back, serialised as the
   * clients write it (a dossier's element; the array of progress elements). Its bytes are the ones
   * the entry's key digests, so what is sent is what the key names.
   */
  public record Prepared(DossierCode code, byte[] data) {}

  /** A payload, its key, and what a dispatcher in this process may send for it. */
  public record Encoded(byte[] payload, String key, Prepared prepared) {}

  /** Encodes a dossier: its JSON, and the key of its portal element. */
  public static Encoded dossier(Dossier dossier) {
    byte[] payload = DOSSIER_JSON.writeBytes(dossier);
    Dossier readBack = readDossier(payload);
    PortalDossier element = MAPPING.toPortal(readBack);
    byte[] data = PORTAL_JSON.writeBytes(element);
    String key = PortalIdempotency.key(element.dossierCode(), PortalIdempotency.DOSSIER_STEP, data);
    return new Encoded(payload, key, new Prepared(readBack.code(), data));
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
    List<PortalProgress> again = new ArrayList<>();
    for (ProcessingStep step : readSteps(payload)) {
      again.add(MAPPING.toPortal(code, step));
    }
    byte[] data = PORTAL_JSON.writeBytes(again);
    String key =
        PortalIdempotency.key(again.get(0).dossierCode(), PortalIdempotency.PROGRESS_STEP, data);
    return new Encoded(payload, key, new Prepared(code, data));
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
