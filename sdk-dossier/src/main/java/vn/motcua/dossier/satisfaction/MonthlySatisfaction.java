package vn.motcua.dossier.satisfaction;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.dossier.kpi.Ratio;

/**
 * The satisfaction ratings of one agency in one month, counted per level, in the shape of the
 * portal's {@code DongBoDanhGia} report. Immutable and thread-safe.
 *
 * @param agency the agency reported for
 * @param month the month, in Vietnam time
 * @param verySatisfied how many rated "rất hài lòng"
 * @param satisfied how many rated "hài lòng"
 * @param dissatisfied how many rated "chưa hài lòng"
 */
public record MonthlySatisfaction(
    AgencyCode agency, YearMonth month, long verySatisfied, long satisfied, long dissatisfied) {
  private static final ZoneOffset VN = ZoneOffset.ofHours(7);

  /** Checks that the counts are not negative. */
  public MonthlySatisfaction {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(month, "month");
    if (verySatisfied < 0 || satisfied < 0 || dissatisfied < 0) {
      throw new IllegalArgumentException("Counts must not be negative");
    }
  }

  /**
   * Counts the ratings given in {@code month} (Vietnam time); ratings of other months are ignored.
   */
  public static MonthlySatisfaction of(
      AgencyCode agency, YearMonth month, Collection<SatisfactionRating> ratings) {
    long[] counts = new long[SatisfactionLevel.values().length];
    for (SatisfactionRating rating : ratings) {
      if (YearMonth.from(rating.ratedAt().withOffsetSameInstant(VN)).equals(month)) {
        counts[rating.level().ordinal()]++;
      }
    }
    return new MonthlySatisfaction(agency, month, counts[0], counts[1], counts[2]);
  }

  /** Returns the number of ratings. */
  public long total() {
    return Math.addExact(Math.addExact(verySatisfied, satisfied), dissatisfied);
  }

  /** Returns the count of {@code level}. */
  public long count(SatisfactionLevel level) {
    return switch (level) {
      case VERY_SATISFIED -> verySatisfied;
      case SATISFIED -> satisfied;
      case DISSATISFIED -> dissatisfied;
    };
  }

  /** Returns the share of {@code level} among all ratings. */
  public Ratio share(SatisfactionLevel level) {
    return new Ratio(count(level), total());
  }

  /**
   * Returns the month as the portal writes it ({@code NgayTongHop}): {@code M-YYYY}, e.g. 9-2022.
   */
  public String monthLabel() {
    return month.getMonthValue() + "-" + month.getYear();
  }

  /**
   * Returns the report as the portal's {@code DongBoDanhGia} record, every value a string as in the
   * portal's other payloads: {@code MaDonVi}, {@code NgayTongHop}, {@code TongSoDanhGia}, {@code
   * RatHaiLong}, {@code HaiLong}, {@code ChuaHaiLong}, {@code TyLeRatHaiLong}, {@code TyLeHaiLong},
   * {@code TyLeChuaHaiLong} (percentages with two decimals). Only {@code NgayTongHop} is confirmed
   * by observed traffic; the other names are the project's best reading (see docs/lifecycle.md).
   */
  public Map<String, String> toPortalRecord() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("MaDonVi", agency.value());
    out.put("NgayTongHop", monthLabel());
    out.put("TongSoDanhGia", Long.toString(total()));
    out.put("RatHaiLong", Long.toString(verySatisfied));
    out.put("HaiLong", Long.toString(satisfied));
    out.put("ChuaHaiLong", Long.toString(dissatisfied));
    out.put("TyLeRatHaiLong", share(SatisfactionLevel.VERY_SATISFIED).percentText());
    out.put("TyLeHaiLong", share(SatisfactionLevel.SATISFIED).percentText());
    out.put("TyLeChuaHaiLong", share(SatisfactionLevel.DISSATISFIED).percentText());
    return out;
  }
}
