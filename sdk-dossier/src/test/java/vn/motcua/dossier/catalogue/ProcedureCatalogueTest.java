package vn.motcua.dossier.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.FeeKind;

class ProcedureCatalogueTest {
  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ProcedureCatalogueTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void sample_holdsTheFiveCommonProceduresAndSaysItIsSampleData() {
    ProcedureCatalogue sample = ProcedureCatalogue.sample();

    assertThat(sample.isSample()).isTrue();
    assertThat(sample.procedures())
        .extracting(p -> p.code().value())
        .containsExactly("1.001193", "1.004194", "2.000575", "1.009794", "2.000815");
    assertThat(sample.toString()).contains("sample");
    ProcedureDefinition birth = sample.find(ProcedureCode.parse("1.001193")).orElseThrow();
    assertThat(birth.name()).isEqualTo("Đăng ký khai sinh");
    assertThat(birth.onlineMode()).contains(OnlineMode.FULL);
    assertThat(birth.applicantKinds()).containsExactly(ApplicantKind.CITIZEN);
    assertThat(birth.components()).filteredOn(ComponentDefinition::required).hasSize(2);
  }

  @Test
  void find_usesTheNationalCodeOfALocalizedCode() {
    assertThat(ProcedureCatalogue.sample().find(ProcedureCode.parse("1.001193.000.00.12.H01")))
        .isPresent();
    assertThat(ProcedureCatalogue.sample().find(ProcedureCode.parse("9.999999"))).isEmpty();
  }

  @Test
  void of_refusesTwoProceduresWithOneCode() {
    ProcedureDefinition p = ProcedureCatalogue.sample().procedures().get(0);
    assertThatIllegalArgumentException().isThrownBy(() -> ProcedureCatalogue.of(List.of(p, p)));
    assertThat(ProcedureCatalogue.of(List.of(p)).isSample()).isFalse();
  }

  @Test
  void with_replacesTheProcedureWithTheSameCode() {
    ProcedureDefinition p = ProcedureCatalogue.sample().procedures().get(0);
    ProcedureDefinition renamed = p.toBuilder().name("Đổi tên").build();

    ProcedureCatalogue changed = ProcedureCatalogue.sample().with(renamed);

    assertThat(changed.find(p.code()).orElseThrow().name()).isEqualTo("Đổi tên");
    assertThat(ProcedureCatalogue.sample().find(p.code()).orElseThrow().name()).isEqualTo(p.name());
    assertThat(changed.procedures()).hasSize(5);
    assertThat(ProcedureCatalogue.empty().procedures()).isEmpty();
  }

