package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LunarCommandTest {
  @Test
  void solarToLunarOnTet() {
    Cli.Result result = Cli.run("lunar", "2026-02-17");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .containsExactly(
            "solar:       2026-02-17 (Tuesday)",
            "lunar:       2026-01-01, ngày 1 tháng Giêng năm Bính Ngọ",
            "leap month:  none in lunar year 2026",
            "month:       30 days");
  }

  @Test
  void aDateInTheLeapMonthSaysSo() {
    Cli.Result result = Cli.run("lunar", "2025-07-25");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("lunar:       2025-06L-01, ngày 1 tháng 6 nhuận năm Ất Tỵ")
        .contains("leap month:  6 in lunar year 2025 (this date is in the leap month)");
  }

  @Test
  void aYearWithALeapMonthShowsItForDatesOutsideIt() {
    Cli.Result result = Cli.run("lunar", "2025-01-29");

    assertThat(result.out())
        .contains("lunar:       2025-01-01")
        .contains("leap month:  6 in lunar year 2025\n");
  }

  @Test
  void lunarToSolar() {
    assertThat(Cli.run("lunar", "--to-solar", "2025-03-10").out())
        .contains("solar:       2025-04-07 (Monday)");
    assertThat(Cli.run("lunar", "--to-solar", "2025-06L-01").out())
        .contains("solar:       2025-07-25");
    assertThat(Cli.run("lunar", "--to-solar", "--leap", "2025-06-01").out())
        .contains("solar:       2025-07-25");
  }

  @Test
  void aLunarDayThatDoesNotExistIsAUsageErrorWithTheReason() {
    Cli.Result result = Cli.run("lunar", "--to-solar", "2024-12-30");

    assertThat(result.exitCode()).as(result.all()).isEqualTo(2);
    assertThat(result.err())
        .contains("/day")
        .contains("29 days")
        .contains("calendar.lunar.day_out_of_month");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aLeapMonthTheYearDoesNotHaveIsAUsageError() {
    Cli.Result result = Cli.run("lunar", "--to-solar", "2024-02L-01");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("calendar.lunar.no_such_leap_month");
  }

  @Test
  void malformedAndOutOfRangeDatesAreUsageErrors() {
    assertThat(Cli.run("lunar", "2026-13-01").exitCode()).isEqualTo(2);
    assertThat(Cli.run("lunar", "2026-13-01").err()).contains("expected a solar date YYYY-MM-DD");
    assertThat(Cli.run("lunar", "--to-solar", "2025-6-1").err()).contains("YYYY-MML-DD");
    Cli.Result early = Cli.run("lunar", "1899-06-01");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err()).contains("calendar.out_of_range");
    assertThat(Cli.run("lunar", "--to-solar", "2025-13-01").err()).contains("calendar.lunar.month");
  }

  @Test
  void missingDateAndLeapWithoutToSolarAreUsageErrors() {
    assertThat(Cli.run("lunar").exitCode()).isEqualTo(2);
    assertThat(Cli.run("lunar").err()).contains("Missing required parameter: 'DATE'");
    Cli.Result leap = Cli.run("lunar", "--leap", "2025-07-25");
    assertThat(leap.exitCode()).isEqualTo(2);
    assertThat(leap.err()).contains("--leap needs --to-solar");
  }

  @Test
  void yearNamesFollowTheSexagenaryCycle() {
    assertThat(LunarCommand.yearName(2024)).isEqualTo("Giáp Thìn");
    assertThat(LunarCommand.yearName(2025)).isEqualTo("Ất Tỵ");
    assertThat(LunarCommand.yearName(1975)).isEqualTo("Ất Mão");
    assertThat(LunarCommand.yearName(1900)).isEqualTo("Canh Tý");
  }
}
