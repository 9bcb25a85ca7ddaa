package vn.motcua.dossier.portal;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the portal's procedure list ({@code LayDanhSachTTHC}); fetch the detail with {@link
 * DvcqgClient#procedure}.
 *
 * @param code {@code MATTHC}
 * @param name {@code TENTTHC}
 * @param sectorCode {@code MALINHVUC}, when given
 * @param sectorName {@code TENLINHVUC}, when given
 */
public record PortalProcedureSummary(
    String code, String name, @Nullable String sectorCode, @Nullable String sectorName) {}
