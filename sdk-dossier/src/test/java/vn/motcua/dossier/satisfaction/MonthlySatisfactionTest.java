package vn.motcua.dossier.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;

class MonthlySatisfactionTest {
  private static final AgencyCode AGENCY = AgencyCode.parse("000.00.12.H01");
  private static final DossierCode CODE = DossierCode.parse("000.00.12.H01-220905-0001");
  private static final ZoneOffset VN = ZoneOffset.ofHours(7);

  private static SatisfactionRating rating(SatisfactionLevel level, OffsetDateTime at) {
    return new SatisfactionRating(CODE, level, null, at);
  }

  @Test
  void of_countsTheMonthInVietnamTimeAndReportsThePortalShape() {
    List<SatisfactionRating> ratings = new ArrayList<>();
    OffsetDateTime september = OffsetDateTime.of(2022, 9, 15, 10, 0, 0, 0, VN);
    for (int i = 0; i < 5; i++) {
      ratings.add(rating(SatisfactionLevel.VERY_SATISFIED, september));
    }
    ratings.add(rating(SatisfactionLevel.SATISFIED, september));
    ratings.add(rating(SatisfactionLevel.DISSATISFIED, september));
    // 30 September 23:30 in Vietnam is still September, though it is not in UTC+8 terms.
    ratings.add(
        rating(
            SatisfactionLevel.SATISFIED,
            OffsetDateTime.of(2022, 9, 30, 16, 30, 0, 0, ZoneOffset.UTC)));
    // 1 October 00:30 in Vietnam is October, though it is 30 September in UTC.
    ratings.add(
        rating(
            SatisfactionLevel.DISSATISFIED,
            OffsetDateTime.of(2022, 9, 30, 17, 30, 0, 0, ZoneOffset.UTC)));

    MonthlySatisfaction month = MonthlySatisfaction.of(AGENCY, YearMonth.of(2022, 9), ratings);

    assertThat(month.total()).isEqualTo(8);
    assertThat(month.count(SatisfactionLevel.VERY_SATISFIED)).isEqualTo(5);
    assertThat(month.count(SatisfactionLevel.SATISFIED)).isEqualTo(2);
    assertThat(month.count(SatisfactionLevel.DISSATISFIED)).isEqualTo(1);
    assertThat(month.monthLabel()).isEqualTo("9-2022");
    assertThat(month.toPortalRecord())
        .containsExactly(
            java.util.Map.entry("MaDonVi", "000.00.12.H01"),
            java.util.Map.entry("NgayTongHop", "9-2022"),
            java.util.Map.entry("TongSoDanhGia", "8"),
            java.util.Map.entry("RatHaiLong", "5"),
            java.util.Map.entry("HaiLong", "2"),
            java.util.Map.entry("ChuaHaiLong", "1"),
            java.util.Map.entry("TyLeRatHaiLong", "62.50"),
            java.util.Map.entry("TyLeHaiLong", "25.00"),
            java.util.Map.entry("TyLeChuaHaiLong", "12.50"));
  }

  @Test
  void monthLabel_hasNoLeadingZero() {
    assertThat(new MonthlySatisfaction(AGENCY, YearMonth.of(2023, 12), 0, 0, 0).monthLabel())
        .isEqualTo("12-2023");
    assertThat(new MonthlySatisfaction(AGENCY, YearMonth.of(2024, 1), 0, 0, 0).monthLabel())
        .isEqualTo("1-2024");
  }

  @Test
  void rating_boundsTheCommentAndLeavesItOutOfToString() {
    OffsetDateTime at = OffsetDateTime.of(2022, 9, 15, 10, 0, 0, 0, VN);
    SatisfactionRating ok =
        new SatisfactionRating(CODE, SatisfactionLevel.SATISFIED, "Cán bộ nhiệt tình", at);

    assertThat(ok.commentText()).hasValue("Cán bộ nhiệt tình");
    assertThat(ok.toString()).doesNotContain("nhiệt tình");
    assertThat(new SatisfactionRating(CODE, SatisfactionLevel.SATISFIED, "ả".repeat(1000), at))
        .isNotNull();
    assertThatThrownBy(
            () -> new SatisfactionRating(CODE, SatisfactionLevel.SATISFIED, "a".repeat(1001), at))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("dossier.satisfaction.invalid");
              assertThat(e.report().codes())
                  .containsExactly("dossier.satisfaction.comment_too_long");
            });
  }

  @Test
  void levels_haveThePortalsLabelsAndCodes() {
    assertThat(SatisfactionLevel.fromCode(1)).hasValue(SatisfactionLevel.VERY_SATISFIED);
    assertThat(SatisfactionLevel.fromCode(3)).hasValue(SatisfactionLevel.DISSATISFIED);
    assertThat(SatisfactionLevel.fromCode(4)).isEmpty();
    assertThat(SatisfactionLevel.SATISFIED.label()).isEqualTo("Hài lòng");
  }
}
