package vn.motcua.identity;

import java.util.Map;

/**
 * The account's level of assurance is below what the procedure requires ({@code
 * identity.assurance.too_low}). The identity itself is genuine: the reaction is a step-up, asking
 * the user to sign in with a higher-level account (VNeID level 2, say), never a silent pass.
 */
public class AssuranceTooLowException extends IdentityException {
  private static final long serialVersionUID = 1L;

  private final AssuranceLevel required;
  private final AssuranceLevel actual;

  /**
   * Creates an exception.
   *
   * @param required the level the procedure requires
   * @param actual the level the token or identity carries, lower than {@code required}
   */
  public AssuranceTooLowException(AssuranceLevel required, AssuranceLevel actual) {
    super(
        IdentityCodes.ASSURANCE_TOO_LOW,
        Map.of("required", required.name(), "actual", actual.name()),
        false,
        null);
    if (actual.isAtLeast(required)) {
      throw new IllegalArgumentException("actual level is not below the required level");
    }
    this.required = required;
    this.actual = actual;
  }

  /** Returns the level the procedure requires. */
  public AssuranceLevel required() {
    return required;
  }

  /** Returns the level the account has, lower than {@link #required()}. */
  public AssuranceLevel actual() {
    return actual;
  }
}
