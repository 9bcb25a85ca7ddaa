package vn.motcua.dossier;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.id.Province;
import vn.motcua.core.id.ProvinceCodes;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;

/**
 * Generators of dossiers the builder can make, with synthetic data: any combination of optional
 * parts, times at any offset, valid or not under the validator's rules. Text is one to three words,
 * never blank: blank text has no portal representation distinct from absent.
 */
public final class DossierArbitraries {
  private static final List<ZoneOffset> OFFSETS =
      List.of(ZoneOffset.ofHours(7), ZoneOffset.UTC, ZoneOffset.ofHours(9), ZoneOffset.ofHours(-5));

  private DossierArbitraries() {}

  static Arbitrary<String> digits(int length) {
    return Arbitraries.strings().withCharRange('0', '9').ofLength(length);
  }

  /** One to three words of ASCII and Vietnamese letters. */
  public static Arbitrary<String> text() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars("Đđăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ0123456789")
            .ofMinLength(1)
            .ofMaxLength(12);
    return word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
  }

  static Arbitrary<String> code() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .withChars("-0123456789")
        .ofMinLength(1)
        .ofMaxLength(10);
  }

  static Arbitrary<AgencyCode> agencies() {
    return Combinators.combine(digits(2), Arbitraries.of("H", "G"), digits(2))
        .as((mid, group, n) -> AgencyCode.parse("000.00." + mid + "." + group + n));
  }

  static Arbitrary<OffsetDateTime> times() {
    return Combinators.combine(
            Arbitraries.longs().between(946_684_800L, 4_102_444_799L),
            Arbitraries.integers().between(0, 999_999_999).injectDuplicates(0.5),
            Arbitraries.of(OFFSETS))
        .as(
            (seconds, nanos, offset) ->
                OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos), offset));
  }

  static Arbitrary<PersonalIdNumber> personalIds() {
    Arbitrary<String> provinces =
        Arbitraries.of(ProvinceCodes.defaults().all()).map(Province::code);
    return Combinators.combine(
            provinces, Arbitraries.integers().between(0, 9), digits(2), digits(6))
        .as((p, c, year, random) -> PersonalIdNumber.parse(p + c + year + random));
  }

  static Arbitrary<TaxCode> taxCodes() {
    return digits(9)
        .map(TaxCode::withCheckDigit)
        .filter(Optional::isPresent)
        .map(Optional::orElseThrow);
  }

  static Arbitrary<URI> urls() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(1)
        .ofMaxLength(8)
        .map(s -> URI.create("https://files.example.vn/" + s));
  }

  static Arbitrary<Applicant> applicants() {
    return Builders.withBuilder(Applicant::builder)
        .use(Arbitraries.of(ApplicantKind.class))
        .in(Applicant.Builder::kind)
        .use(text())
        .in(Applicant.Builder::fullName)
        .use(personalIds())
        .withProbability(0.7)
        .in(Applicant.Builder::personalId)
        .use(digits(9).map(LegacyIdCardNumber::parse))
        .withProbability(0.2)
        .in(Applicant.Builder::legacyIdCard)
        .use(taxCodes())
        .withProbability(0.5)
        .in(Applicant.Builder::taxCode)
        .use(Arbitraries.of(LocalDate.of(1950, 1, 1), LocalDate.of(1999, 5, 17)))
        .withProbability(0.3)
        .in(Applicant.Builder::birthDate)
        .use(Arbitraries.of(Sex.class))
        .withProbability(0.3)
        .in(Applicant.Builder::sex)
        .use(text())
        .withProbability(0.5)
        .in(Applicant.Builder::address)
        .use(digits(10))
        .withProbability(0.5)
        .in(Applicant.Builder::phone)
        .use(text().map(t -> t.replace(' ', '.') + "@example.vn"))
        .withProbability(0.5)
        .in(Applicant.Builder::email)
        .build(Applicant.Builder::build);
  }

  static Arbitrary<Representative> representatives() {
    Arbitrary<Authorization> authorizations =
        Builders.withBuilder(Authorization::builder)
            .use(Arbitraries.of(LocalDate.of(2024, 1, 2), LocalDate.of(2025, 6, 30)))
            .in(Authorization.Builder::issuedOn)
            .use(text())
            .withProbability(0.5)
            .in(Authorization.Builder::number)
            .use(Arbitraries.of(LocalDate.of(2030, 1, 1)))
            .withProbability(0.5)
            .in(Authorization.Builder::validUntil)
            .use(code())
            .withProbability(0.5)
            .in(Authorization.Builder::documentId)
            .build(Authorization.Builder::build);
    return Builders.withBuilder(Representative::builder)
        .use(text())
        .in(Representative.Builder::fullName)
        .use(personalIds())
        .withProbability(0.8)
        .in(Representative.Builder::personalId)
        .use(digits(10))
        .withProbability(0.5)
        .in(Representative.Builder::phone)
        .use(authorizations)
        .withProbability(0.8)
        .in(Representative.Builder::authorization)
        .build(Representative.Builder::build);
  }

  static Arbitrary<Document> documents() {
    return Builders.withBuilder(Document::builder)
        .use(code())
        .in(Document.Builder::id)
        .use(code())
        .withProbability(0.8)
        .in(Document.Builder::componentCode)
        .use(text())
        .in(Document.Builder::name)
        .use(Arbitraries.of("application/pdf", "image/jpeg"))
        .withProbability(0.9)
        .in(Document.Builder::mediaType)
        .use(Arbitraries.longs().between(0, 100_000_000L))
        .withProbability(0.9)
        .in(Document.Builder::size)
        .use(Arbitraries.strings().withChars("0123456789abcdef").ofLength(64))
        .withProbability(0.9)
        .in(Document.Builder::sha256)
        .use(urls())
        .withProbability(0.8)
        .in(Document.Builder::url)
        .use(code())
        .withProbability(0.3)
        .in(Document.Builder::contentRef)
        .use(Arbitraries.of(true, false))
        .in(Document.Builder::certifiedCopy)
        .use(Arbitraries.of(true, false))
        .in(Document.Builder::signed)
        .build(Document.Builder::build);
  }

  static Arbitrary<Fee> fees() {
    return Builders.withBuilder(Fee::builder)
        .use(Arbitraries.of(FeeKind.class))
        .in(Fee.Builder::kind)
        .use(text())
        .in(Fee.Builder::name)
        .use(Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
        .in(Fee.Builder::amount)
        .use(code())
        .withProbability(0.8)
        .in(Fee.Builder::code)
        .use(Arbitraries.of("1", "2"))
        .withProbability(0.3)
        .in(Fee.Builder::collectionMethod)
        .build(Fee.Builder::build);
  }

  static Arbitrary<SupplementRequest> supplements() {
    return Builders.withBuilder(SupplementRequest::builder)
        .use(times())
        .in(SupplementRequest.Builder::requestedAt)
        .use(text())
        .in(SupplementRequest.Builder::reason)
        .use(times())
        .withProbability(0.5)
        .in(SupplementRequest.Builder::deadline)
        .use(code().list().ofMaxSize(3))
        .in(SupplementRequest.Builder::componentCodes)
        .use(times())
        .withProbability(0.5)
        .in(SupplementRequest.Builder::fulfilledAt)
        .build(SupplementRequest.Builder::build);
  }

  static Arbitrary<Result> results() {
    return Builders.withBuilder(Result::builder)
        .use(code())
        .in(Result.Builder::id)
        .use(text())
        .in(Result.Builder::name)
        .use(code())
        .withProbability(0.5)
        .in(Result.Builder::componentCode)
        .use(urls())
        .withProbability(0.5)
        .in(Result.Builder::url)
        .build(Result.Builder::build);
  }

  static Arbitrary<ProcessingStep> steps() {
    return Builders.withBuilder(ProcessingStep::builder)
        .use(Arbitraries.of(DossierStatus.class))
        .in(ProcessingStep.Builder::status)
        .use(times())
        .in(ProcessingStep.Builder::at)
        .use(text())
        .withProbability(0.5)
        .in(ProcessingStep.Builder::handlerName)
        .use(text())
        .withProbability(0.5)
        .in(ProcessingStep.Builder::handlerTitle)
        .use(text())
        .withProbability(0.5)
        .in(ProcessingStep.Builder::unit)
        .use(text())
        .withProbability(0.5)
        .in(ProcessingStep.Builder::content)
        .use(times())
        .withProbability(0.5)
        .in(ProcessingStep.Builder::startedAt)
        .use(times())
        .withProbability(0.5)
        .in(ProcessingStep.Builder::dueAt)
        .build(ProcessingStep.Builder::build);
  }

  /** Any dossier the builder can make. */
  public static Arbitrary<Dossier> dossiers() {
    Arbitrary<DossierCode> codes =
        Combinators.combine(
                agencies(),
                Arbitraries.integers().between(0, 36_000),
                Arbitraries.integers().between(1, 9999))
            .as(
                (agency, day, n) ->
                    DossierCode.of(agency, LocalDate.of(2000, 1, 1).plusDays(day), n));
    Arbitrary<ProcedureRef> procedures =
        Combinators.combine(
                Arbitraries.integers().between(1, 3),
                digits(6),
                Arbitraries.of("", ".000.00.00.H01"),
                text(),
                code(),
                text())
            .as(
                (a, b, local, name, sectorCode, sectorName) ->
                    ProcedureRef.of(
                        ProcedureCode.parse(a + "." + b + local),
                        name,
                        Sector.of(sectorCode, sectorName)));
    return Builders.withBuilder(Dossier::builder)
        .use(codes)
        .in(Dossier.Builder::code)
        .use(procedures)
        .in(Dossier.Builder::procedure)
        .use(Combinators.combine(agencies(), text().injectNull(0.3)).as(Agency::of))
        .in(Dossier.Builder::agency)
        .use(applicants())
        .in(Dossier.Builder::applicant)
        .use(representatives())
        .withProbability(0.3)
        .in(Dossier.Builder::representative)
        .use(Arbitraries.of(Channel.class))
        .in(Dossier.Builder::channel)
        .use(Arbitraries.of(DossierStatus.class))
        .in(Dossier.Builder::status)
        .use(times())
        .in(Dossier.Builder::receivedAt)
        .use(times())
        .withProbability(0.7)
        .in(Dossier.Builder::dueAt)
        .use(times())
        .withProbability(0.3)
        .in(Dossier.Builder::finishedAt)
        .use(times())
        .withProbability(0.3)
        .in(Dossier.Builder::returnedAt)
        .use(code())
        .withProbability(0.5)
        .in(Dossier.Builder::receiptNumber)
        .use(text())
        .withProbability(0.5)
        .in(Dossier.Builder::summary)
        .use(text())
        .withProbability(0.3)
        .in(Dossier.Builder::note)
        .use(documents().list().ofMaxSize(4))
        .in(Dossier.Builder::documents)
        .use(fees().list().ofMaxSize(3))
        .in(Dossier.Builder::fees)
        .use(supplements().list().ofMaxSize(2))
        .in(Dossier.Builder::supplements)
        .use(results().list().ofMaxSize(2))
        .in(Dossier.Builder::results)
        .use(steps().list().ofMaxSize(3))
        .in(Dossier.Builder::steps)
        .build(Dossier.Builder::build);
  }
}
