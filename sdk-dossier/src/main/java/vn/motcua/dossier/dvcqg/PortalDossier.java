package vn.motcua.dossier.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dossier as the portal's {@code DongBoHoSoMC} service takes it ({@code data[]} element), and
 * as the portal pushes dossiers submitted on it to the agency. Every scalar is a string; times are
 * {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh; codes are decimal strings ({@code LoaiDoiTuong},
 * {@code HinhThuc}, {@code TrangThaiHoSo}).
 *
 * <p>Written by {@link DvcqgMapping#toPortal(vn.motcua.dossier.Dossier)}, every field is present
 * (absent values are empty strings, lists are empty); read from the portal, any may be {@code
 * null}. Read it with {@code MotcuaJson.lenient()}, so that fields added to the portal's shape are
 * ignored. {@link #toString()} shows only the code, procedure and status: the element holds
 * personal data.
 *
 * @param dossierCode {@code MaHoSo}
 * @param procedureCode {@code MaTTHC}, the national code
 * @param procedureName {@code TenTTHC}
 * @param sectorCode {@code MaLinhVuc}
 * @param sectorName {@code TenLinhVuc}
 * @param receiptNumber {@code SoBienNhan}
 * @param ownerName {@code ChuHoSo}
 * @param ownerKind {@code LoaiDoiTuong}: {@code "1"} citizen, {@code "2"} organisation
 * @param ownerId {@code MaDoiTuong}: personal ID (or legacy ID card) number, or tax code
 * @param otherInfo {@code ThongTinKhac}
 * @param email {@code Email}
 * @param fax {@code Fax}
 * @param phone {@code SoDienThoai}
 * @param summary {@code TrichYeuHoSo}
 * @param receivedAt {@code NgayTiepNhan}
 * @param dueAt {@code NgayHenTra}
 * @param status {@code TrangThaiHoSo}
 * @param returnedAt {@code NgayTra}
 * @param returnInfo {@code ThongTinTra}
 * @param channel {@code HinhThuc}: {@code "1"} desk, {@code "2"} online, {@code "3"} postal
 * @param finishedAt {@code NgayKetThucXuLy}
 * @param processingUnit {@code DonViXuLy}
 * @param note {@code GhiChu}
 * @param documents {@code TaiLieuNop}: files for the procedure's components
 * @param fees {@code DanhSachLePhi}
 * @param otherAttachments {@code DanhSachTepDinhKemKhac}: files outside the components
 * @param supplements {@code DanhSachHoSoBoSung}
 * @param results {@code DanhSachGiayToKetQua}
 */
public record PortalDossier(
    @JsonProperty("MaHoSo") @Nullable String dossierCode,
    @JsonProperty("MaTTHC") @Nullable String procedureCode,
    @JsonProperty("TenTTHC") @Nullable String procedureName,
    @JsonProperty("MaLinhVuc") @Nullable String sectorCode,
    @JsonProperty("TenLinhVuc") @Nullable String sectorName,
    @JsonProperty("SoBienNhan") @Nullable String receiptNumber,
    @JsonProperty("ChuHoSo") @Nullable String ownerName,
    @JsonProperty("LoaiDoiTuong") @Nullable String ownerKind,
    @JsonProperty("MaDoiTuong") @Nullable String ownerId,
    @JsonProperty("ThongTinKhac") @Nullable String otherInfo,
    @JsonProperty("Email") @Nullable String email,
    @JsonProperty("Fax") @Nullable String fax,
    @JsonProperty("SoDienThoai") @Nullable String phone,
    @JsonProperty("TrichYeuHoSo") @Nullable String summary,
    @JsonProperty("NgayTiepNhan") @Nullable String receivedAt,
    @JsonProperty("NgayHenTra") @Nullable String dueAt,
    @JsonProperty("TrangThaiHoSo") @Nullable String status,
    @JsonProperty("NgayTra") @Nullable String returnedAt,
    @JsonProperty("ThongTinTra") @Nullable String returnInfo,
    @JsonProperty("HinhThuc") @Nullable String channel,
    @JsonProperty("NgayKetThucXuLy") @Nullable String finishedAt,
    @JsonProperty("DonViXuLy") @Nullable String processingUnit,
    @JsonProperty("GhiChu") @Nullable String note,
    @JsonProperty("TaiLieuNop") @Nullable List<PortalDocument> documents,
    @JsonProperty("DanhSachLePhi") @Nullable List<PortalFee> fees,
    @JsonProperty("DanhSachTepDinhKemKhac") @Nullable List<PortalDocument> otherAttachments,
    @JsonProperty("DanhSachHoSoBoSung") @Nullable List<PortalSupplement> supplements,
    @JsonProperty("DanhSachGiayToKetQua") @Nullable List<PortalResult> results) {

  /** Copies the lists, so the element cannot change after construction. */
  public PortalDossier {
    documents = documents == null ? null : List.copyOf(documents);
    fees = fees == null ? null : List.copyOf(fees);
    otherAttachments = otherAttachments == null ? null : List.copyOf(otherAttachments);
    supplements = supplements == null ? null : List.copyOf(supplements);
    results = results == null ? null : List.copyOf(results);
  }

  /** Returns the code, procedure and status only. */
  @Override
  public String toString() {
    return "PortalDossier[MaHoSo="
        + dossierCode
        + ", MaTTHC="
        + procedureCode
        + ", TrangThaiHoSo="
        + status
        + "]";
  }
}
