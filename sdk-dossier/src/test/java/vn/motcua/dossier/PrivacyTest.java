package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;

/** No toString of the model shows personal data or document locations. */
class PrivacyTest {
  @Test
  void toString_masksOrLeavesOutPersonalData() {
    Dossier birth = Samples.birthRegistration();
    Dossier permit = Samples.constructionPermit();
    String shown =
        String.join(
            " ",
            birth.toString(),
            birth.applicant().toString(),
            birth.documents().toString(),
            birth.steps().toString(),
            permit.toString(),
            permit.applicant().toString(),
            permit.representative().orElseThrow().toString(),
            permit.representative().orElseThrow().authorization().orElseThrow().toString(),
            permit.fees().toString(),
            ProcedureCatalogue.sample().toString());

    assertThat(shown)
        .doesNotContain(
            "001099012345",
            "079088001234",
            "0100109106",
            "Nguyễn Văn An",
            "Lê Văn Cường",
            "Trần Thị Bình",
            "0912345678",
            "an.nguyen@example.com",
            "Tràng Tiền, Hoàn Kiếm",
            "files.example.gov.vn",
            "12/2025/UQ");
    assertThat(birth.applicant().toString()).contains("N*** V*** A***").contains("0010******45");
    assertThat(birth.toString()).contains("000.00.12.H01-250310-0001").contains("IN_PROCESS");
  }
}
