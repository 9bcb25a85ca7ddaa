package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.identity.AccountType;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.CitizenIdentity;

/** The dossier bound to the verified identity submitting it. */
class IdentityBindingTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private final DossierValidator validator =
      DossierValidator.builder().catalogue(ProcedureCatalogue.sample()).clock(CLOCK).build();
  private final Dossier birth = Samples.birthRegistration();
  private final Dossier permit = Samples.constructionPermit();

  private static CitizenIdentity citizen(String personalId, AssuranceLevel level) {
    return CitizenIdentity.builder("sub-1", "https://sso.example.gov.vn")
        .accountType(AccountType.CITIZEN)
        .personalIdNumber(PersonalIdNumber.parse(personalId))
        .assuranceLevel(level)
        .build();
  }

  private static List<String> codes(ValidationReport report, String path) {
    return report.at(path).stream().map(Violation::code).toList();
  }

  @Test
  void applicantSignedInAtLevel2_isBound() {
    CitizenIdentity an = citizen(Samples.PERSONAL_ID, AssuranceLevel.VNEID_LEVEL_2);

    assertThat(validator.validate(birth, an).isValid()).isTrue();
    assertThat(validator.requireValid(birth, an)).isSameAs(birth);
  }

  @Test
  void someoneElse_isNotTheApplicant() {
    CitizenIdentity other = citizen("079088001234", AssuranceLevel.HIGH);

    assertThat(codes(validator.validate(birth, other), "/applicant"))
        .containsExactly(DossierRules.IDENTITY_NOT_APPLICANT);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> validator.requireValid(birth, other));
    assertThat(e.code()).isEqualTo(DossierRules.INVALID);
    assertThat(e.getMessage()).doesNotContain("079088001234").doesNotContain(Samples.PERSONAL_ID);
  }

  @Test
  void identityWithoutAnyIdNumber_isNeverTheApplicant() {
    CitizenIdentity anonymous =
        CitizenIdentity.builder("sub-2", "https://sso.example.gov.vn")
            .assuranceLevel(AssuranceLevel.HIGH)
            .build();
    Applicant noId = Samples.citizen().toBuilder().personalId(null).build();

    assertThat(codes(validator.validate(birth, anonymous), "/applicant"))
        .containsExactly(DossierRules.IDENTITY_NOT_APPLICANT);
    assertThat(
            codes(
                validator.validate(birth.toBuilder().applicant(noId).build(), anonymous),
                "/applicant"))
        .contains(DossierRules.IDENTITY_NOT_APPLICANT);
  }

  @Test
  void legacyIdCard_bindsWhenEitherSideLacksAPersonalId() {
    Applicant legacy =
        Samples.citizen().toBuilder()
            .personalId(null)
            .legacyIdCard(LegacyIdCardNumber.parse("012345678"))
            .build();
    CitizenIdentity withLegacy =
        CitizenIdentity.builder("sub-3", "https://sso.example.gov.vn")
            .personalIdNumber(PersonalIdNumber.parse(Samples.PERSONAL_ID))
            .legacyIdCardNumber(LegacyIdCardNumber.parse("012345678"))
            .assuranceLevel(AssuranceLevel.HIGH)
            .build();

    assertThat(
            codes(
                validator.validate(birth.toBuilder().applicant(legacy).build(), withLegacy),
                "/applicant"))
        .isEmpty();
  }

  @Test
  void organisation_isBoundToABusinessAccountWithItsTaxCode() {
    CitizenIdentity company =
        CitizenIdentity.builder("sub-4", "https://sso.example.gov.vn")
            .accountType(AccountType.BUSINESS)
            .taxCode(TaxCode.parse("0100109106"))
            .assuranceLevel(AssuranceLevel.HIGH)
            .build();
    Dossier withoutRepresentative = permit.toBuilder().representative(null).build();
    CitizenIdentity citizenWithSameTaxCode =
        CitizenIdentity.builder("sub-5", "https://sso.example.gov.vn")
            .taxCode(TaxCode.parse("0100109106"))
            .assuranceLevel(AssuranceLevel.HIGH)
            .build();

    assertThat(validator.validate(withoutRepresentative, company).isValid()).isTrue();
    assertThat(
            codes(validator.validate(withoutRepresentative, citizenWithSameTaxCode), "/applicant"))
        .containsExactly(DossierRules.IDENTITY_NOT_APPLICANT);
  }

  @Test
  void authorizedRepresentative_mayActForTheApplicant() {
    CitizenIdentity cuong = citizen("079088001234", AssuranceLevel.HIGH);

    assertThat(validator.validate(permit, cuong).isValid()).isTrue();
  }

  @Test
  void representativeWithoutAuthorization_orAnotherPerson_isRefused() {
    CitizenIdentity cuong = citizen("079088001234", AssuranceLevel.HIGH);
    Representative r = permit.representative().orElseThrow();
    Dossier unauthorized =
        permit.toBuilder().representative(r.toBuilder().authorization(null).build()).build();
    CitizenIdentity stranger = citizen("001099012345", AssuranceLevel.HIGH);

    assertThat(codes(validator.validate(unauthorized, cuong), "/representative"))
        .containsExactly(DossierRules.IDENTITY_NOT_APPLICANT);
    assertThat(codes(validator.validate(permit, stranger), "/representative"))
        .containsExactly(DossierRules.IDENTITY_NOT_APPLICANT);
  }

  @Test
  void assuranceBelowTheProceduresLevel_isReportedNeverSilentlyPassed() {
    CitizenIdentity level1 = citizen(Samples.PERSONAL_ID, AssuranceLevel.VNEID_LEVEL_1);

    ValidationReport report = validator.validate(birth, level1);

    assertThat(report.at(""))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(DossierRules.ASSURANCE_TOO_LOW);
              assertThat(v.args())
                  .containsEntry("required", "HIGH")
                  .containsEntry("actual", "SUBSTANTIAL");
              assertThat(v.message(Locale.ENGLISH)).contains("HIGH");
            });
    assertThat(
            codes(validator.validate(birth, citizen(Samples.PERSONAL_ID, AssuranceLevel.NONE)), ""))
        .containsExactly(DossierRules.ASSURANCE_TOO_LOW);
  }

  @Test
  void procedureWithoutALevel_acceptsAnyLevel_andAnExplicitDefinitionIsUsed() {
    ProcedureDefinition birthDefinition =
        ProcedureCatalogue.sample().find(birth.procedure().code()).orElseThrow();
    ProcedureDefinition noLevel = birthDefinition.toBuilder().requiredAssurance(null).build();
    ProcedureDefinition substantial =
        birthDefinition.toBuilder().requiredAssurance(AssuranceLevel.SUBSTANTIAL).build();
    CitizenIdentity level1 = citizen(Samples.PERSONAL_ID, AssuranceLevel.VNEID_LEVEL_1);

    assertThat(validator.validate(birth, noLevel, level1).isValid()).isTrue();
    assertThat(validator.validate(birth, substantial, level1).isValid()).isTrue();
    assertThat(DossierValidator.builder().clock(CLOCK).build().validate(birth, level1).isValid())
        .as("no catalogue: no level to meet")
        .isTrue();
  }

  @Test
  void sampleCatalogue_statesTheLevelAsAnAssuranceLevel() {
    assertThat(
            ProcedureCatalogue.sample()
                .find(birth.procedure().code())
                .orElseThrow()
                .requiredAssurance())
        .contains(AssuranceLevel.VNEID_LEVEL_2);
  }
}
