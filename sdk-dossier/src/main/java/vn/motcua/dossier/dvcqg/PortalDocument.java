package vn.motcua.dossier.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A file in the portal's dossier element ({@code TaiLieuNop[]} and {@code
 * DanhSachTepDinhKemKhac[]}). Every value is a string, as the portal expects; absent values are
 * empty strings when written by {@link DvcqgMapping} and may be {@code null} when read.
 *
 * @param fileId {@code TepDinhKemId}
 * @param fileName {@code TenTepDinhKem}
 * @param deleted {@code IsDeleted}, {@code "True"} or {@code "False"}
 * @param componentCode {@code MaThanhPhanHoSo}
 * @param url {@code DuongDanTaiTepTin}
 */
public record PortalDocument(
    @JsonProperty("TepDinhKemId") @Nullable String fileId,
    @JsonProperty("TenTepDinhKem") @Nullable String fileName,
    @JsonProperty("IsDeleted") @Nullable String deleted,
    @JsonProperty("MaThanhPhanHoSo") @Nullable String componentCode,
    @JsonProperty("DuongDanTaiTepTin") @Nullable String url) {

  /** Returns the id and component only: names and links can hold personal data or tokens. */
  @Override
  public String toString() {
    return "PortalDocument[TepDinhKemId=" + fileId + ", MaThanhPhanHoSo=" + componentCode + "]";
  }
}
