package vn.motcua.dossier.internal.validation;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Authorization;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierRules;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Fee;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.Representative;
import vn.motcua.dossier.Result;
import vn.motcua.dossier.SupplementRequest;

/** The rules that relate a dossier's fields to each other; each problem found is recorded. */
public final class DossierChecks {
  /** Dates in dossier codes and validity dates are read in Vietnam's time zone. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Set<DossierStatus> NEEDS_DUE_DATE =
      EnumSet.of(
          DossierStatus.ACCEPTED,
          DossierStatus.IN_PROCESS,
          DossierStatus.SUPPLEMENT_REQUESTED,
          DossierStatus.AWAITING_PAYMENT,
          DossierStatus.RESULT_READY,
          DossierStatus.RETURNED);

  private static final int SHA256_HEX_LENGTH = 64;
  private static final int MIN_PHONE_DIGITS = 8;
  private static final int MAX_PHONE_DIGITS = 15;

  private DossierChecks() {}

  /** Checks every cross-field rule of {@code d}. */
  public static void check(Dossier d, long maxDocumentSize, Clock clock, Problems problems) {
    OffsetDateTime received = d.receivedAt();
    checkDates(d, received, problems);
    checkApplicant(d.applicant(), clock, problems);
    d.representative().ifPresent(r -> checkRepresentative(d, r, problems));
    checkDocuments(d.documents(), maxDocumentSize, problems);
    List<Fee> fees = d.fees();
    for (int i = 0; i < fees.size(); i++) {
      if (fees.get(i).amount() < 0) {
        problems.add("/fees/" + i + "/amount", DossierRules.FEE_NEGATIVE);
      }
    }
    checkSteps(d.steps(), received, problems);
    List<SupplementRequest> supplements = d.supplements();
    for (int i = 0; i < supplements.size(); i++) {
      if (supplements.get(i).requestedAt().isBefore(received)) {
        problems.add("/supplements/" + i + "/requestedAt", DossierRules.SUPPLEMENT_BEFORE_RECEIVED);
      }
    }
    List<Result> results = d.results();
    for (int i = 0; i < results.size(); i++) {
      URI url = results.get(i).url().orElse(null);
      if (url != null && !isHttps(url)) {
        problems.add("/results/" + i + "/url", DossierRules.URL_SCHEME);
      }
    }
  }

  private static void checkDates(Dossier d, OffsetDateTime received, Problems problems) {
    OffsetDateTime due = d.dueAt().orElse(null);
    if (due == null) {
      if (NEEDS_DUE_DATE.contains(d.status())) {
        problems.add("/dueAt", DossierRules.DUE_AT_MISSING);
      }
    } else if (!due.isAfter(received)) {
      problems.add("/dueAt", DossierRules.DUE_BEFORE_RECEIVED);
    }
    d.finishedAt()
        .filter(t -> t.isBefore(received))
        .ifPresent(t -> problems.add("/finishedAt", DossierRules.FINISHED_BEFORE_RECEIVED));
    OffsetDateTime returned = d.returnedAt().orElse(null);
    if (returned == null) {
      if (d.status() == DossierStatus.RETURNED) {
        problems.add("/returnedAt", DossierRules.RETURNED_AT_MISSING);
      }
    } else if (returned.isBefore(received)) {
      problems.add("/returnedAt", DossierRules.RETURNED_BEFORE_RECEIVED);
    }
    LocalDate receivedInVietnam = received.atZoneSameInstant(VIETNAM).toLocalDate();
    if (!d.code().date().equals(receivedInVietnam)) {
      problems.add("/code", DossierRules.CODE_DATE_MISMATCH);
    }
  }

  private static void checkApplicant(Applicant a, Clock clock, Problems problems) {
    PersonalIdNumber personalId = a.personalId().orElse(null);
    if (a.kind() == ApplicantKind.CITIZEN) {
      if (personalId == null && a.legacyIdCard().isEmpty()) {
        problems.add("/applicant", DossierRules.APPLICANT_ID_MISSING);
      }
    } else if (a.taxCode().isEmpty()) {
      problems.add("/applicant", DossierRules.APPLICANT_ID_MISSING);
    }
    LocalDate birthDate = a.birthDate().orElse(null);
    if (birthDate != null && birthDate.isAfter(LocalDate.now(clock.withZone(VIETNAM)))) {
      problems.add("/applicant/birthDate", DossierRules.BIRTH_DATE_FUTURE);
    }
    if (personalId != null) {
      problems.addAll(
          personalId
              .checkConsistency(a.sex().orElse(null), birthDate)
              .and(personalId.checkBirthYearNotInFuture(clock))
              .under("/applicant/personalId"));
    }
    a.phone()
        .filter(p -> !isPhone(p))
        .ifPresent(p -> problems.add("/applicant/phone", DossierRules.PHONE_FORMAT));
    a.email()
        .filter(e -> !isEmail(e))
        .ifPresent(e -> problems.add("/applicant/email", DossierRules.EMAIL_FORMAT));
  }

