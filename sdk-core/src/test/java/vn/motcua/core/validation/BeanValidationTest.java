package vn.motcua.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.Samples.Applicant;
import vn.motcua.core.validation.Samples.Document;
import vn.motcua.core.validation.Samples.Dossier;

/** Bean Validation results become reports with JSON Pointers, stable codes and both languages. */
class BeanValidationTest {
  private final BeanValidation validation = BeanValidation.defaults();

  @Test
  void validate_returnsValidReportForValidBean() {
    assertThat(validation.validate(Samples.dossier(Samples.applicant(List.of(Samples.document())))))
        .isEqualTo(ValidationReport.valid());
  }

  @Test
  void validate_followsCascadesIntoListElementsAtTheirIndex() {
    Document broken = new Document("b.pdf", 1, "NOT-HEX");
    Dossier dossier =
        Samples.dossier(Samples.applicant(List.of(Samples.document(), broken, Samples.document())));

    ValidationReport report = validation.validate(dossier);

    assertThat(report.violations()).hasSize(1);
    assertThat(report.violations().get(0).path()).isEqualTo("/applicant/documents/1/sha256");
    assertThat(report.violations().get(0).code()).isEqualTo("validation.pattern");
  }

  @Test
  void validate_reportsEveryViolationWithItsOwnPathAndCode() {
    Applicant applicant =
        new Applicant(
            " ",
            LocalDate.of(2999, 1, 1),
            null,
            List.of(new Document("", -1, null)),
            Map.of("photo", new Document("p.jpg", 1, "xyz")),
            List.of("ok", ""));
    Dossier dossier =
        new Dossier(applicant, 11, BigDecimal.ZERO, new BigDecimal("1.5"), "not-an-email");

    ValidationReport report = validation.validate(dossier);

    assertThat(report.violations())
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            "/applicant/SoDinhDanh validation.not_null",
            "/applicant/attachments/photo/sha256 validation.pattern",
            "/applicant/birthDate validation.past",
            "/applicant/documents/0/name validation.not_blank",
            "/applicant/documents/0/sha256 validation.not_null",
            "/applicant/documents/0/size validation.positive_or_zero",
            "/applicant/fullName validation.not_blank",
            "/applicant/tags/1 validation.not_blank",
            "/copies validation.max",
            "/email validation.email",
            "/fee validation.decimal_min_exclusive",
            "/total validation.digits");
  }

  @Test
  void validate_takesArgumentsFromTheConstraintsLimits() {
    Dossier dossier =
        new Dossier(
            Samples.applicant(List.of(Samples.document())),
            0,
            BigDecimal.ZERO,
            new BigDecimal("1.5"),
            null);

    ValidationReport report = validation.validate(dossier);

    assertThat(report.at("/copies").get(0).args()).containsExactly(Map.entry("value", 1L));
    assertThat(report.at("/fee").get(0).args())
        .containsExactlyInAnyOrderEntriesOf(Map.of("value", "0", "inclusive", false));
    assertThat(report.at("/total").get(0).args())
        .containsExactlyInAnyOrderEntriesOf(Map.of("integer", 12, "fraction", 0));
    assertThat(report.at("/total").get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The value must be a number with at most 12 integer digits and 0 fraction digits.");
  }

  @Test
  void validate_leavesPatternRegexOutOfArguments() {
    Document document = new Document("a", 1, "xyz");

    Violation violation = validation.validate(document).violations().get(0);

    assertThat(violation.code()).isEqualTo("validation.pattern");
    assertThat(violation.args()).isEmpty();
  }

  @Test
  void validate_usesTheCodeOfABracedTemplateFromACustomConstraint() {
    Applicant applicant =
        new Applicant(
            "An", LocalDate.of(1990, 1, 1), "999090000001", List.of(), Map.of(), List.of());

    Violation violation = validation.validate(applicant).violations().get(0);

    assertThat(violation.path()).isEqualTo("/SoDinhDanh");
    assertThat(violation.code()).isEqualTo("sample.personal_id.province");
  }

  @Test
  void builderMessages_comeFirstWithCoreTextsAsFallback() {
    MessageSource identity =
        (code, args, locale) -> code.equals("sample.personal_id.province") ? "province text" : code;
    BeanValidation withModule = BeanValidation.builder().messages(identity).build();
    Applicant applicant = new Applicant(null, null, "999090000001", List.of(), Map.of(), List.of());

    ValidationReport report = withModule.validate(applicant);

    assertThat(report.at("/SoDinhDanh").get(0).message()).isEqualTo("province text");
    assertThat(report.at("/fullName").get(0).message(Locale.ENGLISH))
        .isEqualTo("This field is required and must not be only whitespace.");
  }

  @Test
  void validate_givesAGenericSentenceForACodeNoBundleKnows() {
    Applicant applicant = new Applicant("An", null, "999090000001", List.of(), Map.of(), List.of());

    Violation violation = validation.validate(applicant).violations().get(0);

    assertThat(violation.message(Locale.ENGLISH)).isEqualTo("The value is not valid.");
    assertThat(violation.message()).isEqualTo("Giá trị không hợp lệ.");
  }

  @Test
  void messages_areVietnameseByDefaultWhateverTheJvmLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ValidationReport report = validation.validate(new Document("", 0, Samples.VALID_SHA256));

      assertThat(report.violations().get(0).message())
          .isEqualTo("Trường này là bắt buộc và không được chỉ gồm khoảng trắng.");
      assertThat(report.messages(MessageSource.VIETNAMESE))
          .containsExactly("/name: Trường này là bắt buộc và không được chỉ gồm khoảng trắng.");
      assertThat(report.messages(Locale.ENGLISH))
          .containsExactly("/name: This field is required and must not be only whitespace.");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void clock_decidesWhatIsPast() {
    Clock in1980 = Clock.fixed(Instant.parse("1980-01-01T00:00:00Z"), ZoneOffset.UTC);
    BeanValidation then = BeanValidation.builder().clock(in1980).build();
    Applicant applicant = Samples.applicant(List.of());

    assertThat(validation.validate(applicant).isValid()).isTrue();
    assertThat(then.validate(applicant).codes()).containsExactly("validation.past");
  }

  @Test
  void validate_checksOnlyTheRequestedGroups() {
    record Draft(@NotNull(groups = Submission.class) String code, @NotNull String title) {}

    assertThat(validation.validate(new Draft(null, null)).codes())
        .containsExactly("validation.not_null");
    assertThat(validation.validate(new Draft(null, "t"), Submission.class).at("/code")).hasSize(1);
  }

  @Test
  void requireValid_returnsTheBeanOrThrowsWithEveryViolation() {
    Document valid = Samples.document();
    Document invalid = new Document("", -1, null);

    assertThat(validation.requireValid(valid)).isSameAs(valid);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> validation.requireValid(invalid));
    assertThat(e.code()).isEqualTo("validation.failed");
    assertThat(e.report().codes())
        .containsExactly(
            "validation.not_blank", "validation.not_null", "validation.positive_or_zero");
  }

  interface Submission {}
}
