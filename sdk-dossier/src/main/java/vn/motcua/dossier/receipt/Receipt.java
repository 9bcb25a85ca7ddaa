package vn.motcua.dossier.receipt;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.privacy.Mask;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Fee;

/**
 * A receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả): what the desk gives the applicant when it
 * receives a dossier — the dossier code, the procedure, the agency, when it was received and when
 * the result is due, the applicant's name, the documents received and the fees. Print it as it is;
 * sign it for a QR code with {@link ReceiptSigner}, which carries only a part of it.
 *
 * <p>Immutable and thread-safe. The applicant's name is personal data: {@link #toString()} masks it
 * and leaves out the document names.
 *
 * @param dossierCode the dossier code ({@code MaHoSo})
 * @param procedureCode the procedure's national code ({@code MaTTHC})
 * @param procedureName the procedure's name ({@code TenTTHC})
 * @param agencyCode the receiving agency
 * @param agencyName the receiving agency's name, or {@code null}
 * @param receivedAt when the dossier was received
 * @param dueAt when the result is due, or {@code null} when the procedure sets no time limit
 * @param applicantName the applicant's full name
 * @param documents the names of the documents received
 * @param feeTotal the fees and charges in whole VND, not negative
 */
public record Receipt(
    DossierCode dossierCode,
    ProcedureCode procedureCode,
    String procedureName,
    AgencyCode agencyCode,
    @Nullable String agencyName,
    OffsetDateTime receivedAt,
    @Nullable OffsetDateTime dueAt,
    String applicantName,
    List<String> documents,
    long feeTotal) {
  /** Checks the components and copies the document list. */
  public Receipt {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(procedureName, "procedureName");
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(applicantName, "applicantName");
    documents = List.copyOf(documents);
    if (feeTotal < 0) {
      throw new IllegalArgumentException("feeTotal must not be negative");
    }
    if (dueAt != null && dueAt.isBefore(receivedAt)) {
      throw new IllegalArgumentException("dueAt must not be before receivedAt");
    }
  }

  /** Returns the receipt for a received dossier: its documents by name, its fees summed. */
  public static Receipt of(Dossier dossier) {
    return new Receipt(
        dossier.code(),
        dossier.procedure().code(),
        dossier.procedure().name(),
        dossier.agency().code(),
        dossier.agency().name().orElse(null),
        dossier.receivedAt(),
        dossier.dueAt().orElse(null),
        dossier.applicant().fullName(),
        dossier.documents().stream().map(Document::name).toList(),
        dossier.fees().stream().mapToLong(Fee::amount).reduce(0L, Math::addExact));
  }

  /** Returns the due date as an optional. */
  public Optional<OffsetDateTime> due() {
    return Optional.ofNullable(dueAt);
  }

  /** Returns the number of documents received. */
  public int documentCount() {
    return documents.size();
  }

  /** Returns a summary for logs: the applicant's name masked, document names left out. */
  @Override
  public String toString() {
    return "Receipt["
        + dossierCode
        + ", procedure="
        + procedureCode
        + ", agency="
        + agencyCode
        + ", receivedAt="
        + receivedAt
        + ", dueAt="
        + dueAt
        + ", applicant="
        + Mask.name(applicantName)
        + ", documents="
        + documents.size()
        + ", feeTotal="
        + feeTotal
        + "]";
  }
}
