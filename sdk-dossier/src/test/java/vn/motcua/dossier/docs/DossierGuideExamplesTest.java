package vn.motcua.dossier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierJson;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierValidator;
import vn.motcua.dossier.ProcedureRef;
import vn.motcua.dossier.Sector;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.CitizenIdentity;

/** The snippets of docs/dossier.md, run as they are written there. */
class DossierGuideExamplesTest {

  @Test
  void buildValidateAndMap() {
    // --- snippet: build ---
    OffsetDateTime received = OffsetDateTime.parse("2025-03-10T08:30:00+07:00");
    Dossier dossier =
        Dossier.builder()
            .code(DossierCode.parse("000.00.12.H01-250310-0001"))
            .procedure(
                ProcedureRef.of(
                    ProcedureCode.parse("1.001193"),
                    "Đăng ký khai sinh",
                    Sector.of("HT", "Hộ tịch")))
            .agency(Agency.of(AgencyCode.parse("000.00.12.H01"), "UBND phường Tràng Tiền"))
            .applicant(
                Applicant.builder()
                    .kind(ApplicantKind.CITIZEN)
                    .fullName("Nguyễn Văn An")
                    .personalId(PersonalIdNumber.parse("001099012345"))
                    .build())
            .channel(Channel.ONLINE)
            .status(DossierStatus.SUBMITTED)
            .receivedAt(received)
            .addDocument(
                Document.builder()
                    .id("tl-1")
                    .componentCode("TK-KS")
                    .name("to-khai.pdf")
                    .mediaType("application/pdf")
                    .size(120_000L)
                    .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                    .url(URI.create("https://files.example.gov.vn/tl-1"))
                    .build())
            .build();

    // --- snippet: validate ---
    DossierValidator validator =
        DossierValidator.builder().catalogue(ProcedureCatalogue.sample()).build(); // sample data!
    ValidationReport report = validator.validate(dossier);
    report.messages(Locale.ENGLISH);
    // ["/documents: A required document is missing (component GCS)."]

    // --- snippet: json ---
    String json = DossierJson.strict().write(dossier);
    Dossier same = DossierJson.strict().read(json); // json.* codes for bad input

    // --- snippet: portal ---
    PortalDossier element = DvcqgMapping.defaults().toPortal(dossier); // a DongBoHoSoMC data[] item
    // element.receivedAt() is "20250310083000"; element.status() is "1"

    assertThat(report.messages(Locale.ENGLISH))
        .containsExactly("/documents: A required document is missing (component GCS).");
    assertThat(same).isEqualTo(dossier);
    assertThat(element.receivedAt()).isEqualTo("20250310083000");
    assertThat(element.status()).isEqualTo("1");
  }

  @Test
  void requireValid_throwsWithEveryProblem() {
    Dossier dossier =
        DossierJson.strict()
            .read(read("../docs/examples/dossiers/invalid-due-before-received.json"));

    // --- snippet: require ---
    try {
      DossierValidator.defaults().requireValid(dossier);
    } catch (InvalidInputException e) {
      e.code(); // "dossier.invalid"
      e.report().violations(); // path, code and args of each problem
    }

    InvalidInputException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidInputException.class, () -> DossierValidator.defaults().requireValid(dossier));
    assertThat(e.code()).isEqualTo("dossier.invalid");
    assertThat(e.report().codes()).containsExactly("dossier.due_before_received");
  }

  @Test
  void identityBinding() {
    Dossier dossier =
        DossierJson.strict()
            .read(read("../docs/examples/dossiers/valid-birth-registration-online.json"));
    DossierValidator validator =
        DossierValidator.builder().catalogue(ProcedureCatalogue.sample()).build();
    String idToken = "verified elsewhere";
    ClaimProfileStandIn profile =
        new ClaimProfileStandIn(
            CitizenIdentity.builder("sub", "https://sso.example.gov.vn")
                .personalIdNumber(PersonalIdNumber.parse("001099012345"))
                .assuranceLevel(AssuranceLevel.VNEID_LEVEL_2)
                .build());

    // --- snippet: identity ---
    CitizenIdentity identity = profile.toIdentity(idToken); // after IdTokenVerifier.verify
    ValidationReport bound = validator.validate(dossier, identity);

    assertThat(bound.isValid()).isTrue();
  }

  /**
   * Stands in for the identity module's ClaimProfile: its input, a VerifiedIdToken, comes only from
   * IdTokenVerifier, which needs a signed token and keys.
   */
  private record ClaimProfileStandIn(CitizenIdentity identity) {
    CitizenIdentity toIdentity(String verifiedIdToken) {
      return identity;
    }
  }

  @Test
  void guide_containsTheSnippets() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "dossier.md"));
    for (String line :
        List.of(
            ".catalogue(ProcedureCatalogue.sample()).build(); // sample data!",
            "PortalDossier element = DvcqgMapping.defaults().toPortal(dossier);",
            "Dossier same = DossierJson.strict().read(json);",
            "DossierValidator.defaults().requireValid(dossier);",
            "CitizenIdentity identity = profile.toIdentity(idToken); // after IdTokenVerifier.verify",
            "ValidationReport bound = validator.validate(dossier, identity);")) {
      assertThat(guide).contains(line);
    }
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
