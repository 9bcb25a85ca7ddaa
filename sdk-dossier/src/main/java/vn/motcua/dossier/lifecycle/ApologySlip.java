package vn.motcua.dossier.lifecycle;

import java.time.OffsetDateTime;
import java.util.Objects;
import vn.motcua.core.id.DossierCode;

/**
 * An apology slip (phiếu xin lỗi và hẹn lại ngày trả kết quả) for a dossier that will be late: the
 * new due date promised to the applicant ({@code NgayHenTraMoi}), the reason, and when it was
 * issued. Issue one with {@link DossierLifecycle#issueApology}, which checks that the new date is
 * later than the current one. The dossier's own due date stays the regulatory one, so a late
 * dossier remains late in the KPI figures.
 *
 * @param dossierCode the dossier the slip is for
 * @param previousDueAt the due date the dossier had when the slip was issued
 * @param newDueAt the new due date ({@code NgayHenTraMoi}), later than {@code previousDueAt}
 * @param reason why the dossier is late (free text, at most 2000 characters)
 * @param issuedAt when the slip was issued
 */
public record ApologySlip(
    DossierCode dossierCode,
    OffsetDateTime previousDueAt,
    OffsetDateTime newDueAt,
    String reason,
    OffsetDateTime issuedAt) {
  /** Checks that every component is present and the new due date is later than the previous. */
  public ApologySlip {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(previousDueAt, "previousDueAt");
    Objects.requireNonNull(newDueAt, "newDueAt");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (!newDueAt.isAfter(previousDueAt)) {
      throw new IllegalArgumentException("The new due date must be later than the previous one");
    }
  }

  /** Returns a summary for logs; the reason (free text) is left out. */
  @Override
  public String toString() {
    return "ApologySlip["
        + dossierCode
        + ", previousDueAt="
        + previousDueAt
        + ", newDueAt="
        + newDueAt
        + ", issuedAt="
        + issuedAt
        + "]";
  }
}
