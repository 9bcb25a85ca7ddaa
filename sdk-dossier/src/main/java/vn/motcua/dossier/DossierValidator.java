package vn.motcua.dossier;

import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.BeanValidation;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.internal.validation.DossierChecks;
import vn.motcua.dossier.internal.validation.DossierMessages;
import vn.motcua.dossier.internal.validation.IdentityChecks;
import vn.motcua.dossier.internal.validation.Problems;
import vn.motcua.dossier.internal.validation.ProcedureChecks;
import vn.motcua.identity.CitizenIdentity;

/**
 * Checks a dossier and reports every problem at once, each with its JSON path, a stable code and a
 * message in Vietnamese or English: the field constraints (Bean Validation, codes {@code
 * validation.*}), the rules between fields ({@link DossierRules}), and, when a catalogue is
 * configured, the rules of the dossier's procedure: channel offered, applicant kind allowed, every
 * required component present, documents of accepted media types and sizes, fees matching the
 * catalogue's; and, given the verified {@link CitizenIdentity} submitting it, that the identity is
 * the applicant or their authorized representative and signed in at the procedure's assurance
 * level.
 *
 * <p>With a catalogue, a dossier whose procedure the catalogue lacks is reported ({@code
 * dossier.procedure.unknown}); without one, procedure rules are skipped. Dates are compared in
 * Asia/Ho_Chi_Minh where a calendar date matters (the date in the dossier code, an authorization's
 * last day). Instances are immutable and thread-safe; build one and share it.
 */
public final class DossierValidator {
  /** The default largest document, 50 MiB, for procedures that state no limit of their own. */
  public static final long DEFAULT_MAX_DOCUMENT_SIZE = 50L * 1024 * 1024;

  private static final DossierValidator DEFAULTS = builder().build();

  private final BeanValidation beans;
  private final @Nullable ProcedureCatalogue catalogue;
  private final Clock clock;
  private final long maxDocumentSize;

  private DossierValidator(Builder b) {
    this.clock = b.clock;
    // No clock for Bean Validation: the only rule about the present (birth dates) is checked here
    // with this validator's clock, and a validator with its own clock provider runs markedly
    // slower in Hibernate Validator than the shared one.
    this.beans = BeanValidation.builder().messages(DossierMessages.source()).build();
    this.catalogue = b.catalogue;
    this.maxDocumentSize = b.maxDocumentSize;
  }

  /** Returns a validator without a catalogue, with the system clock and default limits. */
  public static DossierValidator defaults() {
    return DEFAULTS;
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every problem of {@code dossier}; an empty report means valid. Procedure rules apply
   * when a catalogue is configured.
   */
  public ValidationReport validate(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    Problems problems = common(dossier);
    if (catalogue != null) {
      ProcedureDefinition procedure = catalogue.find(dossier.procedure().code()).orElse(null);
      if (procedure == null) {
        problems.add("/procedure/code", DossierRules.PROCEDURE_UNKNOWN);
      } else {
        ProcedureChecks.check(dossier, procedure, problems);
      }
    }
    return problems.report();
  }

  /**
   * Returns every problem of {@code dossier}, checking the procedure rules against {@code
   * procedure} whatever the configured catalogue holds.
   */
  public ValidationReport validate(Dossier dossier, ProcedureDefinition procedure) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(procedure, "procedure");
    Problems problems = common(dossier);
    ProcedureChecks.check(dossier, procedure, problems);
    return problems.report();
  }

  /**
   * Returns every problem of {@code dossier} submitted by {@code identity}: everything {@link
   * #validate(Dossier)} checks, and the binding to the verified identity. The identity must be the
   * applicant (same personal ID number, or legacy ID card number where either lacks one; for an
   * organisation, a business account with the same tax code), or the representative declared with
   * an authorization (same personal ID number) — else {@code dossier.identity.not_applicant} at
   * {@code /applicant} (or {@code /representative} when one is declared). When the catalogue knows
   * the procedure and it states an assurance level, the identity's level must meet it — else {@code
   * dossier.identity.assurance_too_low} with the required level as argument {@code required}; a
   * downgrade is never a silent pass.
   */
  public ValidationReport validate(Dossier dossier, CitizenIdentity identity) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(identity, "identity");
    Problems problems = common(dossier);
    ProcedureDefinition procedure = null;
    if (catalogue != null) {
      procedure = catalogue.find(dossier.procedure().code()).orElse(null);
      if (procedure == null) {
        problems.add("/procedure/code", DossierRules.PROCEDURE_UNKNOWN);
      } else {
        ProcedureChecks.check(dossier, procedure, problems);
      }
    }
    IdentityChecks.check(dossier, procedure, identity, problems);
    return problems.report();
  }

  /**
   * Returns every problem of {@code dossier} submitted by {@code identity}, checking the procedure
   * rules and the assurance level against {@code procedure}; see {@link #validate(Dossier,
   * CitizenIdentity)}.
   */
  public ValidationReport validate(
      Dossier dossier, ProcedureDefinition procedure, CitizenIdentity identity) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(identity, "identity");
    Problems problems = common(dossier);
    ProcedureChecks.check(dossier, procedure, problems);
    IdentityChecks.check(dossier, procedure, identity, problems);
    return problems.report();
  }

  /**
   * Returns {@code dossier} when it is valid.
   *
   * @throws InvalidInputException with code {@code dossier.invalid} listing every problem
   */
  public Dossier requireValid(Dossier dossier) {
    validate(dossier).throwIfInvalid(DossierRules.INVALID);
    return dossier;
  }

  /**
   * Returns {@code dossier} when it is valid and bound to {@code identity}; see {@link
   * #validate(Dossier, CitizenIdentity)}.
   *
   * @throws InvalidInputException with code {@code dossier.invalid} listing every problem
   */
  public Dossier requireValid(Dossier dossier, CitizenIdentity identity) {
    validate(dossier, identity).throwIfInvalid(DossierRules.INVALID);
    return dossier;
  }

  private Problems common(Dossier dossier) {
    Problems problems = new Problems();
    problems.addAll(beans.validate(dossier));
    DossierChecks.check(dossier, maxDocumentSize, clock, problems);
    return problems;
  }

  @Override
  public String toString() {
    return "DossierValidator[catalogue=" + catalogue + ", maxDocumentSize=" + maxDocumentSize + "]";
  }

  /** Builds a {@link DossierValidator}; not thread-safe. */
  public static final class Builder {
    private @Nullable ProcedureCatalogue catalogue;
    private Clock clock = Clock.systemUTC();
    private long maxDocumentSize = DEFAULT_MAX_DOCUMENT_SIZE;

    private Builder() {}

    /** Sets the catalogue that procedure rules are checked against; none by default. */
    public Builder catalogue(ProcedureCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the clock for rules about the present (birth dates and encoded birth years not in the
     * future, read in Asia/Ho_Chi_Minh); default the system clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the largest document accepted whatever the procedure says, in bytes; default {@link
     * #DEFAULT_MAX_DOCUMENT_SIZE}.
     */
    public Builder maxDocumentSize(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxDocumentSize must be positive");
      }
      this.maxDocumentSize = bytes;
      return this;
    }

    /** Returns the validator. */
    public DossierValidator build() {
      return new DossierValidator(this);
    }
  }
}