  private static void checkRepresentative(Dossier d, Representative r, Problems problems) {
    r.phone()
        .filter(p -> !isPhone(p))
        .ifPresent(p -> problems.add("/representative/phone", DossierRules.PHONE_FORMAT));
    Authorization authorization = r.authorization().orElse(null);
    if (authorization == null) {
      problems.add("/representative/authorization", DossierRules.AUTHORIZATION_MISSING);
      return;
    }
    LocalDate receivedInVietnam = d.receivedAt().atZoneSameInstant(VIETNAM).toLocalDate();
    authorization
        .validUntil()
        .filter(until -> until.isBefore(receivedInVietnam))
        .ifPresent(
            until ->
                problems.add(
                    "/representative/authorization/validUntil",
                    DossierRules.AUTHORIZATION_EXPIRED));
    authorization
        .documentId()
        .filter(id -> d.documents().stream().noneMatch(doc -> doc.id().equals(id)))
        .ifPresent(
            id ->
                problems.add(
                    "/representative/authorization/documentId",
                    DossierRules.AUTHORIZATION_DOCUMENT_UNKNOWN));
  }

  private static void checkDocuments(
      List<Document> documents, long maxDocumentSize, Problems problems) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < documents.size(); i++) {
      Document doc = documents.get(i);
      String at = "/documents/" + i;
      if (!ids.add(doc.id())) {
        problems.add(at + "/id", DossierRules.DOCUMENT_DUPLICATE_ID);
      }
      String sha256 = doc.sha256().orElse(null);
      if (sha256 != null && !isLowercaseSha256(sha256)) {
        problems.add(at + "/sha256", DossierRules.SHA256_FORMAT);
      }
      Long size = doc.size().orElse(null);
      if (size != null && size > maxDocumentSize) {
        problems.add(at + "/size", DossierRules.DOCUMENT_TOO_LARGE, Map.of("max", maxDocumentSize));
      }
      URI url = doc.url().orElse(null);
      if (url == null && doc.contentRef().isEmpty()) {
        problems.add(at, DossierRules.CONTENT_MISSING);
      }
      if (url != null && !isHttps(url)) {
        problems.add(at + "/url", DossierRules.URL_SCHEME);
      }
    }
  }

  private static void checkSteps(
      List<ProcessingStep> steps, OffsetDateTime received, Problems problems) {
    OffsetDateTime previous = null;
    for (int i = 0; i < steps.size(); i++) {
      OffsetDateTime at = steps.get(i).at();
      if (at.isBefore(received)) {
        problems.add("/steps/" + i + "/at", DossierRules.STEP_BEFORE_RECEIVED);
      } else if (previous != null && at.isBefore(previous)) {
        problems.add("/steps/" + i + "/at", DossierRules.STEP_OUT_OF_ORDER);
      }
      previous = at;
    }
  }

  /** Returns whether {@code value} is 64 characters of {@code 0-9a-f}. */
  public static boolean isLowercaseSha256(String value) {
    if (value.length() != SHA256_HEX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  static boolean isPhone(String value) {
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (" +-.()".indexOf(c) < 0) {
        return false;
      }
    }
    return digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
  }

  static boolean isEmail(String value) {
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      return false;
    }
    String domain = value.substring(at + 1);
    if (domain.startsWith(".") || domain.endsWith(".") || domain.indexOf('.') < 0) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == 0x7f || (i != at && c == '@')) {
        return false;
      }
    }
    return true;
  }

  static boolean isHttps(URI url) {
    return url.isAbsolute() && "https".equalsIgnoreCase(url.getScheme()) && url.getHost() != null;
  }

  static @Nullable String mediaTypeEssence(@Nullable String mediaType) {
    if (mediaType == null) {
      return null;
    }
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
        .strip()
        .toLowerCase(java.util.Locale.ROOT);
  }
}
