package vn.motcua.dossier.internal.portal;

import java.util.List;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.portal.PortalReceipt;

/**
 * Sends the outbox's entries through one of the portal clients: from the values read from a stored
 * payload, or from the portal data serialised at submission.
 */
public interface PortalSender {
  /** Sends a dossier under the entry's idempotency key. */
  PortalReceipt sendDossier(Dossier dossier, String idempotencyKey);

  /** Sends processing steps of one dossier under the entry's idempotency key. */
  PortalReceipt sendProgress(DossierCode code, List<ProcessingStep> steps, String idempotencyKey);

  /**
   * Sends dossier {@code code} as {@code element}, its portal element's JSON exactly as the client
   * would write it (the bytes {@code idempotencyKey}'s digest covers when it was derived).
   */
  PortalReceipt sendDossier(DossierCode code, byte[] element, String idempotencyKey);

  /**
   * Sends processing steps as {@code elements}, the JSON array of their portal elements exactly as
   * the client would write it.
   */
  PortalReceipt sendProgress(DossierCode code, byte[] elements, String idempotencyKey);
}
