package vn.motcua.dossier.internal.dvcqg;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.id.TaxCode;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Fee;
import vn.motcua.dossier.FeeKind;
import vn.motcua.dossier.ProcedureRef;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.Result;
import vn.motcua.dossier.Sector;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.dossier.dvcqg.PortalDocument;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.dvcqg.PortalFee;
import vn.motcua.dossier.dvcqg.PortalProgress;
import vn.motcua.dossier.dvcqg.PortalResult;
import vn.motcua.dossier.dvcqg.PortalSupplement;
import vn.motcua.dossier.internal.validation.Problems;

/**
 * Turns the portal's dossier and progress elements back into the model, collecting every value it
 * cannot use under the portal's own field names, so that nothing is half-built.
 */
public final class PortalDossierReader {
  /** The exception code of an element that cannot be mapped. */
  public static final String INVALID = "dvcqg.invalid";

  static final String MISSING = "dvcqg.missing";
  static final String INVALID_TIME = "dvcqg.invalid_time";
  static final String INVALID_CODE = "dvcqg.invalid_code";
  static final String INVALID_AMOUNT = "dvcqg.invalid_amount";
  static final String INVALID_URL = "dvcqg.invalid_url";

  private final Problems problems = new Problems();

  private PortalDossierReader() {}

  /**
   * Maps a dossier element.
   *
   * @throws InvalidInputException with code {@code dvcqg.invalid} listing every problem
   */
  public static Dossier read(PortalDossier p) {
    PortalDossierReader r = new PortalDossierReader();
    Dossier.Builder b = Dossier.builder();
    DossierCode code = r.identifier(p.dossierCode(), "/MaHoSo", true, DossierCode::parse);
    ProcedureCode procedure =
        r.identifier(p.procedureCode(), "/MaTTHC", true, ProcedureCode::parse);
    String procedureName = r.required(p.procedureName(), "/TenTTHC");
    String sectorCode = r.required(p.sectorCode(), "/MaLinhVuc");
    String sectorName = r.required(p.sectorName(), "/TenLinhVuc");
    if (procedure != null && procedureName != null && sectorCode != null && sectorName != null) {
      b.procedure(ProcedureRef.of(procedure, procedureName, Sector.of(sectorCode, sectorName)));
    }
    if (code != null) {
      b.code(code).agency(Agency.of(code.agency(), PortalValues.present(p.processingUnit())));
    }
    Applicant applicant = r.applicant(p);
    if (applicant != null) {
      b.applicant(applicant);
    }
    Channel channel = r.code(p.channel(), "/HinhThuc", true, c -> Channel.fromCode((int) c));
    DossierStatus status =
        r.code(p.status(), "/TrangThaiHoSo", true, c -> DossierStatus.fromCode((int) c));
    OffsetDateTime received = r.time(p.receivedAt(), "/NgayTiepNhan", true);
    if (channel != null) {
      b.channel(channel);
    }
    if (status != null) {
      b.status(status);
    }
    if (received != null) {
      b.receivedAt(received);
    }
    b.dueAt(r.time(p.dueAt(), "/NgayHenTra", false))
        .returnedAt(r.time(p.returnedAt(), "/NgayTra", false))
        .finishedAt(r.time(p.finishedAt(), "/NgayKetThucXuLy", false))
        .receiptNumber(PortalValues.present(p.receiptNumber()))
        .summary(PortalValues.present(p.summary()))
        .note(PortalValues.present(p.note()));
    r.documents(p.documents(), "/TaiLieuNop", b);
    r.documents(p.otherAttachments(), "/DanhSachTepDinhKemKhac", b);
    List<PortalFee> fees = p.fees() == null ? List.of() : p.fees();
    for (int i = 0; i < fees.size(); i++) {
      Fee fee = r.fee(fees.get(i), "/DanhSachLePhi/" + i);
      if (fee != null) {
        b.addFee(fee);
      }
    }
    List<PortalSupplement> supplements = p.supplements() == null ? List.of() : p.supplements();
    for (int i = 0; i < supplements.size(); i++) {
      SupplementRequest s = r.supplement(supplements.get(i), "/DanhSachHoSoBoSung/" + i);
      if (s != null) {
        b.addSupplement(s);
      }
    }
    List<PortalResult> results = p.results() == null ? List.of() : p.results();
    for (int i = 0; i < results.size(); i++) {
      Result result = r.result(results.get(i), "/DanhSachGiayToKetQua/" + i);
      if (result != null) {
        b.addResult(result);
      }
    }
    r.throwIfAny();
    return b.build();
  }

