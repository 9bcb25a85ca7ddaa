package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.Sex;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/** The field and cross-field rules, each shown broken and kept. */
class DossierValidatorTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private final DossierValidator validator = DossierValidator.builder().clock(CLOCK).build();
  private final Dossier valid = Samples.birthRegistration();
  private final OffsetDateTime received = valid.receivedAt();

  private List<String> problemsAt(Dossier d, String path) {
    return validator.validate(d).at(path).stream().map(Violation::code).toList();
  }

  private static Dossier.Builder change(Dossier d) {
    return d.toBuilder();
  }

  @Test
  void samples_areValid() {
    assertThat(validator.validate(valid).isValid()).isTrue();
    assertThat(validator.validate(Samples.constructionPermit()).isValid()).isTrue();
    assertThat(validator.requireValid(valid)).isSameAs(valid);
  }

  @Test
  void requireValid_throwsDossierInvalidListingEveryProblem() {
    Dossier bad = change(valid).dueAt(received.minusDays(1)).fees(List.of(fee(-1))).build();

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> validator.requireValid(bad));

    assertThat(e.code()).isEqualTo(DossierRules.INVALID);
    assertThat(e.report().codes())
        .containsExactly(DossierRules.DUE_BEFORE_RECEIVED, DossierRules.FEE_NEGATIVE);
  }

  // --- dates and status ---

  @Test
  void dueAt_mustBeAfterReceivedAt() {
    assertThat(problemsAt(change(valid).dueAt(received).build(), "/dueAt"))
        .containsExactly(DossierRules.DUE_BEFORE_RECEIVED);
    assertThat(problemsAt(change(valid).dueAt(received.plusSeconds(1)).build(), "/dueAt"))
        .isEmpty();
  }

  @Test
  void dueAt_isRequiredOnceAccepted_butNotForANewOnlineSubmission() {
    assertThat(problemsAt(change(valid).dueAt(null).build(), "/dueAt"))
        .containsExactly(DossierRules.DUE_AT_MISSING);
    assertThat(
            problemsAt(
                change(valid).dueAt(null).status(DossierStatus.SUBMITTED).steps(List.of()).build(),
                "/dueAt"))
        .isEmpty();
  }

  @Test
  void finishedAndReturned_cannotPrecedeReceipt() {
    Dossier d =
        change(valid)
            .finishedAt(received.minusMinutes(1))
            .returnedAt(received.minusMinutes(1))
            .build();
    assertThat(problemsAt(d, "/finishedAt")).containsExactly(DossierRules.FINISHED_BEFORE_RECEIVED);
    assertThat(problemsAt(d, "/returnedAt")).containsExactly(DossierRules.RETURNED_BEFORE_RECEIVED);
    Dossier ok = change(valid).finishedAt(received).returnedAt(received.plusDays(1)).build();
    assertThat(validator.validate(ok).isValid()).isTrue();
  }

  @Test
  void returnedStatus_needsAReturnTime() {
    Dossier returned = change(valid).status(DossierStatus.RETURNED).build();
    assertThat(problemsAt(returned, "/returnedAt"))
        .containsExactly(DossierRules.RETURNED_AT_MISSING);
    assertThat(
            validator
                .validate(returned.toBuilder().returnedAt(received.plusDays(1)).build())
                .isValid())
        .isTrue();
  }

  @Test
  void codeDate_mustBeTheDateOfReceiptInVietnam() {
    assertThat(
            problemsAt(
                change(valid).receivedAt(received.minusDays(1)).dueAt(received).build(), "/code"))
        .containsExactly(DossierRules.CODE_DATE_MISMATCH);
    // 2025-03-09T20:00Z is already 03:00 on 10 March in Vietnam.
    OffsetDateTime utc = OffsetDateTime.parse("2025-03-09T20:00:00Z");
    assertThat(problemsAt(change(valid).receivedAt(utc).build(), "/code")).isEmpty();
  }

  // --- applicant and representative ---

  @Test
  void citizen_needsAPersonalOrLegacyIdNumber() {
    Applicant noId = Samples.citizen().toBuilder().personalId(null).build();
    assertThat(problemsAt(change(valid).applicant(noId).build(), "/applicant"))
        .containsExactly(DossierRules.APPLICANT_ID_MISSING);
    Applicant legacy = noId.toBuilder().legacyIdCard(LegacyIdCardNumber.parse("012345678")).build();
    assertThat(problemsAt(change(valid).applicant(legacy).build(), "/applicant")).isEmpty();
  }

  @Test
  void organisation_needsATaxCode() {
    Dossier permit = Samples.constructionPermit();
    Applicant noTax = permit.applicant().toBuilder().taxCode(null).build();
    assertThat(problemsAt(permit.toBuilder().applicant(noTax).build(), "/applicant"))
        .containsExactly(DossierRules.APPLICANT_ID_MISSING);
  }

  @Test
  void personalId_mustAgreeWithDeclaredSexAndBirthYear() {
    Applicant wrong =
        Samples.citizen().toBuilder().sex(Sex.FEMALE).birthDate(LocalDate.of(1998, 1, 1)).build();
    assertThat(problemsAt(change(valid).applicant(wrong).build(), "/applicant/personalId"))
        .containsExactly(
            "identifier.personal_id.birth_year_mismatch", "identifier.personal_id.sex_mismatch");
  }

  @Test
  void birthDate_cannotBeAfterTodayInVietnam() {
    // The clock reads 2025-06-01T00:00Z, already 07:00 on 1 June in Vietnam.
    Applicant today = Samples.citizen().toBuilder().birthDate(LocalDate.of(2025, 6, 1)).build();
    Applicant tomorrow = today.toBuilder().birthDate(LocalDate.of(2025, 6, 2)).build();
    assertThat(problemsAt(change(valid).applicant(today).build(), "/applicant/birthDate"))
        .isEmpty();
    assertThat(problemsAt(change(valid).applicant(tomorrow).build(), "/applicant/birthDate"))
        .containsExactly(DossierRules.BIRTH_DATE_FUTURE);
  }

  @Test
  void phoneAndEmail_mustBeWellFormed() {
    Applicant bad = Samples.citizen().toBuilder().phone("09x1234567").email("an@").build();
    Dossier d = change(valid).applicant(bad).build();
    assertThat(problemsAt(d, "/applicant/phone")).containsExactly(DossierRules.PHONE_FORMAT);
    assertThat(problemsAt(d, "/applicant/email")).containsExactly(DossierRules.EMAIL_FORMAT);
    Applicant good =
        Samples.citizen().toBuilder()
            .phone("+84 (24) 3825-1234")
            .email("a.b@sub.example.vn")
            .build();
    assertThat(validator.validate(change(valid).applicant(good).build()).isValid()).isTrue();
    assertThat(
            problemsAt(
                change(valid).applicant(good.toBuilder().phone("1234567").build()).build(),
                "/applicant/phone"))
        .containsExactly(DossierRules.PHONE_FORMAT);
  }

  @Test
  void representative_needsAnAuthorization() {
    Dossier permit = Samples.constructionPermit();
    Representative without =
        permit.representative().orElseThrow().toBuilder().authorization(null).build();
    assertThat(
            problemsAt(
                permit.toBuilder().representative(without).build(),
                "/representative/authorization"))
        .containsExactly(DossierRules.AUTHORIZATION_MISSING);
  }

  @Test
  void authorization_mustBeValidOnTheDayOfReceipt() {
    Dossier permit = Samples.constructionPermit();
    Representative r = permit.representative().orElseThrow();
    Authorization expired =
        r.authorization().orElseThrow().toBuilder().validUntil(LocalDate.of(2025, 4, 1)).build();
    assertThat(
            problemsAt(
                permit.toBuilder()
                    .representative(r.toBuilder().authorization(expired).build())
                    .build(),
                "/representative/authorization/validUntil"))
        .containsExactly(DossierRules.AUTHORIZATION_EXPIRED);
    Authorization lastDay = expired.toBuilder().validUntil(LocalDate.of(2025, 4, 2)).build();
    assertThat(
            validator
                .validate(
                    permit.toBuilder()
                        .representative(r.toBuilder().authorization(lastDay).build())
                        .build())
                .isValid())
        .isTrue();
  }

  @Test
  void authorization_mustNameADocumentOfTheDossier() {
    Dossier permit = Samples.constructionPermit();
    Representative r = permit.representative().orElseThrow();
    Authorization elsewhere =
        r.authorization().orElseThrow().toBuilder().documentId("tl-9").build();
    assertThat(
            problemsAt(
                permit.toBuilder()
                    .representative(r.toBuilder().authorization(elsewhere).build())
                    .build(),
                "/representative/authorization/documentId"))
        .containsExactly(DossierRules.AUTHORIZATION_DOCUMENT_UNKNOWN);
  }

  // --- documents ---

  private Dossier withFirstDocument(Document document) {
    return change(valid).documents(List.of(document, valid.documents().get(1))).build();
  }

  @Test
  void sha256_mustBe64LowercaseHexDigits() {
    Document doc = valid.documents().get(0);
    assertThat(
            problemsAt(
                withFirstDocument(
                    doc.toBuilder().sha256(Samples.SHA.toUpperCase(Locale.ROOT)).build()),
                "/documents/0/sha256"))
        .containsExactly(DossierRules.SHA256_FORMAT);
    assertThat(
            problemsAt(
                withFirstDocument(doc.toBuilder().sha256(Samples.SHA.substring(1)).build()),
                "/documents/0/sha256"))
        .containsExactly(DossierRules.SHA256_FORMAT);
    assertThat(
            problemsAt(
                withFirstDocument(doc.toBuilder().sha256(null).build()), "/documents/0/sha256"))
        .containsExactly("validation.not_null");
  }

  @Test
  void size_mustBePositiveAndWithinTheLimit() {
    Document doc = valid.documents().get(0);
    DossierValidator small = DossierValidator.builder().clock(CLOCK).maxDocumentSize(1000).build();
    assertThat(small.validate(withFirstDocument(doc)).at("/documents/0/size"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(DossierRules.DOCUMENT_TOO_LARGE);
              assertThat(v.args()).containsEntry("max", 1000L);
              assertThat(v.message(Locale.ENGLISH)).contains("1000");
            });
    assertThat(problemsAt(withFirstDocument(doc.toBuilder().size(0L).build()), "/documents/0/size"))
        .containsExactly("validation.positive");
    assertThat(
            problemsAt(
                withFirstDocument(doc.toBuilder().size(null).mediaType(null).build()),
                "/documents/0/size"))
        .containsExactly("validation.not_null");
  }

  @Test
  void document_needsAUrlOrAContentReference() {
    Document doc = valid.documents().get(0);
    assertThat(problemsAt(withFirstDocument(doc.toBuilder().url(null).build()), "/documents/0"))
        .containsExactly(DossierRules.CONTENT_MISSING);
    assertThat(
            validator
                .validate(withFirstDocument(doc.toBuilder().url(null).contentRef("s3:x").build()))
                .isValid())
        .isTrue();
  }

  @Test
  void urls_mustBeAbsoluteHttps() {
    Document doc = valid.documents().get(0);
    assertThat(
            problemsAt(
                withFirstDocument(
                    doc.toBuilder().url(URI.create("http://files.example/x")).build()),
                "/documents/0/url"))
        .containsExactly(DossierRules.URL_SCHEME);
    assertThat(
            problemsAt(
                withFirstDocument(doc.toBuilder().url(URI.create("/files/x")).build()),
                "/documents/0/url"))
        .containsExactly(DossierRules.URL_SCHEME);
    Result result =
        Result.builder().id("kq-1").name("Giấy khai sinh").url(URI.create("ftp://x/y")).build();
    assertThat(problemsAt(change(valid).addResult(result).build(), "/results/0/url"))
        .containsExactly(DossierRules.URL_SCHEME);
  }

  @Test
  void documentIds_mustBeUnique() {
    Document copy = valid.documents().get(0).toBuilder().componentCode("GCS").build();
    assertThat(
            problemsAt(
                change(valid).documents(List.of(valid.documents().get(0), copy)).build(),
                "/documents/1/id"))
        .containsExactly(DossierRules.DOCUMENT_DUPLICATE_ID);
  }

  // --- fees, steps, supplements ---

  private static Fee fee(long amount) {
    return Fee.builder().kind(FeeKind.CHARGE).code("LP").name("Lệ phí").amount(amount).build();
  }

  @Test
  void fees_cannotBeNegative() {
    assertThat(problemsAt(change(valid).addFee(fee(-1)).build(), "/fees/0/amount"))
        .containsExactly(DossierRules.FEE_NEGATIVE);
    assertThat(problemsAt(change(valid).addFee(fee(0)).build(), "/fees/0/amount")).isEmpty();
  }

  @Test
  void steps_mustFollowReceiptAndEachOther() {
    ProcessingStep early = valid.steps().get(0).toBuilder().at(received.minusMinutes(1)).build();
    assertThat(problemsAt(change(valid).steps(List.of(early)).build(), "/steps/0/at"))
        .containsExactly(DossierRules.STEP_BEFORE_RECEIVED);
    List<ProcessingStep> reversed = List.of(valid.steps().get(1), valid.steps().get(0));
    assertThat(problemsAt(change(valid).steps(reversed).build(), "/steps/1/at"))
        .containsExactly(DossierRules.STEP_OUT_OF_ORDER);
  }

  @Test
  void supplements_cannotPrecedeReceipt() {
    SupplementRequest early =
        SupplementRequest.builder()
            .requestedAt(received.minusHours(1))
            .reason("Thiếu giấy chứng sinh")
            .build();
    assertThat(problemsAt(change(valid).addSupplement(early).build(), "/supplements/0/requestedAt"))
        .containsExactly(DossierRules.SUPPLEMENT_BEFORE_RECEIVED);
    SupplementRequest ok =
        early.toBuilder().requestedAt(received.plusHours(1)).addComponentCode("GCS").build();
    assertThat(validator.validate(change(valid).addSupplement(ok).build()).isValid()).isTrue();
  }

  // --- Bean Validation, reports, messages ---

  @Test
  void fieldConstraints_areReportedWithTheirJsonPaths() {
    Applicant blank =
        Samples.citizen().toBuilder().fullName(" ").birthDate(LocalDate.of(2030, 1, 1)).build();
    ValidationReport report =
        validator.validate(change(valid).applicant(blank).summary("x".repeat(2001)).build());

    assertThat(report.at("/applicant/fullName"))
        .extracting(Violation::code)
        .containsExactly("validation.not_blank");
    assertThat(report.at("/applicant/birthDate"))
        .extracting(Violation::code)
        .containsExactly(DossierRules.BIRTH_DATE_FUTURE);
    assertThat(report.at("/summary"))
        .extracting(Violation::code)
        .containsExactly("validation.size");
  }

  @Test
  void report_hasVietnameseAndEnglishMessagesWithoutInputValues() {
    Applicant bad = Samples.citizen().toBuilder().email("CANARY@@").build();
    ValidationReport report =
        validator.validate(change(valid).applicant(bad).dueAt(received).build());

    assertThat(report.messages(Locale.ENGLISH))
        .containsExactly(
            "/applicant/email: The e-mail address must have the form name@domain.",
            "/dueAt: The due date must be after the date of receipt.");
    assertThat(report.messages(Locale.forLanguageTag("vi")))
        .contains("/dueAt: Ngày hẹn trả phải sau ngày tiếp nhận.");
    assertThat(report.toString() + report.messages(Locale.ENGLISH)).doesNotContain("CANARY");
  }

  @Test
  void defaults_isSharedAndHasNoCatalogue() {
    assertThat(DossierValidator.defaults()).isSameAs(DossierValidator.defaults());
    assertThat(DossierValidator.defaults().validate(valid).isValid()).isTrue();
  }
}
