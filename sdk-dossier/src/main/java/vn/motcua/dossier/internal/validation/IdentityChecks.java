package vn.motcua.dossier.internal.validation;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRules;
import vn.motcua.dossier.Representative;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.identity.AccountType;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.CitizenIdentity;

/**
 * Binds a dossier to the verified identity submitting it: the identity must be the applicant, or
 * the representative declared with an authorization; and its assurance level must meet the
 * procedure's.
 */
public final class IdentityChecks {
  private IdentityChecks() {}

  /**
   * Checks who submits ({@code dossier.identity.not_applicant}) and, when {@code procedure} is
   * known and states a level, how strongly they signed in ({@code
   * dossier.identity.assurance_too_low}).
   */
  public static void check(
      Dossier d,
      @Nullable ProcedureDefinition procedure,
      CitizenIdentity identity,
      Problems problems) {
    if (!isApplicant(d.applicant(), identity)) {
      Representative representative = d.representative().orElse(null);
      if (representative == null) {
        problems.add("/applicant", DossierRules.IDENTITY_NOT_APPLICANT);
      } else if (representative.authorization().isEmpty()
          || !samePerson(representative.personalId(), identity.personalIdNumber())) {
        problems.add("/representative", DossierRules.IDENTITY_NOT_APPLICANT);
      }
    }
    AssuranceLevel required = procedure == null ? null : procedure.requiredAssurance().orElse(null);
    if (required != null && !identity.assuranceLevel().isAtLeast(required)) {
      problems.add(
          "",
          DossierRules.ASSURANCE_TOO_LOW,
          Map.of("required", required.name(), "actual", identity.assuranceLevel().name()));
    }
  }

  /**
   * A citizen applicant is the identity when their personal ID numbers are equal, or, where either
   * lacks one, their legacy ID card numbers; an organisation is the identity when a business
   * account carries the same tax code.
   */
  private static boolean isApplicant(Applicant applicant, CitizenIdentity identity) {
    if (applicant.kind() == ApplicantKind.ORGANIZATION) {
      return identity.accountType() == AccountType.BUSINESS
          && samePerson(applicant.taxCode(), identity.taxCode());
    }
    if (identity.accountType() != AccountType.CITIZEN) {
      return false;
    }
    if (applicant.personalId().isPresent() && identity.personalIdNumber().isPresent()) {
      return applicant.personalId().equals(identity.personalIdNumber());
    }
    return samePerson(applicant.legacyIdCard(), identity.legacyIdCardNumber());
  }

  /** Equal and present: an absent identifier never matches, not even another absent one. */
  private static <T> boolean samePerson(Optional<T> a, Optional<T> b) {
    return a.isPresent() && a.equals(b);
  }
}
