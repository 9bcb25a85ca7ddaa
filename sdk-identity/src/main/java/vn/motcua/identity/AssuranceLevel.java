package vn.motcua.identity;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * How much confidence a login gives that the person is who the account says, ordered from {@link
 * #NONE} to {@link #HIGH}: the eIDAS levels (Regulation (EU) No 910/2014, Implementing Regulation
 * 2015/1502) onto which the VNeID account levels of Decree 69/2024/NĐ-CP are mapped.
 *
 * <table>
 *   <caption>Mapping of VNeID account levels</caption>
 *   <tr><th>VNeID</th><th>level</th><th>why</th></tr>
 *   <tr><td>level 1 ({@link #VNEID_LEVEL_1})</td><td>{@link #SUBSTANTIAL}</td><td>registered
 *       remotely in the VNeID app; the declared ID number and details are checked against the
 *       national population database, with a portrait taken by the app, and login uses the
 *       device-bound app plus a passcode: identity verified against an authoritative source and
 *       two factors, without in-person or chip-based proofing.</td></tr>
 *   <tr><td>level 2 ({@link #VNEID_LEVEL_2})</td><td>{@link #HIGH}</td><td>enrolled in person at
 *       the police, or with the chip of the citizen identity card (CCCD), with face and fingerprint
 *       biometrics compared to the national records: the in-person, chip-and-biometric proofing
 *       eIDAS high asks for. A level-2 account has the legal value of presenting the ID
 *       card.</td></tr>
 * </table>
 *
 * <p>{@link #LOW} is for accounts whose identity is self-asserted or checked only weakly (an
 * ordinary social or e-mail login); {@link #NONE} means the token states no recognised level. An
 * unrecognised or missing {@code acr} is always {@code NONE}, never guessed upward: a procedure
 * that requires a level then fails with {@link AssuranceTooLowException}. Which claim values mean
 * which level is configuration of the {@link ClaimProfile}, not code.
 */
public enum AssuranceLevel {
  /** No recognised level: the provider stated none, or one the profile does not map. */
  NONE,
  /** eIDAS low: limited confidence, identity self-asserted or weakly checked. */
  LOW,
  /** eIDAS substantial: identity verified against an authoritative source; VNeID level 1. */
  SUBSTANTIAL,
  /** eIDAS high: in-person or chip-based proofing with biometrics; VNeID level 2. */
  HIGH;

  /** VNeID account level 1 (Decree 69/2024/NĐ-CP): the same constant as {@link #SUBSTANTIAL}. */
  public static final AssuranceLevel VNEID_LEVEL_1 = SUBSTANTIAL;

  /** VNeID account level 2 (Decree 69/2024/NĐ-CP): the same constant as {@link #HIGH}. */
  public static final AssuranceLevel VNEID_LEVEL_2 = HIGH;

  /** Returns whether this level is {@code minimum} or higher. */
  public boolean isAtLeast(AssuranceLevel minimum) {
    return compareTo(Objects.requireNonNull(minimum, "minimum")) >= 0;
  }

  /** Returns this level's rank: 0 for {@link #NONE} up to 3 for {@link #HIGH}. */
  public int rank() {
    return ordinal();
  }

  /**
   * Returns a requirement that accepts {@code minimum} and every higher level, for filters and
   * configuration: {@code AssuranceLevel.atLeast(VNEID_LEVEL_2).test(identity.assuranceLevel())}.
   */
  public static Predicate<AssuranceLevel> atLeast(AssuranceLevel minimum) {
    Objects.requireNonNull(minimum, "minimum");
    return level -> level.isAtLeast(minimum);
  }

  /**
   * Returns the level of a VNeID account level.
   *
   * @param vneidLevel 1 or 2
   * @throws IllegalArgumentException for any other number
   */
  public static AssuranceLevel ofVneidLevel(int vneidLevel) {
    return switch (vneidLevel) {
      case 1 -> VNEID_LEVEL_1;
      case 2 -> VNEID_LEVEL_2;
      default -> throw new IllegalArgumentException("VNeID account levels are 1 and 2");
    };
  }
}
