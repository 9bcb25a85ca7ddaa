package vn.motcua.dossier.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A result document in the portal's dossier element ({@code DanhSachGiayToKetQua[]}); every value a
 * string.
 *
 * @param name {@code TenGiayTo}
 * @param componentCode {@code MaThanhPhanHoSo}
 * @param id {@code GiayToId}
 * @param url {@code DuongDanTepTinKetQua}
 */
public record PortalResult(
    @JsonProperty("TenGiayTo") @Nullable String name,
    @JsonProperty("MaThanhPhanHoSo") @Nullable String componentCode,
    @JsonProperty("GiayToId") @Nullable String id,
    @JsonProperty("DuongDanTepTinKetQua") @Nullable String url) {

  /** Returns the id and component only: links can hold access tokens. */
  @Override
  public String toString() {
    return "PortalResult[GiayToId=" + id + ", MaThanhPhanHoSo=" + componentCode + "]";
  }
}
