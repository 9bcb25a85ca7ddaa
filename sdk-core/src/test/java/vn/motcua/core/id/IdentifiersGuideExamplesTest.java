package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.ValidationReport;

/** The examples of docs/identifiers.md, kept compiling and correct. */
class IdentifiersGuideExamplesTest {

  @Test
  void parseAndRead() {
    PersonalIdNumber id = PersonalIdNumber.parse(" 079303123456 ");
    assertThat(id.provinceCode()).isEqualTo("079");
    assertThat(id.province().vietnameseName()).isEqualTo("Hồ Chí Minh");
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.birthYear()).isEqualTo(2003);
    assertThat(id.value()).isEqualTo("079303123456");
    assertThat(id.toString()).isEqualTo("PersonalIdNumber[0793******56]");

    TaxCode branch = TaxCode.parse("0100109106-001");
    assertThat(branch.base()).isEqualTo("0100109106");
    assertThat(branch.branch()).contains("001");

    ProcedureCode procedure = ProcedureCode.parse("1.001612.000.00.00.H48");
    assertThat(procedure.national().value()).isEqualTo("1.001612");
    assertThat(procedure.agency().map(AgencyCode::level1Code)).contains("H48");

    DossierCode dossier = DossierCode.parse("000.00.53.H48-220921-0099");
    assertThat(dossier.date()).isEqualTo(LocalDate.of(2022, 9, 21));
    assertThat(dossier.sequence()).isEqualTo(99);
    DossierCode next =
        DossierCode.of(AgencyCode.parse("000.00.53.H48"), LocalDate.of(2022, 9, 21), 100);
    assertThat(next.value()).isEqualTo("000.00.53.H48-220921-0100");
  }

  @Test
  void catchAParseError() {
    try {
      TaxCode.parse("0100109107");
      fail("expected a rejection");
    } catch (InvalidInputException e) {
      assertThat(e.code()).isEqualTo("identifier.invalid");
      assertThat(e.report().codes()).containsExactly("identifier.tax_code.check_digit");
      assertThat(e.getMessage())
          .isEqualTo(
              "Invalid tax code [identifier.tax_code.check_digit]: The check digit (10th digit) of"
                  + " the tax code is wrong; a digit was probably mistyped.");
    }
  }

  @Test
  void validateWithoutExceptions() {
    ValidationReport report = PersonalIdNumber.validate("00109901234").under("/applicant/idNumber");
    assertThat(report.isValid()).isFalse();
    assertThat(report.codes()).containsExactly("identifier.personal_id.length");
    assertThat(report.messages(Locale.ENGLISH))
        .containsExactly("/applicant/idNumber: A personal ID number has exactly 12 digits.");
    assertThat(report.messages(Locale.forLanguageTag("vi")))
        .containsExactly("/applicant/idNumber: Số định danh cá nhân phải gồm đúng 12 chữ số.");
  }

  @Test
  void checkAgainstWhatIsKnown() {
    PersonalIdNumber id = PersonalIdNumber.parse("079303123456");
    ValidationReport report = id.checkConsistency(Sex.MALE, LocalDate.of(2004, 5, 1));
    assertThat(report.codes())
        .containsExactly(
            "identifier.personal_id.birth_year_mismatch", "identifier.personal_id.sex_mismatch");

    Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(id.checkBirthYearNotInFuture(clock).isValid()).isTrue();
    Clock in2002 = Clock.fixed(Instant.parse("2002-06-01T00:00:00Z"), ZoneId.of("UTC"));
    assertThat(id.checkBirthYearNotInFuture(in2002).codes())
        .containsExactly("identifier.personal_id.birth_year_future");
  }

  @Test
  void replaceOrExtendTheProvinceTable() {
    String csv =
        """
        # our own table
        code,name_vi,name_en
        001,Hà Nội,Ha Noi
        079,Hồ Chí Minh,Ho Chi Minh City
        """;
    ProvinceCodes own = ProvinceCodes.from(new StringReader(csv));
    assertThat(PersonalIdNumber.isValid("048099000001", own)).isFalse();

    ProvinceCodes extended =
        ProvinceCodes.defaults().toBuilder().put("100", "Tỉnh Thử", "Test Province").build();
    assertThat(PersonalIdNumber.parse("100099000001", extended).province().englishName())
        .isEqualTo("Test Province");
  }
}