  @Test
  void read_refusesUnknownPropertiesAndUnsupportedVersions() {
    String file =
        "{\"schemaVersion\":\"1.0\",\"procedures\":[{\"code\":\"1.001193\",\"name\":\"A\","
            + "\"sector\":{\"code\":\"HT\",\"name\":\"Hộ tịch\"},\"chanels\":[],"
            + "\"components\":[{\"code\":\"A\",\"name\":\"A\",\"requird\":true}]}]}";

    InvalidInputException unknown =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ProcedureCatalogue.read(file.getBytes(StandardCharsets.UTF_8)));
    InvalidInputException version =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                ProcedureCatalogue.read(
                    file.replace("1.0", "2.0").getBytes(StandardCharsets.UTF_8)));

    assertThat(unknown.report().violations())
        .extracting(Violation::path)
        .containsExactly("/procedures/0/chanels", "/procedures/0/components/0/requird");
    assertThat(version.code()).isEqualTo("dossier.schema_version.unsupported");
  }

  @Test
  void read_ofAFailingStream_isAMotcuaExceptionWithACode() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };

    vn.motcua.core.MotcuaException e =
        catchThrowableOfType(
            vn.motcua.core.MotcuaException.class, () -> ProcedureCatalogue.read(failing));

    assertThat(e.code()).isEqualTo("dossier.catalogue.read_failed");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void read_reportsMissingRequiredValuesOfAProcedure() {
    String file = "{\"schemaVersion\":\"1.0\",\"procedures\":[{\"code\":\"1.001193\"}]}";

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ProcedureCatalogue.read(file.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.report().violations())
        .extracting(Violation::path)
        .containsExactly("/procedures/0/name", "/procedures/0/sector");
  }

  @Test
  void readPortalProcedure_mapsTheLayThuTucAnswer() throws IOException {
    ProcedureDefinition p =
        ProcedureCatalogue.readPortalProcedure(
            ProcedureCode.parse("1.004194"), resource("laythutuc-1.004194.json"));

    assertThat(p.code().value()).isEqualTo("1.004194");
    assertThat(p.name()).isEqualTo("Đăng ký thường trú");
    assertThat(p.sector().code()).isEqualTo("CT");
    assertThat(p.channels())
        .extracting(ChannelOffer::channel)
        .containsExactly(Channel.DESK, Channel.ONLINE, Channel.POSTAL);
    ChannelOffer desk = p.channels().get(0);
    assertThat(desk.time()).isEqualTo(ProcessingTime.workingDays(7));
    assertThat(desk.fees())
        .containsExactly(
            new FeeItem(
                FeeKind.CHARGE,
                "LP-DKTT",
                "Lệ phí đăng ký cư trú",
                20_000L,
                "Lệ phí đăng ký cư trú"));
    ChannelOffer online = p.channels().get(1);
    assertThat(online.fees()).extracting(FeeItem::amount).containsExactly(10_000L, null);
    assertThat(online.fees())
        .extracting(FeeItem::kind)
        .containsExactly(FeeKind.CHARGE, FeeKind.FEE);
    assertThat(p.channels().get(2).time())
        .isEqualTo(new ProcessingTime(new BigDecimal("0.5"), ProcessingTimeUnit.DAYS));
    assertThat(p.components())
        .extracting(ComponentDefinition::code, ComponentDefinition::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CT01", true),
            org.assertj.core.groups.Tuple.tuple("CM-CHO-O", true),
            org.assertj.core.groups.Tuple.tuple("DY-GH", false),
            org.assertj.core.groups.Tuple.tuple("VB-UQ", false));
    ComponentDefinition form = p.components().get(0);
    assertThat(form.form()).contains(ComponentForm.ORIGINAL);
    assertThat(form.templateUrl()).contains(URI.create("https://example.gov.vn/mau/CT01.docx"));
    assertThat(p.components().get(1).form()).contains(ComponentForm.COPY);
    assertThat(p.applicantKinds()).isEmpty();
    assertThat(p.requiredAssurance()).isEmpty();
  }

  @Test
  void readPortalProcedure_reportsEveryUnusableValue() throws IOException {
    String answer =
        new String(resource("laythutuc-1.004194.json"), StandardCharsets.UTF_8)
            .replace("\"KENH\": 2", "\"KENH\": 7")
            .replace("\"DONVITINH\": \"Ngày\"", "\"DONVITINH\": \"Tuần\"")
            .replace("\"MAGIAYTO\": \"CM-CHO-O\",", "");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                ProcedureCatalogue.readPortalProcedure(
                    ProcedureCode.parse("1.004194"), answer.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.code()).isEqualTo("dossier.catalogue.invalid");
    assertThat(e.report().violations())
        .extracting(Violation::path, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/result/0/CACHTHUCTHUCHIEN/1/KENH", "dossier.catalogue.invalid_value"),
            org.assertj.core.groups.Tuple.tuple(
                "/result/0/CACHTHUCTHUCHIEN/2/THOIGIAN/0/DONVITINH",
                "dossier.catalogue.invalid_value"),
            org.assertj.core.groups.Tuple.tuple(
                "/result/0/THANHPHANHOSO/1/MAGIAYTO", "dossier.catalogue.missing"));
  }

  @Test
  void readPortalProcedure_refusesAnErrorAnswerOrAnotherProcedure() throws IOException {
    byte[] error =
        "{\"error_code\":\"-1\",\"message\":\"Sai session\"}".getBytes(StandardCharsets.UTF_8);
    InvalidInputException portalError =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ProcedureCatalogue.readPortalProcedure(ProcedureCode.parse("1.004194"), error));
    InvalidInputException other =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                ProcedureCatalogue.readPortalProcedure(
                    ProcedureCode.parse("1.001193"), resource("laythutuc-1.004194.json")));

    assertThat(portalError.report().codes()).containsExactly("dossier.catalogue.portal_error");
    assertThat(other.report().codes()).containsExactly("dossier.catalogue.code_mismatch");
  }

  @Test
  void readPortalProcedure_refusesMalformedJsonWithAJsonCode() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                ProcedureCatalogue.readPortalProcedure(
                    ProcedureCode.parse("1.004194"),
                    "{\"error_code\":0,\"error_code\":0}".getBytes(StandardCharsets.UTF_8)));
    assertThat(e.code()).isEqualTo("json.duplicate_key");
  }

  @Test
  void portalAmounts_withSeparatorsAreFixed_perUnitAmountsVary() {
    assertThat(new FeeItem(null, "A", "A", null, null).amount()).isNull();
    assertThatIllegalArgumentException().isThrownBy(() -> new FeeItem(null, "A", "A", -1L, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ProcessingTime(BigDecimal.ONE.negate(), ProcessingTimeUnit.DAYS));
  }
}
