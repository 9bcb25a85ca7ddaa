package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;

/** The rules that hold a dossier against its procedure in the (sample) catalogue. */
class ProcedureRulesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private final DossierValidator validator =
      DossierValidator.builder().catalogue(ProcedureCatalogue.sample()).clock(CLOCK).build();
  private final Dossier birth = Samples.birthRegistration();
  private final Dossier permit = Samples.constructionPermit();

  private List<String> problemsAt(Dossier d, String path) {
    return validator.validate(d).at(path).stream().map(Violation::code).toList();
  }

  @Test
  void procedureMissingFromTheCatalogue_isReported() {
    Dossier other =
        birth.toBuilder()
            .procedure(
                ProcedureRef.of(ProcedureCode.parse("1.000001"), "Khác", Sector.of("X", "X")))
            .build();
    assertThat(problemsAt(other, "/procedure/code"))
        .containsExactly(DossierRules.PROCEDURE_UNKNOWN);
  }

  @Test
  void localizedProcedureCodes_findTheNationalDefinition() {
    assertThat(permit.procedure().code().isLocalized()).isTrue();
    assertThat(validator.validate(permit).isValid()).isTrue();
  }

  @Test
  void channel_mustBeOffered() {
    assertThat(problemsAt(permit.toBuilder().channel(Channel.POSTAL).build(), "/channel"))
        .containsExactly(DossierRules.CHANNEL_NOT_OFFERED);
    assertThat(problemsAt(birth.toBuilder().channel(Channel.POSTAL).build(), "/channel")).isEmpty();
  }

  @Test
  void applicantKind_mustBeAllowed() {
    Dossier byCompany = birth.toBuilder().applicant(permit.applicant()).build();
    assertThat(problemsAt(byCompany, "/applicant/kind"))
        .containsExactly(DossierRules.APPLICANT_KIND_NOT_ALLOWED);
  }

  @Test
  void everyRequiredComponent_mustHaveADocument() {
    Dossier missing = birth.toBuilder().documents(List.of(birth.documents().get(0))).build();
    assertThat(validator.validate(missing).at("/documents"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(DossierRules.COMPONENT_MISSING);
              assertThat(v.args()).containsEntry("component", "GCS");
              assertThat(v.message(java.util.Locale.ENGLISH)).contains("GCS");
            });
  }

  @Test
  void documents_mustNameAComponentOfTheProcedure() {
    Document stray = Samples.document("tl-3", "XYZ");
    assertThat(
            problemsAt(birth.toBuilder().addDocument(stray).build(), "/documents/2/componentCode"))
        .containsExactly(DossierRules.COMPONENT_UNKNOWN);
    Document attachment = stray.toBuilder().componentCode(null).build();
    assertThat(validator.validate(birth.toBuilder().addDocument(attachment).build()).isValid())
        .isTrue();
  }

  @Test
  void mediaType_mustBeAcceptedByTheComponent_ignoringParametersAndCase() {
    Document gif = birth.documents().get(0).toBuilder().mediaType("image/gif").build();
    Document pdfWithParameters =
        birth.documents().get(0).toBuilder().mediaType("Application/PDF; version=1.7").build();
    assertThat(
            problemsAt(
                birth.toBuilder().documents(List.of(gif, birth.documents().get(1))).build(),
                "/documents/0/mediaType"))
        .containsExactly(DossierRules.MEDIA_TYPE_NOT_ACCEPTED);
    assertThat(
            validator
                .validate(
                    birth.toBuilder()
                        .documents(List.of(pdfWithParameters, birth.documents().get(1)))
                        .build())
                .isValid())
        .isTrue();
  }

  @Test
  void size_mustBeWithinTheComponentsLimit() {
    Document big = birth.documents().get(0).toBuilder().size(10L * 1024 * 1024 + 1).build();
    assertThat(
            validator
                .validate(
                    birth.toBuilder().documents(List.of(big, birth.documents().get(1))).build())
                .at("/documents/0/size"))
        .singleElement()
        .satisfies(v -> assertThat(v.args()).containsEntry("max", 10L * 1024 * 1024));
  }

  @Test
  void certifiedCopyComponents_needCertifiedCopies() {
    List<Document> docs =
        permit.documents().stream()
            .map(
                d ->
                    d.componentCode().filter("QSDD"::equals).isPresent()
                        ? d.toBuilder().certifiedCopy(false).build()
                        : d)
            .toList();
    assertThat(problemsAt(permit.toBuilder().documents(docs).build(), "/documents/1/certifiedCopy"))
        .containsExactly(DossierRules.CERTIFIED_COPY_REQUIRED);
  }

  @Test
  void fees_mustMatchTheCatalogueOnTheDossiersChannel() {
    Fee charge = permit.fees().get(0);
    assertThat(
            problemsAt(
                permit.toBuilder()
                    .fees(List.of(charge.toBuilder().code("LP-KHAC").build()))
                    .build(),
                "/fees/0/code"))
        .containsExactly(DossierRules.FEE_UNKNOWN);
    assertThat(
            problemsAt(
                permit.toBuilder().fees(List.of(charge.toBuilder().code(null).build())).build(),
                "/fees/0"))
        .containsExactly(DossierRules.FEE_UNKNOWN);
    assertThat(
            validator
                .validate(
                    permit.toBuilder()
                        .fees(List.of(charge.toBuilder().amount(70_000).build()))
                        .build())
                .at("/fees/0/amount"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(DossierRules.FEE_AMOUNT_MISMATCH);
              assertThat(v.args()).containsEntry("expected", 75_000L);
            });
    assertThat(
            problemsAt(
                permit.toBuilder()
                    .fees(List.of(charge.toBuilder().kind(FeeKind.FEE).build()))
                    .build(),
                "/fees/0/kind"))
        .containsExactly(DossierRules.FEE_KIND_MISMATCH);
  }

  @Test
  void feeAmounts_followTheChannel() {
    // Permanent residence: 20,000 VND at the desk, 10,000 VND online (sample data).
    ProcedureDefinition residence =
        ProcedureCatalogue.sample().find(ProcedureCode.parse("1.004194")).orElseThrow();
    Fee online =
        Fee.builder().kind(FeeKind.CHARGE).code("LP-DKTT").name("Lệ phí").amount(10_000).build();
    Dossier d =
        birth.toBuilder()
            .procedure(ProcedureRef.of(residence.code(), residence.name(), residence.sector()))
            .documents(
                List.of(Samples.document("tl-1", "CT01"), Samples.document("tl-2", "CM-CHO-O")))
            .fees(List.of(online))
            .build();
    assertThat(validator.validate(d).isValid()).isTrue();
    assertThat(problemsAt(d.toBuilder().channel(Channel.DESK).build(), "/fees/0/amount"))
        .containsExactly(DossierRules.FEE_AMOUNT_MISMATCH);
  }

  @Test
  void variableFees_acceptAnyAmount() {
    Fee late =
        Fee.builder().kind(FeeKind.CHARGE).code("LP-KS-QH").name("Lệ phí").amount(8_000).build();
    assertThat(validator.validate(birth.toBuilder().addFee(late).build()).isValid()).isTrue();
  }

  @Test
  void validateAgainstAnExplicitDefinition_ignoresTheCatalogue() {
    ProcedureDefinition strictBirth =
        ProcedureCatalogue.sample().find(birth.procedure().code()).orElseThrow().toBuilder()
            .applicantKinds(List.of(ApplicantKind.ORGANIZATION))
            .build();
    assertThat(DossierValidator.builder().clock(CLOCK).build().validate(birth, strictBirth).codes())
        .containsExactly(DossierRules.APPLICANT_KIND_NOT_ALLOWED);
  }
}
