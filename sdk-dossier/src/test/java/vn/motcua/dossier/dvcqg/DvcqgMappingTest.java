package vn.motcua.dossier.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.FeeKind;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.Result;
import vn.motcua.dossier.Samples;
import vn.motcua.dossier.SupplementRequest;

class DvcqgMappingTest {
  private final DvcqgMapping mapping = DvcqgMapping.defaults();

  private static Dossier birthWithEverything() {
    Dossier d = Samples.birthRegistration();
    return d.toBuilder()
        .status(DossierStatus.RETURNED)
        .finishedAt(d.receivedAt().plusHours(20))
        .returnedAt(d.receivedAt().plusHours(23))
        .note("Trả kết quả qua bưu chính")
        .addSupplement(
            SupplementRequest.builder()
                .requestedAt(d.receivedAt().plusHours(1))
                .reason("Bổ sung giấy chứng sinh bản rõ nét")
                .deadline(d.receivedAt().plusDays(3))
                .addComponentCode("GCS")
                .addComponentCode("TK-KS")
                .fulfilledAt(d.receivedAt().plusHours(2))
                .build())
        .addResult(
            Result.builder()
                .id("kq-1")
                .name("Giấy khai sinh (bản chính)")
                .componentCode("KQ-GKS")
                .url(URI.create("https://files.example.gov.vn/kq-1"))
                .build())
        .build();
  }

  @Test
  void birthRegistration_mapsToTheGoldenDongBoHoSoMCElement() {
    Golden.assertMatches(
        "dongbohosomc-birth-registration.json", mapping.toPortal(birthWithEverything()));
  }

  @Test
  void organisationWithFeesAndAttachments_mapsToTheGoldenElement() {
    Golden.assertMatches(
        "dongbohosomc-construction-permit.json", mapping.toPortal(Samples.constructionPermit()));
  }

  @Test
  void processingStep_mapsToTheGoldenCapNhatTienDoHoSoMCElement() {
    Dossier d = Samples.birthRegistration();
    Golden.assertMatches(
        "capnhattiendohosomc-step.json", mapping.toPortal(d.code(), d.steps().get(1)));
  }

  @Test
  void times_areWrittenInVietnamWhateverTheOffset() {
    Dossier d = Samples.birthRegistration();
    OffsetDateTime utc = OffsetDateTime.parse("2025-03-10T01:30:00.987Z");
    PortalDossier p = mapping.toPortal(d.toBuilder().receivedAt(utc).build());
    assertThat(p.receivedAt()).isEqualTo("20250310083000");
    assertThat(p.returnedAt()).isEmpty();
  }

  @Test
  void everyScalarIsAStringAndEveryFieldIsPresent() {
    var tree =
        MotcuaJson.strict()
            .readTree(MotcuaJson.strict().write(mapping.toPortal(Samples.birthRegistration())));
    assertThat(tree.propertyNames()).hasSize(28);
    tree.properties()
        .forEach(
            e ->
                assertThat(e.getValue().isString() || e.getValue().isArray())
                    .as(e.getKey())
                    .isTrue());
  }

