package vn.motcua.dossier.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One processing step as the portal's {@code CapNhatTienDoHoSoMC} service takes it; every value a
 * string, times {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh.
 *
 * @param dossierCode {@code MaHoSo}
 * @param handlerName {@code NguoiXuLy}
 * @param handlerTitle {@code ChucDanh}
 * @param at {@code ThoiDiemXuLy}
 * @param unit {@code PhongBanXuLy}
 * @param content {@code NoiDungXuLy}
 * @param status {@code TrangThai}, the status code {@code "1"}–{@code "10"}
 * @param startedAt {@code NgayBatDau}
 * @param dueAt {@code NgayKetThucTheoQuyDinh}
 */
public record PortalProgress(
    @JsonProperty("MaHoSo") @Nullable String dossierCode,
    @JsonProperty("NguoiXuLy") @Nullable String handlerName,
    @JsonProperty("ChucDanh") @Nullable String handlerTitle,
    @JsonProperty("ThoiDiemXuLy") @Nullable String at,
    @JsonProperty("PhongBanXuLy") @Nullable String unit,
    @JsonProperty("NoiDungXuLy") @Nullable String content,
    @JsonProperty("TrangThai") @Nullable String status,
    @JsonProperty("NgayBatDau") @Nullable String startedAt,
    @JsonProperty("NgayKetThucTheoQuyDinh") @Nullable String dueAt) {

  /** Returns the code, status and time only: the handler is a person, the content free text. */
  @Override
  public String toString() {
    return "PortalProgress[MaHoSo=" + dossierCode + ", TrangThai=" + status + ", at=" + at + "]";
  }
}
