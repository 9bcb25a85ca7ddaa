package vn.motcua.dossier.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.dossier.satisfaction.MonthlySatisfaction;

class SatisfactionReportTest {

  @Test
  void of_carriesTheAggregatesMonthAndItsPortalRecordAsTheOnlyRow() {
    MonthlySatisfaction september =
        new MonthlySatisfaction(AgencyCode.parse("000.00.53.H48"), YearMonth.of(2022, 9), 6, 3, 1);

    SatisfactionReport report = SatisfactionReport.of(september);

    assertThat(report.period()).isEqualTo(YearMonth.of(2022, 9));
    assertThat(report.rows()).containsExactly(september.toPortalRecord());
    assertThat(report.rows().get(0)).containsEntry("NgayTongHop", "9-2022");
  }
}
