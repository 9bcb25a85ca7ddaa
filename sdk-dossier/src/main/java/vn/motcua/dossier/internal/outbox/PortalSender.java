package vn.motcua.dossier.internal.outbox;

import java.util.List;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.portal.PortalReceipt;

/** Sends the outbox's entries through one of the portal clients. */
public interface PortalSender {
  /** Sends a dossier. */
  PortalReceipt sendDossier(Dossier dossier);

  /** Sends processing steps of one dossier. */
  PortalReceipt sendProgress(DossierCode code, List<ProcessingStep> steps);
}
