package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DossierCodeCommandTest {
  @Test
  void issuesConsecutiveCodesForAUnitAndDay() {
    Cli.Result result =
        Cli.run(
            "dossier-code",
            "issue",
            "--agency",
            "000.00.53.H48",
            "--date",
            "2022-09-21",
            "--count",
            "3");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .containsExactly(
            "000.00.53.H48-220921-0001", "000.00.53.H48-220921-0002", "000.00.53.H48-220921-0003");
  }

  @Test
  void composesOneCodeWithASequence() {
    Cli.Result result =
        Cli.run(
            "dossier-code",
            "issue",
            "--agency",
            "000.00.53.H48",
            "--date",
            "2022-09-21",
            "--sequence",
            "99");

    assertThat(result.outLines()).containsExactly("000.00.53.H48-220921-0099");
  }

  @Test
  void theDateOfAReceiptTimeIsTakenInVietnam() {
    Cli.Result result =
        Cli.run(
            "dossier-code",
            "issue",
            "--agency",
            "000.00.53.H48",
            "--received",
            "2024-03-04T18:30Z");

    assertThat(result.outLines()).containsExactly("000.00.53.H48-240305-0001");
  }

  @Test
  void issueWithoutDateUsesToday() {
    Cli.Result result = Cli.run("dossier-code", "issue", "--agency", "000.00.53.H48");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("000\\.00\\.53\\.H48-\\d{6}-0001\\R");
  }

  @Test
  void issueUsageErrors() {
    assertUsageError(
        Cli.run("dossier-code", "issue", "--agency", "H48-XX", "--date", "2022-09-21"),
        "Invalid agency code 'H48-XX'");
    assertUsageError(
        Cli.run("dossier-code", "issue", "--agency", "000.00.53.H48", "--date", "1999-12-31"),
        "identifier.dossier_code.date");
    assertUsageError(
        Cli.run("dossier-code", "issue", "--agency", "000.00.53.H48", "--count", "0"),
        "--count must be from 1 to 9999");
    assertUsageError(
        Cli.run("dossier-code", "issue", "--agency", "000.00.53.H48", "--sequence", "10000"),
        "identifier.dossier_code.sequence");
    assertUsageError(
        Cli.run("dossier-code", "issue", "--agency", "000.00.53.H48", "--date", "21/09/2022"),
        "--date");
    assertUsageError(Cli.run("dossier-code", "issue"), "Missing required option: '--agency");
    assertUsageError(Cli.run("dossier-code"), "Missing subcommand");
  }

  @Test
  void parseShowsTheParts() {
    Cli.Result result = Cli.run("dossier-code", "parse", "000.00.53.H48-220921-0099");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines())
        .containsExactly(
            "code:      000.00.53.H48-220921-0099",
            "agency:    000.00.53.H48 (LEGACY, level-1 H48, PROVINCE)",
            "received:  2022-09-21",
            "sequence:  99");
  }

  @Test
  void parseOfAnInvalidCodeListsTheProblems() {
    Cli.Result result = Cli.run("dossier-code", "parse", "000.00.53.H48-221321-0099");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("invalid dossier code").contains("identifier.");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void validateChecksEveryCode() {
    Cli.Result result =
        Cli.run(
            "dossier-code",
            "validate",
            "000.00.53.H48-220921-0099",
            "000.00.53.H48-220921-0000",
            "nonsense");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.outLines().get(0)).isEqualTo("000.00.53.H48-220921-0099 valid");
    assertThat(result.out())
        .contains("000.00.53.H48-220921-0000 invalid")
        .contains("identifier.dossier_code.sequence")
        .contains("nonsense invalid");
  }

  @Test
  void validateOfValidCodesExitsZero() {
    Cli.Result result = Cli.run("dossier-code", "validate", "000.00.12.H01-250310-0001");

    assertThat(result.exitCode()).isZero();
    assertThat(result.outLines()).containsExactly("000.00.12.H01-250310-0001 valid");
  }

  private static void assertUsageError(Cli.Result result, String message) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(message);
    assertThat(result.out()).isEmpty();
  }
}
