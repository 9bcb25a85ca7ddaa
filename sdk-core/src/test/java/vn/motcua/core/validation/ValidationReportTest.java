package vn.motcua.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;

/** Reports: ordering, duplicates, nesting, summaries. */
class ValidationReportTest {
  private static final MessageSource MESSAGES =
      (code, args, locale) -> locale.getLanguage().equals("en") ? "en " + code : "vi " + code;

  private static Violation v(String path, String code) {
    return Violation.of(path, code, Map.of(), MESSAGES);
  }

  @Test
  void of_ordersByPathWithIndicesByNumberThenByCode() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                v("/documents/10/size", "a.b"),
                v("/documents/2/size", "a.c"),
                v("/documents/2/size", "a.b"),
                v("", "a.z"),
                v("/applicant", "a.b")));

    assertThat(report.violations())
        .extracting(x -> x.path() + " " + x.code())
        .containsExactly(
            " a.z",
            "/applicant a.b",
            "/documents/2/size a.b",
            "/documents/2/size a.c",
            "/documents/10/size a.b");
  }

  @Test
  void of_removesDuplicates() {
    ValidationReport report =
        ValidationReport.of(List.of(v("/a", "x.y"), v("/a", "x.y"), v("/a", "x.z")));

    assertThat(report.codes()).containsExactly("x.y", "x.z");
  }

  @Test
  void of_keepsViolationsThatDifferOnlyInArguments() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                Violation.of("/a", "x.size", Map.of("max", 2), MESSAGES),
                Violation.of("/a", "x.size", Map.of("max", 1), MESSAGES)));

    assertThat(report.violations()).extracting(x -> x.args().get("max")).containsExactly(1, 2);
  }

  @Test
  void under_prefixesEveryPath() {
    ValidationReport nested = ValidationReport.of(List.of(v("", "x.y"), v("/sha256", "x.z")));

    ValidationReport report = nested.under("/documents/3");

    assertThat(report.violations())
        .extracting(Violation::path)
        .containsExactly("/documents/3", "/documents/3/sha256");
    assertThat(ValidationReport.valid().under("/a").isValid()).isTrue();
  }

  @Test
  void and_mergesSortsAndDeduplicates() {
    ValidationReport a = ValidationReport.of(List.of(v("/b", "x.y"), v("/a", "x.y")));
    ValidationReport b = ValidationReport.of(List.of(v("/a", "x.y"), v("/c", "x.y")));

    assertThat(a.and(b).violations()).extracting(Violation::path).containsExactly("/a", "/b", "/c");
    assertThat(a.and(ValidationReport.valid())).isSameAs(a);
    assertThat(ValidationReport.valid().and(b)).isSameAs(b);
  }

  @Test
  void builder_collectsViolationsAndReports() {
    ValidationReport report =
        ValidationReport.builder()
            .add("/z", "x.y", Map.of(), MESSAGES)
            .addAll(ValidationReport.of(v("/a", "x.y")))
            .add(v("/m", "x.y"))
            .build();

    assertThat(report.violations()).extracting(Violation::path).containsExactly("/a", "/m", "/z");
    assertThat(ValidationReport.builder().build()).isSameAs(ValidationReport.valid());
  }

  @Test
  void at_returnsTheViolationsOfOnePath() {
    ValidationReport report = ValidationReport.of(List.of(v("/a", "x.y"), v("/a/b", "x.z")));

    assertThat(report.at("/a")).extracting(Violation::code).containsExactly("x.y");
    assertThat(report.at("/nothing")).isEmpty();
  }

  @Test
  void messages_listPathAndTextInTheRequestedLanguage() {
    ValidationReport report = ValidationReport.of(List.of(v("", "x.y"), v("/a", "x.z")));

    assertThat(report.messages(Locale.ENGLISH)).containsExactly("/: en x.y", "/a: en x.z");
    assertThat(report.messages(MessageSource.VIETNAMESE))
        .containsExactly("/: vi x.y", "/a: vi x.z");
  }

  @Test
  void summary_countsAndListsPathsCodesAndArgumentsButNoValues() {
    String canary = "CANARY-4471";
    MessageSource echoing = (code, args, locale) -> "value " + canary;
    ValidationReport report =
        ValidationReport.of(
            List.of(
                Violation.of("/a", "x.too_long", Map.of("max", 5), echoing),
                Violation.of("/b", "x.y", Map.of(), echoing)));

    assertThat(report.summary()).isEqualTo("2 problems: /a x.too_long {max=5}; /b x.y");
    assertThat(report.toString()).isEqualTo("ValidationReport[" + report.summary() + "]");
    assertThat(report.summary()).doesNotContain(canary);
    assertThat(ValidationReport.of(v("/a", "x.y")).summary()).isEqualTo("1 problem: /a x.y");
    assertThat(ValidationReport.valid().summary()).isEqualTo("valid");
  }

  @Test
  void throwIfInvalid_throwsOnlyWhenThereAreViolations() {
    ValidationReport.valid().throwIfInvalid();
    ValidationReport report = ValidationReport.of(v("/a", "x.y"));

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, report::throwIfInvalid);
    assertThat(e.code()).isEqualTo("validation.failed");
    assertThat(e.report()).isSameAs(report);
    assertThat(e.getMessage()).isEqualTo(report.summary());
    assertThatThrownBy(() -> report.throwIfInvalid("dossier.invalid"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(t -> ((InvalidInputException) t).code())
        .isEqualTo("dossier.invalid");
  }

  @Test
  void equality_followsTheViolations() {
    ValidationReport a = ValidationReport.of(List.of(v("/a", "x.y"), v("/b", "x.y")));
    ValidationReport b = ValidationReport.of(List.of(v("/b", "x.y"), v("/a", "x.y")));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(ValidationReport.valid());
  }
}
