package vn.motcua.dossier.satisfaction;

import java.util.Optional;

/**
 * The portal's three-point satisfaction scale. The numeric codes follow the order the portal lists
 * the levels in; they are not confirmed by a published specification (see docs/lifecycle.md).
 */
public enum SatisfactionLevel {
  /** 1: rất hài lòng (very satisfied). */
  VERY_SATISFIED(1, "Rất hài lòng"),
  /** 2: hài lòng (satisfied). */
  SATISFIED(2, "Hài lòng"),
  /** 3: chưa hài lòng (not yet satisfied). */
  DISSATISFIED(3, "Chưa hài lòng");

  private final int code;
  private final String label;

  SatisfactionLevel(int code, String label) {
    this.code = code;
    this.label = label;
  }

  /** Returns the numeric code, 1 to 3. */
  public int code() {
    return code;
  }

  /** Returns the Vietnamese label as the portal shows it. */
  public String label() {
    return label;
  }

  /** Returns the level with the code, or empty for an unknown code. */
  public static Optional<SatisfactionLevel> fromCode(int code) {
    for (SatisfactionLevel level : values()) {
      if (level.code == code) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
