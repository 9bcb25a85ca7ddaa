package vn.motcua.testkit.persona;

/**
 * The level of a VNeID electronic identification account (Decree 69/2024/NĐ-CP): level 1 is
 * registered online from the personal ID number, level 2 is verified in person with the ID card and
 * biometrics. Level 2 satisfies every requirement that level 1 satisfies.
 */
public enum AccountLevel {
  /** Mức 1. */
  LEVEL_1(1),
  /** Mức 2. */
  LEVEL_2(2);

  private final int number;

  AccountLevel(int number) {
    this.number = number;
  }

  /** Returns the level as the national SSO numbers it: 1 or 2. */
  public int number() {
    return number;
  }

  /**
   * Returns the level with this number.
   *
   * @throws IllegalArgumentException if {@code number} is neither 1 nor 2
   */
  public static AccountLevel of(int number) {
    for (AccountLevel level : values()) {
      if (level.number == number) {
        return level;
      }
    }
    throw new IllegalArgumentException("an account level is 1 or 2: " + number);
  }
}
