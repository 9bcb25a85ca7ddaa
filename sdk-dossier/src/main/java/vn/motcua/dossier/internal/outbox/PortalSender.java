package vn.motcua.dossier.internal.outbox;

import java.util.List;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.portal.PortalReceipt;

/** Sends the outbox's entries through one of the portal clients. */
public interface PortalSender {
  /** Sends a dossier under the entry's idempotency key. */
  PortalReceipt sendDossier(Dossier dossier, String idempotencyKey);

  /** Sends processing steps of one dossier under the entry's idempotency key. */
  PortalReceipt sendProgress(DossierCode code, List<ProcessingStep> steps, String idempotencyKey);
}
