package vn.motcua.core.validation;

import java.util.regex.Pattern;

/**
 * Measures how hard a regular expression works on an input, without timing: it counts the
 * characters the matcher reads and gives up past a budget. A linear pattern reads each character a
 * few times; a backtracking one reads some exponentially often, and blows any budget linear in the
 * input's length. Use it to test every pattern that sees input.
 */
public final class RegexBudget {
  private RegexBudget() {}

  /**
   * Returns whether {@code pattern} decides {@code input} (a full match or a search, as {@code
   * find} says) within {@code perCharacter} reads per input character.
   */
  public static boolean isLinearOn(Pattern pattern, String input, int perCharacter, boolean find) {
    Counting text = new Counting(input, (long) perCharacter * Math.max(1, input.length()));
    try {
      if (find) {
        pattern.matcher(text).find();
      } else {
        pattern.matcher(text).matches();
      }
      return true;
    } catch (BudgetExceeded e) {
      return false;
    }
  }

  private static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BudgetExceeded() {
      super("regex read budget exceeded", null, false, false);
    }
  }

  private static final class Counting implements CharSequence {
    private final String text;
    private final long budget;
    private long reads;

    Counting(String text, long budget) {
      this.text = text;
      this.budget = budget;
    }

    @Override
    public char charAt(int index) {
      if (++reads > budget) {
        throw new BudgetExceeded();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
