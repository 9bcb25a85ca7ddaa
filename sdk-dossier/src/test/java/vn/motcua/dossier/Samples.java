package vn.motcua.dossier;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;

/** Synthetic dossiers for tests: every person, number and address is made up. */
public final class Samples {
  public static final ZoneOffset VN = ZoneOffset.ofHours(7);
  public static final OffsetDateTime RECEIVED = OffsetDateTime.of(2025, 3, 10, 8, 30, 0, 0, VN);
  public static final String PERSONAL_ID = "001099012345";
  public static final String SHA =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private Samples() {}

  public static Applicant citizen() {
    return Applicant.builder()
        .kind(ApplicantKind.CITIZEN)
        .fullName("Nguyễn Văn An")
        .personalId(PersonalIdNumber.parse(PERSONAL_ID))
        .birthDate(LocalDate.of(1999, 5, 17))
        .sex(Sex.MALE)
        .address("Số 1 phố Tràng Tiền, Hoàn Kiếm, Hà Nội")
        .phone("0912345678")
        .email("an.nguyen@example.com")
        .build();
  }

  public static Document document(String id, String component) {
    return Document.builder()
        .id(id)
        .componentCode(component)
        .name(component + ".pdf")
        .mediaType("application/pdf")
        .size(120_000L)
        .sha256(SHA)
        .url(URI.create("https://files.example.gov.vn/" + id))
        .signed(true)
        .build();
  }

  /** A valid online birth registration against the sample catalogue's 1.001193. */
  public static Dossier birthRegistration() {
    return Dossier.builder()
        .code(DossierCode.parse("000.00.12.H01-250310-0001"))
        .procedure(
            ProcedureRef.of(
                ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", Sector.of("HT", "Hộ tịch")))
        .agency(Agency.of(AgencyCode.parse("000.00.12.H01"), "UBND phường Tràng Tiền"))
        .applicant(citizen())
        .channel(Channel.ONLINE)
        .status(DossierStatus.IN_PROCESS)
        .receivedAt(RECEIVED)
        .dueAt(RECEIVED.plusDays(1))
        .receiptNumber("BN-0001")
        .summary("Đăng ký khai sinh cho con")
        .addDocument(document("tl-1", "TK-KS"))
        .addDocument(document("tl-2", "GCS"))
        .addStep(
            ProcessingStep.builder()
                .status(DossierStatus.ACCEPTED)
                .at(RECEIVED.plusMinutes(5))
                .handlerName("Trần Thị Bình")
                .handlerTitle("Công chức tư pháp - hộ tịch")
                .unit("Bộ phận một cửa")
                .content("Tiếp nhận hồ sơ")
                .build())
        .addStep(
            ProcessingStep.builder()
                .status(DossierStatus.IN_PROCESS)
                .at(RECEIVED.plusMinutes(30))
                .content("Chuyển xử lý")
                .startedAt(RECEIVED.plusMinutes(30))
                .dueAt(RECEIVED.plusDays(1))
                .build())
        .build();
  }

  /** A valid organisation dossier: construction permit at the desk, with a fee. */
  public static Dossier constructionPermit() {
    OffsetDateTime received = OffsetDateTime.of(2025, 4, 2, 9, 0, 0, 0, VN);
    Document certified = document("tl-2", "QSDD").toBuilder().certifiedCopy(true).build();
    return Dossier.builder()
        .code(DossierCode.parse("000.00.07.H29-250402-0042"))
        .procedure(
            ProcedureRef.of(
                ProcedureCode.parse("1.009794.000.00.07.H29"),
                "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
                Sector.of("XD", "Hoạt động xây dựng")))
        .agency(Agency.of(AgencyCode.parse("000.00.07.H29"), null))
        .applicant(
            Applicant.builder()
                .kind(ApplicantKind.ORGANIZATION)
                .fullName("Công ty TNHH Xây dựng Mẫu")
                .taxCode(TaxCode.parse("0100109106"))
                .build())
        .representative(
            Representative.builder()
                .fullName("Lê Văn Cường")
                .personalId(PersonalIdNumber.parse("079088001234"))
                .authorization(
                    Authorization.builder()
                        .number("12/2025/UQ")
                        .issuedOn(LocalDate.of(2025, 3, 1))
                        .validUntil(LocalDate.of(2025, 12, 31))
                        .documentId("tl-4")
                        .build())
                .build())
        .channel(Channel.DESK)
        .status(DossierStatus.ACCEPTED)
        .receivedAt(received)
        .dueAt(received.plusDays(21))
        .addDocument(document("tl-1", "DDN-GPXD"))
        .addDocument(certified)
        .addDocument(document("tl-3", "BVTK"))
        .addDocument(
            document("tl-4", "UQ").toBuilder()
                .componentCode(null)
                .contentRef("store:uq")
                .url(null)
                .build())
        .addFee(
            Fee.builder()
                .kind(FeeKind.CHARGE)
                .code("LP-GPXD")
                .name("Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ")
                .amount(75_000)
                .build())
        .build();
  }
}
