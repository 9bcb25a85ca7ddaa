package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.Motcua;

class MotcuaCliTest {
  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Usage: motcua")
        .contains("validate-dossier", "verify-token", "deadline", "dossier-code", "lunar", "stubs")
        .contains("Exit codes:");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void versionNamesTheSdkVersion() {
    Cli.Result result = Cli.run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("motcua " + Motcua.version());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate-dossier",
        "verify-token",
        "deadline",
        "dossier-code",
        "dossier-code issue",
        "dossier-code parse",
        "dossier-code validate",
        "lunar",
        "stubs"
      })
  void everyCommandHasHelpAndVersion(String command) {
    String[] words = command.split(" ");
    String[] help = append(words, "--help");
    String[] version = append(words, "--version");

    Cli.Result helpResult = Cli.run(help);
    Cli.Result versionResult = Cli.run(version);

    assertThat(helpResult.exitCode()).isZero();
    assertThat(helpResult.out()).contains("Usage: motcua " + command).contains("Exit codes:");
    assertThat(versionResult.exitCode()).isZero();
    assertThat(versionResult.out()).startsWith("motcua " + Motcua.version());
  }

  @Test
  void noCommandIsAUsageError() {
    Cli.Result result = Cli.run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Missing command").contains("motcua --help");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithSuggestions() {
    Cli.Result result = Cli.run("lunr", "2026-02-17");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("lunr").contains("lunar");
  }

  @Test
  void helpCommandShowsASubcommandsHelp() {
    Cli.Result result = Cli.run("help", "deadline");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: motcua deadline");
  }

  private static String[] append(String[] words, String last) {
    String[] out = java.util.Arrays.copyOf(words, words.length + 1);
    out[words.length] = last;
    return out;
  }
}
