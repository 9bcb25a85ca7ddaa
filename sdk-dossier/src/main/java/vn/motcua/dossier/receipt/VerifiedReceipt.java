package vn.motcua.dossier.receipt;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.ProcedureCode;

/**
 * What a signed receipt carries, after {@link ReceiptVerifier} checked its signature: enough to
 * match the paper receipt and look the dossier up, nothing more. Times are whole seconds at +07:00.
 *
 * @param dossierCode the dossier code
 * @param procedureCode the procedure's national code
 * @param agencyCode the receiving agency
 * @param receivedAt when the dossier was received
 * @param dueAt when the result is due, or {@code null}
 * @param maskedApplicantName the applicant's name masked as {@code N*** V*** A***}
 * @param documentCount how many documents were received
 * @param feeTotal the fees in whole VND
 * @param keyId the id of the agency key that signed it
 */
public record VerifiedReceipt(
    DossierCode dossierCode,
    ProcedureCode procedureCode,
    AgencyCode agencyCode,
    OffsetDateTime receivedAt,
    @Nullable OffsetDateTime dueAt,
    String maskedApplicantName,
    int documentCount,
    long feeTotal,
    String keyId) {
  /** Checks that the required components are present. */
  public VerifiedReceipt {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(maskedApplicantName, "maskedApplicantName");
    Objects.requireNonNull(keyId, "keyId");
  }

  /** Returns the due date as an optional. */
  public Optional<OffsetDateTime> due() {
    return Optional.ofNullable(dueAt);
  }
}
