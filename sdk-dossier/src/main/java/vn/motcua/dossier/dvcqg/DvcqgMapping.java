package vn.motcua.dossier.dvcqg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Fee;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.Result;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.dossier.internal.dvcqg.PortalDossierReader;
import vn.motcua.dossier.internal.dvcqg.PortalValues;

/**
 * Maps dossiers and processing steps to the national portal's payload elements and back, under the
 * DVCQG adapter profile: every value a string, times {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh
 * (seconds precision), codes as decimal strings.
 *
 * <p>What maps where is listed in {@code docs/reference/portal-field-mapping.md}. The portal's
 * element holds less than the model: representatives, addresses, document digests, sizes and media
 * types, processing steps (sent separately with {@code CapNhatTienDoHoSoMC}) and extensions are not
 * sent, and a citizen's tax code is sent only when there is no ID number. Mapping back yields a
 * dossier without them; documents the portal marks deleted are dropped. For every element this
 * class writes, mapping back and writing again gives the same element.
 *
 * <p>Stateless and thread-safe.
 */
public final class DvcqgMapping {
  private static final DvcqgMapping DEFAULTS = new DvcqgMapping();

  private DvcqgMapping() {}

  /** Returns the mapping of the DVCQG profile as documented. */
  public static DvcqgMapping defaults() {
    return DEFAULTS;
  }

  /** Returns the {@code DongBoHoSoMC} element for {@code dossier}; every field is present. */
  public PortalDossier toPortal(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    Applicant applicant = dossier.applicant();
    List<PortalDocument> documents = new ArrayList<>();
    List<PortalDocument> others = new ArrayList<>();
    for (Document d : dossier.documents()) {
      (d.componentCode().isPresent() ? documents : others).add(document(d));
    }
    return new PortalDossier(
        dossier.code().value(),
        dossier.procedure().code().national().value(),
        dossier.procedure().name(),
        dossier.procedure().sector().code(),
        dossier.procedure().sector().name(),
        dossier.receiptNumber().orElse(""),
        applicant.fullName(),
        String.valueOf(applicant.kind().code()),
        ownerId(applicant),
        "",
        applicant.email().orElse(""),
        "",
        applicant.phone().orElse(""),
        dossier.summary().orElse(""),
        PortalValues.time(dossier.receivedAt()),
        PortalValues.time(dossier.dueAt().orElse(null)),
        String.valueOf(dossier.status().code()),
        PortalValues.time(dossier.returnedAt().orElse(null)),
        "",
        String.valueOf(dossier.channel().code()),
        PortalValues.time(dossier.finishedAt().orElse(null)),
        dossier.agency().name().orElse(""),
        dossier.note().orElse(""),
        documents,
        dossier.fees().stream().map(DvcqgMapping::fee).toList(),
        others,
        dossier.supplements().stream().map(DvcqgMapping::supplement).toList(),
        dossier.results().stream().map(DvcqgMapping::result).toList());
  }

  /** Returns the {@code CapNhatTienDoHoSoMC} element for one step of the dossier {@code code}. */
  public PortalProgress toPortal(DossierCode code, ProcessingStep step) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(step, "step");
    return new PortalProgress(
        code.value(),
        step.handlerName().orElse(""),
        step.handlerTitle().orElse(""),
        PortalValues.time(step.at()),
        step.unit().orElse(""),
        step.content().orElse(""),
        String.valueOf(step.status().code()),
        PortalValues.time(step.startedAt().orElse(null)),
        PortalValues.time(step.dueAt().orElse(null)));
  }

  /**
   * Returns the dossier a {@code DongBoHoSoMC} element describes, as the portal pushes dossiers
   * submitted on it. The agency is the one named in the dossier code, with {@code DonViXuLy} as its
   * name; the result is not validated (check it with {@link vn.motcua.dossier.DossierValidator}).
   *
   * @throws InvalidInputException with code {@code dvcqg.invalid} listing every unusable value at
   *     its portal field path ({@code /NgayTiepNhan}, {@code /TaiLieuNop/0/TepDinhKemId}) with
   *     codes {@code dvcqg.missing}, {@code dvcqg.invalid_time}, {@code dvcqg.invalid_code}, {@code
   *     dvcqg.invalid_amount}, {@code dvcqg.invalid_url} or the identifier rule broken
   */
  public Dossier fromPortal(PortalDossier element) {
    return PortalDossierReader.read(Objects.requireNonNull(element, "element"));
  }

  /**
   * Returns the processing step a {@code CapNhatTienDoHoSoMC} element describes.
   *
   * @throws InvalidInputException with code {@code dvcqg.invalid} listing every unusable value
   */
  public ProcessingStep fromPortal(PortalProgress element) {
    return PortalDossierReader.read(Objects.requireNonNull(element, "element"));
  }

  private static String ownerId(Applicant a) {
    if (a.kind() == ApplicantKind.ORGANIZATION) {
      return a.taxCode().map(t -> t.value()).orElse("");
    }
    if (a.personalId().isPresent()) {
      return a.personalId().get().value();
    }
    if (a.legacyIdCard().isPresent()) {
      return a.legacyIdCard().get().value();
    }
    return "";
  }

  private static PortalDocument document(Document d) {
    return new PortalDocument(
        d.id(),
        d.name(),
        "False",
        d.componentCode().orElse(""),
        d.url().map(Object::toString).orElse(""));
  }

  private static PortalFee fee(Fee f) {
    return new PortalFee(
        f.name(),
        f.code().orElse(""),
        f.collectionMethod().orElse(""),
        Long.toString(f.amount()),
        String.valueOf(f.kind().code()));
  }

  private static PortalSupplement supplement(SupplementRequest s) {
    return new PortalSupplement(
        PortalValues.time(s.requestedAt()),
        s.reason(),
        PortalValues.time(s.deadline().orElse(null)),
        String.join(";", s.componentCodes()),
        PortalValues.time(s.fulfilledAt().orElse(null)));
  }

  private static PortalResult result(Result r) {
    return new PortalResult(
        r.name(), r.componentCode().orElse(""), r.id(), r.url().map(Object::toString).orElse(""));
  }

  @Override
  public String toString() {
    return "DvcqgMapping[zone=Asia/Ho_Chi_Minh]";
  }
}
