package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;

class DeadlineCommandTest {
  @Test
  void workingDaysEndAtTheCloseOfTheNthWorkingDay() {
    Cli.Result result =
        Cli.run("deadline", "--working-days", "3", "--received", "2024-03-04T10:00");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .containsExactly(
            "received:     2024-03-04 10:00 Monday (Asia/Ho_Chi_Minh)",
            "time limit:   3 working days",
            "counts from:  2024-03-04 Monday",
            "due:          2024-03-07 17:00 Thursday (2024-03-07T17:00+07:00)");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aReceiptAfterClosingCountsFromTheNextWorkingDay() {
    Cli.Result result =
        Cli.run("deadline", "--working-days", "3", "--received", "2024-03-04T17:30");

    assertThat(result.out())
        .contains("counts from:  2024-03-05 Tuesday (next working day")
        .contains("due:          2024-03-08 17:00 Friday");
  }

  @Test
  void aTimeWithAnOffsetIsTakenInVietnam() {
    Cli.Result result =
        Cli.run("deadline", "--working-days", "3", "--received", "2024-03-04T03:00Z");

    assertThat(result.out())
        .contains("received:     2024-03-04 10:00 Monday")
        .contains("due:          2024-03-07 17:00");
  }

  @Test
  void holidaysOnTheWayAreListed() {
    Cli.Result result =
        Cli.run("deadline", "--working-days", "3", "--received", "2024-02-07T10:00");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("due:          2024-02-19 17:00 Monday")
        .contains("holidays:     2024-02-08 to 2024-02-14 Lunar New Year (Tết)\n");
  }

  @Test
  void theCutOffMovesTheReceiptDay() {
    Cli.Result result =
        Cli.run(
            "deadline",
            "--working-days",
            "2",
            "--received",
            "2024-03-04T16:30",
            "--cutoff",
            "16:00");

    assertThat(result.out()).contains("due:          2024-03-07 17:00 Thursday");
  }

  @Test
  void workingHoursRunInsideOfficeHours() {
    Cli.Result result =
        Cli.run("deadline", "--working-hours", "2", "--received", "2024-03-08T16:00");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("time limit:   2 working hours")
        .contains("due:          2024-03-11 08:30 Monday")
        .doesNotContain("counts from");
  }

  @Test
  void aProcedureOfTheSampleCatalogueGivesItsProcessingTime() {
    Cli.Result result =
        Cli.run("deadline", "--procedure", "1.004194", "--received", "2025-03-07T15:00");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("procedure:    1.004194 Đăng ký thường trú (SAMPLE catalogue, channel ONLINE)")
        .contains("time limit:   7 working days")
        .contains("due:          2025-03-18 17:00 Tuesday");
  }

  @Test
  void aProcedureInWorkingHours() {
    Cli.Result result =
        Cli.run(
            "deadline",
            "--procedure",
            "2.000815",
            "--channel",
            "desk",
            "--received",
            "2024-03-05T10:30");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("channel DESK")
        .contains("time limit:   8 working hours")
        .contains("due:          2024-03-06 11:00 Wednesday");
  }

  @Test
  void withoutReceivedItCountsFromNow() {
    Cli.Result result = Cli.run("deadline", "--working-days", "1");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("received:").contains("due:");
  }

  @Test
  void aLimitInCalendarDaysIsNotComputed(@TempDir Path dir) throws IOException {
    String sample;
    try (InputStream in = ProcedureCatalogue.class.getResourceAsStream("sample-procedures.json")) {
      sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path catalogue = dir.resolve("catalogue.json");
    Files.writeString(
        catalogue,
        sample
            .replace("\"unit\": \"WORKING_DAYS\"", "\"unit\": \"DAYS\"")
            .replace("\"sample\": true", "\"sample\": false"));

    Cli.Result result =
        Cli.run(
            "deadline",
            "--procedure",
            "1.004194",
            "--catalogue",
            catalogue.toString(),
            "--received",
            "2025-03-07T15:00");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("calendar days");
    assertThat(result.out()).doesNotContain("due:").doesNotContain("SAMPLE");
  }

  @Test
  void usageErrors() {
    assertUsageError(
        Cli.run("deadline", "--received", "2024-03-04T10:00"), "--procedure", "--working-days");
    assertUsageError(
        Cli.run("deadline", "--working-days", "1", "--working-hours", "2"), "mutually exclusive");
    assertUsageError(Cli.run("deadline", "--procedure", "9.999999"), "Unknown procedure 9.999999");
    assertUsageError(Cli.run("deadline", "--procedure", "abc"), "Invalid procedure code 'abc'");
    assertUsageError(
        Cli.run("deadline", "--procedure", "1.004194", "--channel", "POSTAL"),
        "not offered on channel POSTAL");
    assertUsageError(
        Cli.run("deadline", "--working-days", "1", "--received", "yesterday"), "--received");
    assertUsageError(Cli.run("deadline", "--working-days", "-1"), "must not be negative");
    assertUsageError(Cli.run("deadline", "--working-days", "1", "--cutoff", "4pm"), "--cutoff");
    assertUsageError(
        Cli.run("deadline", "--working-days", "1", "--received", "2199-12-31T10:00"),
        "calendar.out_of_range");
  }

  private static void assertUsageError(Cli.Result result, String... messageParts) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(messageParts);
    assertThat(result.out()).isEmpty();
  }
}
