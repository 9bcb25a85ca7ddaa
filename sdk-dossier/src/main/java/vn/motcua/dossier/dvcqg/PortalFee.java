package vn.motcua.dossier.dvcqg;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A fee item in the portal's dossier element ({@code DanhSachLePhi[]}); every value a string.
 *
 * @param name {@code TenPhiLePhi}
 * @param code {@code MaPhiLePhi}
 * @param collectionMethod {@code HinhThucThu}, passed through as given
 * @param amount {@code Gia}, whole VND as decimal digits
 * @param kind {@code LoaiPhiLePhi}: {@code "1"} phí, {@code "2"} lệ phí
 */
public record PortalFee(
    @JsonProperty("TenPhiLePhi") @Nullable String name,
    @JsonProperty("MaPhiLePhi") @Nullable String code,
    @JsonProperty("HinhThucThu") @Nullable String collectionMethod,
    @JsonProperty("Gia") @Nullable String amount,
    @JsonProperty("LoaiPhiLePhi") @Nullable String kind) {}
