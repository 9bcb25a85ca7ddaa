package vn.motcua.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every regular expression motcua-core applies to input runs in linear time. The patterns below are
 * the ones in main code (error code check in {@code MotcuaException}, phone separators and word
 * splitting in {@code Mask}); a new pattern that sees input belongs in this list. Validation codes
 * and JSON Pointers are parsed by hand, without regexes.
 */
class RegexSafetyTest {
  private static final int READS_PER_CHARACTER = 10;

  @ParameterizedTest
  @ValueSource(strings = {"[a-z0-9_]+(\\.[a-z0-9_]+)*", "[^0-9+]", "\\s+"})
  void shippedPattern_readsEachCharacterAFewTimesOnAdversarialInput(String regex) {
    Pattern pattern = Pattern.compile(regex);

    for (String input : adversarialInputs()) {
      assertThat(RegexBudget.isLinearOn(pattern, input, READS_PER_CHARACTER, false))
          .as("%s on %s…", regex, input.substring(0, 12))
          .isTrue();
      assertThat(RegexBudget.isLinearOn(pattern, input, READS_PER_CHARACTER, true)).isTrue();
    }
  }

  @Test
  void budget_catchesACatastrophicPattern() {
    Pattern catastrophic = Pattern.compile("(a+)+$");

    assertThat(
            RegexBudget.isLinearOn(catastrophic, "a".repeat(30) + "!", READS_PER_CHARACTER, false))
        .isFalse();
    assertThat(RegexBudget.isLinearOn(catastrophic, "a".repeat(30), READS_PER_CHARACTER, false))
        .isTrue();
  }

  @Test
  void budget_catchesNestedQuantifiersOverWords() {
    Pattern words = Pattern.compile("^(\\w+\\s?)*$");

    assertThat(RegexBudget.isLinearOn(words, "Nguyen Van An" + "x".repeat(30) + "!", 10, true))
        .isFalse();
  }

  // About 2,000 characters: Java's engine recurses once per repetition of a group, so inputs must
  // be bounded in length before any pattern with a repeated group sees them.
  private static String[] adversarialInputs() {
    return new String[] {
      "a.".repeat(1_000) + "!",
      "a".repeat(2_000) + ".",
      "a_0.".repeat(500) + "A",
      " \t".repeat(1_000) + "x",
      "0912 345 678 ".repeat(150) + "!",
    };
  }
}
