package vn.motcua.dossier.portal;

import java.util.Objects;

/**
 * What the portal acknowledged.
 *
 * @param service the portal service called
 * @param idempotencyKey the key sent with every attempt
 * @param updated for dossier synchronisation, whether the portal already knew the dossier ({@code
 *     isUpdating} was {@code "True"}); false for other calls
 */
public record PortalReceipt(String service, String idempotencyKey, boolean updated) {
  /** Checks the components. */
  public PortalReceipt {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
  }
}
