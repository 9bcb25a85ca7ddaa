package vn.motcua.dossier.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A supplement request in the portal's dossier element ({@code DanhSachHoSoBoSung[]}); every value
 * a string. The open-source integrations this profile was drawn from do not show this element's
 * fields, so these names are motcua's profile: confirm them with the portal operator and adapt the
 * mapping if they differ.
 *
 * @param requestedAt {@code NgayYeuCauBoSung}, {@code yyyyMMddHHmmss}
 * @param reason {@code NoiDungYeuCauBoSung}
 * @param deadline {@code HanBoSung}, {@code yyyyMMddHHmmss}
 * @param componentCodes {@code MaThanhPhanHoSo}, codes separated by {@code ;}
 * @param fulfilledAt {@code NgayBoSung}, {@code yyyyMMddHHmmss}
 */
public record PortalSupplement(
    @JsonProperty("NgayYeuCauBoSung") @Nullable String requestedAt,
    @JsonProperty("NoiDungYeuCauBoSung") @Nullable String reason,
    @JsonProperty("HanBoSung") @Nullable String deadline,
    @JsonProperty("MaThanhPhanHoSo") @Nullable String componentCodes,
    @JsonProperty("NgayBoSung") @Nullable String fulfilledAt) {

  /** Returns the dates only: the reason is free text. */
  @Override
  public String toString() {
    return "PortalSupplement[NgayYeuCauBoSung=" + requestedAt + ", NgayBoSung=" + fulfilledAt + "]";
  }
}
