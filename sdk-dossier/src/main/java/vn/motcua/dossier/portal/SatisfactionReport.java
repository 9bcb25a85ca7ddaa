package vn.motcua.dossier.portal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.dossier.satisfaction.MonthlySatisfaction;

/**
 * One month of satisfaction ratings as the portal's {@code DongBoDanhGia} service takes them: the
 * period and the rows, each a map of portal field names to string values (the profile does not fix
 * the row fields; send what your portal's agreement names, such as {@code MaHoSo}, {@code
 * MucDoHaiLong}). Rows must not carry more personal data than the agreement requires.
 *
 * @param period the month reported ({@code Nam}, {@code Thang})
 * @param rows the rating rows ({@code data})
 */
public record SatisfactionReport(YearMonth period, List<Map<String, String>> rows) {
  /** Copies the rows. */
  public SatisfactionReport {
    Objects.requireNonNull(period, "period");
    rows = rows.stream().map(Map::copyOf).toList();
  }

  /**
   * Returns the report of one agency's monthly aggregate: its month and a single row in the
   * aggregate's portal shape ({@link MonthlySatisfaction#toPortalRecord()}, with {@code
   * NgayTongHop} "M-YYYY" and the counts and shares).
   */
  public static SatisfactionReport of(MonthlySatisfaction aggregate) {
    return new SatisfactionReport(aggregate.month(), List.of(aggregate.toPortalRecord()));
  }

  /** Returns the period and row count only. */
  @Override
  public String toString() {
    return "SatisfactionReport[period=" + period + ", rows=" + rows.size() + "]";
  }
}