  /**
   * Maps a progress element.
   *
   * @throws InvalidInputException with code {@code dvcqg.invalid} listing every problem
   */
  public static ProcessingStep read(PortalProgress p) {
    PortalDossierReader r = new PortalDossierReader();
    DossierStatus status =
        r.code(p.status(), "/TrangThai", true, c -> DossierStatus.fromCode((int) c));
    OffsetDateTime at = r.time(p.at(), "/ThoiDiemXuLy", true);
    OffsetDateTime startedAt = r.time(p.startedAt(), "/NgayBatDau", false);
    OffsetDateTime dueAt = r.time(p.dueAt(), "/NgayKetThucTheoQuyDinh", false);
    r.throwIfAny();
    return ProcessingStep.builder()
        .status(status)
        .at(at)
        .handlerName(PortalValues.present(p.handlerName()))
        .handlerTitle(PortalValues.present(p.handlerTitle()))
        .unit(PortalValues.present(p.unit()))
        .content(PortalValues.present(p.content()))
        .startedAt(startedAt)
        .dueAt(dueAt)
        .build();
  }

  private @Nullable Applicant applicant(PortalDossier p) {
    ApplicantKind kind =
        code(p.ownerKind(), "/LoaiDoiTuong", true, c -> ApplicantKind.fromCode((int) c));
    String name = required(p.ownerName(), "/ChuHoSo");
    if (kind == null || name == null) {
      return null;
    }
    Applicant.Builder a =
        Applicant.builder()
            .kind(kind)
            .fullName(name)
            .email(PortalValues.present(p.email()))
            .phone(PortalValues.present(p.phone()));
    String id = PortalValues.present(p.ownerId());
    if (id != null) {
      if (kind == ApplicantKind.ORGANIZATION) {
        a.taxCode(identifier(id, "/MaDoiTuong", true, TaxCode::parse));
      } else if (id.strip().length() == 9) {
        a.legacyIdCard(identifier(id, "/MaDoiTuong", true, LegacyIdCardNumber::parse));
      } else {
        a.personalId(identifier(id, "/MaDoiTuong", true, PersonalIdNumber::parse));
      }
    }
    return a.build();
  }

  private void documents(@Nullable List<PortalDocument> documents, String path, Dossier.Builder b) {
    if (documents == null) {
      return;
    }
    for (int i = 0; i < documents.size(); i++) {
      PortalDocument d = documents.get(i);
      String at = path + "/" + i;
      if ("true".equalsIgnoreCase(PortalValues.text(d.deleted()).strip())) {
        continue; // removed on the portal: no longer part of the dossier
      }
      String id = required(d.fileId(), at + "/TepDinhKemId");
      String name = required(d.fileName(), at + "/TenTepDinhKem");
      URI url = url(d.url(), at + "/DuongDanTaiTepTin");
      if (id != null && name != null) {
        b.addDocument(
            Document.builder()
                .id(id)
                .name(name)
                .componentCode(PortalValues.present(d.componentCode()))
                .url(url)
                .build());
      }
    }
  }

