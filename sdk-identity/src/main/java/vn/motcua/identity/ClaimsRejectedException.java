package vn.motcua.identity;

import java.util.Map;
import java.util.Objects;
import vn.motcua.core.validation.ValidationReport;

/**
 * The token verified, but the identity claims cannot be turned into a {@link CitizenIdentity}:
 * {@code identity.claims.invalid} (an ID number in the wrong format, an unreadable date) or {@code
 * identity.claims.inconsistent} (the personal ID number contradicts the claimed sex or birth date,
 * under {@link ConsistencyPolicy#REJECT}).
 *
 * <p>{@link #report()} lists every problem; each violation's path is the JSON Pointer of the claim
 * by its name, such as {@code /SoDinhDanh}, and its code names the rule. No claim value appears in
 * the report or the message. The reaction is to refuse the login and ask the user to have the
 * account data corrected at the identity provider.
 */
public class ClaimsRejectedException extends IdentityException {
  private static final long serialVersionUID = 1L;

  private final ValidationReport report;

  /**
   * Creates an exception.
   *
   * @param code {@link IdentityCodes#CLAIMS_INVALID} or {@link IdentityCodes#CLAIMS_INCONSISTENT}
   * @param report every problem found; must not be valid
   */
  public ClaimsRejectedException(String code, ValidationReport report) {
    super(code, Map.of(), false, null);
    this.report = Objects.requireNonNull(report, "report");
    if (report.isValid()) {
      throw new IllegalArgumentException("a ClaimsRejectedException needs at least one violation");
    }
  }

  /** Returns every problem found, by claim name, with a stable code and bilingual message. */
  public ValidationReport report() {
    return report;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + " " + report.summary();
  }
}