  @Test
  void portalPush_mapsBackToADossier() {
    PortalDossier pushed =
        MotcuaJson.lenient().read(Golden.read("portal-push.json"), PortalDossier.class);

    Dossier d = mapping.fromPortal(pushed);

    assertThat(d.code().value()).isEqualTo("000.00.12.H01-250310-0007");
    assertThat(d.agency().code().value()).isEqualTo("000.00.12.H01");
    assertThat(d.procedure().code().value()).isEqualTo("1.001193");
    assertThat(d.applicant().kind()).isEqualTo(ApplicantKind.CITIZEN);
    assertThat(d.applicant().personalId().orElseThrow().value()).isEqualTo("001099012345");
    assertThat(d.channel()).isEqualTo(Channel.ONLINE);
    assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(d.receivedAt()).isEqualTo(OffsetDateTime.parse("2025-03-10T07:15:42+07:00"));
    assertThat(d.dueAt()).isEmpty();
    assertThat(d.documents()).extracting(doc -> doc.id()).containsExactly("f-1", "f-3");
    assertThat(d.documents().get(1).componentCode()).isEmpty();
    assertThat(d.fees())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FeeKind.CHARGE);
              assertThat(f.amount()).isEqualTo(8000);
            });
  }

  @Test
  void fromPortal_listsEveryUnusableValueUnderThePortalsFieldNames() {
    PortalDossier good = mapping.toPortal(Samples.birthRegistration());
    PortalDossier bad =
        new PortalDossier(
            good.dossierCode(),
            "1.00119",
            good.procedureName(),
            good.sectorCode(),
            "",
            good.receiptNumber(),
            good.ownerName(),
            "1",
            "999099012345",
            "",
            "",
            "",
            "",
            "",
            "2025-03-10 08:30",
            "20250231000000",
            "11",
            "",
            "",
            "2",
            "",
            "",
            "",
            List.of(new PortalDocument("f-1", "a.pdf", "False", "TK-KS", "https://x y")),
            List.of(new PortalFee("Lệ phí", "LP", "", "8.000", "3")),
            null,
            null,
            null);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> mapping.fromPortal(bad));

    assertThat(e.code()).isEqualTo("dvcqg.invalid");
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/DanhSachLePhi/0/Gia", "dvcqg.invalid_amount"),
            org.assertj.core.groups.Tuple.tuple(
                "/DanhSachLePhi/0/LoaiPhiLePhi", "dvcqg.invalid_code"),
            org.assertj.core.groups.Tuple.tuple("/MaDoiTuong", "identifier.personal_id.province"),
            org.assertj.core.groups.Tuple.tuple("/MaTTHC", "identifier.procedure_code.format"),
            org.assertj.core.groups.Tuple.tuple("/NgayHenTra", "dvcqg.invalid_time"),
            org.assertj.core.groups.Tuple.tuple("/NgayTiepNhan", "dvcqg.invalid_time"),
            org.assertj.core.groups.Tuple.tuple(
                "/TaiLieuNop/0/DuongDanTaiTepTin", "dvcqg.invalid_url"),
            org.assertj.core.groups.Tuple.tuple("/TenLinhVuc", "dvcqg.missing"),
            org.assertj.core.groups.Tuple.tuple("/TrangThaiHoSo", "dvcqg.invalid_code"));
    assertThat(e.getMessage()).doesNotContain("999099012345");
  }

  @Test
  void progress_mapsBackToTheStep() {
    Dossier d = Samples.birthRegistration();
    ProcessingStep step = d.steps().get(0);

    ProcessingStep back = mapping.fromPortal(mapping.toPortal(d.code(), step));

    assertThat(back).isEqualTo(step);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                mapping.fromPortal(
                    new PortalProgress(null, null, null, null, null, null, "0", null, null)));
    assertThat(e.report().codes()).containsExactly("dvcqg.missing", "dvcqg.invalid_code");
  }

  @Test
  void deletedDocuments_areDroppedOnTheWayBack() {
    PortalDossier p = mapping.toPortal(Samples.birthRegistration());
    PortalDocument deleted = p.documents().get(0);
    PortalDossier withDeleted =
        new PortalDossier(
            p.dossierCode(),
            p.procedureCode(),
            p.procedureName(),
            p.sectorCode(),
            p.sectorName(),
            p.receiptNumber(),
            p.ownerName(),
            p.ownerKind(),
            p.ownerId(),
            p.otherInfo(),
            p.email(),
            p.fax(),
            p.phone(),
            p.summary(),
            p.receivedAt(),
            p.dueAt(),
            p.status(),
            p.returnedAt(),
            p.returnInfo(),
            p.channel(),
            p.finishedAt(),
            p.processingUnit(),
            p.note(),
            List.of(
                new PortalDocument(
                    deleted.fileId(),
                    deleted.fileName(),
                    "True",
                    deleted.componentCode(),
                    deleted.url()),
                p.documents().get(1)),
            p.fees(),
            p.otherAttachments(),
            p.supplements(),
            p.results());

    assertThat(mapping.fromPortal(withDeleted).documents())
        .extracting(doc -> doc.id())
        .containsExactly("tl-2");
  }

  @Test
  void toString_ofPortalRecordsLeavesOutPersonalData() {
    PortalDossier p = mapping.toPortal(Samples.birthRegistration());
    String shown =
        p
            + " "
            + p.documents()
            + " "
            + mapping.toPortal(
                Samples.birthRegistration().code(), Samples.birthRegistration().steps().get(0));
    assertThat(shown)
        .doesNotContain(
            "001099012345", "Nguyễn", "0912345678", "an.nguyen", "Trần", "files.example");
  }
}