  private @Nullable Fee fee(PortalFee f, String at) {
    FeeKind kind = code(f.kind(), at + "/LoaiPhiLePhi", true, c -> FeeKind.fromCode((int) c));
    String name = required(f.name(), at + "/TenPhiLePhi");
    Long amount = null;
    String amountText = PortalValues.present(f.amount());
    if (amountText == null) {
      problems.add(at + "/Gia", MISSING);
    } else {
      // A negative amount maps back as given, for the validator to report (dossier.fee.negative).
      String digits = amountText.strip();
      boolean negative = digits.startsWith("-");
      amount = PortalValues.number(negative ? digits.substring(1) : digits, 15);
      if (amount != null && negative) {
        amount = -amount;
      }
      if (amount == null) {
        problems.add(at + "/Gia", INVALID_AMOUNT);
      }
    }
    if (kind == null || name == null || amount == null) {
      return null;
    }
    return Fee.builder()
        .kind(kind)
        .name(name)
        .amount(amount)
        .code(PortalValues.present(f.code()))
        .collectionMethod(PortalValues.present(f.collectionMethod()))
        .build();
  }

  private @Nullable SupplementRequest supplement(PortalSupplement s, String at) {
    OffsetDateTime requestedAt = time(s.requestedAt(), at + "/NgayYeuCauBoSung", true);
    String reason = required(s.reason(), at + "/NoiDungYeuCauBoSung");
    OffsetDateTime deadline = time(s.deadline(), at + "/HanBoSung", false);
    OffsetDateTime fulfilledAt = time(s.fulfilledAt(), at + "/NgayBoSung", false);
    if (requestedAt == null || reason == null) {
      return null;
    }
    SupplementRequest.Builder b =
        SupplementRequest.builder()
            .requestedAt(requestedAt)
            .reason(reason)
            .deadline(deadline)
            .fulfilledAt(fulfilledAt);
    String codes = PortalValues.present(s.componentCodes());
    if (codes != null) {
      for (String c : codes.split(";", -1)) {
        if (!c.isBlank()) {
          b.addComponentCode(c.strip());
        }
      }
    }
    return b.build();
  }

  private @Nullable Result result(PortalResult r, String at) {
    String id = required(r.id(), at + "/GiayToId");
    String name = required(r.name(), at + "/TenGiayTo");
    URI url = url(r.url(), at + "/DuongDanTepTinKetQua");
    if (id == null || name == null) {
      return null;
    }
    return Result.builder()
        .id(id)
        .name(name)
        .componentCode(PortalValues.present(r.componentCode()))
        .url(url)
        .build();
  }

  private @Nullable String required(@Nullable String value, String path) {
    String present = PortalValues.present(value);
    if (present == null) {
      problems.add(path, MISSING);
    }
    return present;
  }

  private @Nullable OffsetDateTime time(@Nullable String value, String path, boolean required) {
    String present = PortalValues.present(value);
    if (present == null) {
      if (required) {
        problems.add(path, MISSING);
      }
      return null;
    }
    OffsetDateTime time = PortalValues.parseTime(present);
    if (time == null) {
      problems.add(path, INVALID_TIME);
    }
    return time;
  }

  private <T> @Nullable T code(
      @Nullable String value, String path, boolean required, LongFunction<Optional<T>> lookup) {
    String present = PortalValues.present(value);
    if (present == null) {
      if (required) {
        problems.add(path, MISSING);
      }
      return null;
    }
    Long number = PortalValues.number(present, 2);
    T found = number == null ? null : lookup.apply(number).orElse(null);
    if (found == null) {
      problems.add(path, INVALID_CODE);
    }
    return found;
  }

  private <T> @Nullable T identifier(
      @Nullable String value, String path, boolean required, Function<String, T> parse) {
    String present = PortalValues.present(value);
    if (present == null) {
      if (required) {
        problems.add(path, MISSING);
      }
      return null;
    }
    try {
      return parse.apply(present);
    } catch (InvalidInputException e) {
      problems.addAll(e.report().under(path));
      return null;
    }
  }

  private @Nullable URI url(@Nullable String value, String path) {
    String present = PortalValues.present(value);
    if (present == null) {
      return null;
    }
    try {
      return new URI(present.strip());
    } catch (URISyntaxException e) {
      problems.add(path, INVALID_URL);
      return null;
    }
  }

  private void throwIfAny() {
    var report = problems.report();
    if (!report.isValid()) {
      throw new InvalidInputException(
          INVALID, "Cannot map the portal's element: " + report.summary(), report, null);
    }
  }
}
