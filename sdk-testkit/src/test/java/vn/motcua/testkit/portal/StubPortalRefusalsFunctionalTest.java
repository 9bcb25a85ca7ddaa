package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.core.json.MotcuaJson;

/**
 * What the stub portal refuses, as the real adapter would, and how it says why: {@code errors}
 * lists each problem's path in the request, its rule code and the reason, never a value sent.
 */
class StubPortalRefusalsFunctionalTest {
  static final StubPortal portal = StubPortal.builder().build();
  static final MotcuaJson JSON = MotcuaJson.lenient();
  static final String CODE = "000.00.12.H01-250310-0001";
  final HttpClient http = HttpClient.newHttpClient();
  String session;

  @BeforeAll
  static void start() {
    portal.start();
  }

  @AfterAll
  static void stop() {
    portal.stop();
  }

  @BeforeEach
  void login() throws Exception {
    portal.reset();
    JsonNode answer =
        post(
            "/login",
            "{\"username\":\""
                + portal.username()
                + "\",\"password\":\""
                + portal.password()
                + "\"}");
    session = answer.path("session").stringValue();
  }

  @Test
  void dossier_breakingTheSdkRules_isRefused_withPathsCodesAndReasons_butNoValues()
      throws Exception {
    ObjectNode element = dossier();
    element.put("NgayHenTra", "20250309083000"); // due before received
    element.put("SoDienThoai", "09123"); // too short

    JsonNode answer = send(adapterBody("DongBoHoSoMC", "False", element));

    assertThat(answer.path("error_code").asString()).isEqualTo("1");
    List<String> paths = paths(answer);
    assertThat(paths).contains("/data/0/dueAt", "/data/0/applicant/phone");
    assertThat(answer.path("errors"))
        .allSatisfy(
            e -> {
              assertThat(e.path("code").asString()).isNotBlank();
              assertThat(e.path("reason").asString()).isNotBlank();
              assertThat(e.path("reason_en").asString()).isNotBlank();
            });
    assertThat(codeAt(answer, "/data/0/dueAt")).isEqualTo("dossier.due_before_received");
    assertThat(answer.toString()).doesNotContain("Nguyễn", "09123", "001099012345", "an.nguyen");
    assertThat(portal.dossierCodes()).isEmpty();
  }

  @Test
  void dossier_withUnreadableValues_namesThePortalFields() throws Exception {
    ObjectNode element = dossier();
    element.put("NgayTiepNhan", "10/03/2025");
    element.put("TrangThaiHoSo", "42");

    JsonNode answer = send(adapterBody("DongBoHoSoMC", "False", element));

    assertThat(answer.path("error_code").asString()).isEqualTo("1");
    assertThat(paths(answer)).contains("/data/0/NgayTiepNhan", "/data/0/TrangThaiHoSo");
    assertThat(answer.toString()).doesNotContain("10/03/2025");
  }

  @Test
  void dossier_withoutIsUpdating_orWithAnotherValue_isRefused() throws Exception {
    ObjectNode body = adapterBody("DongBoHoSoMC", "False", dossier());
    body.remove("isUpdating");
    JsonNode missing = send(body);
    body.put("isUpdating", "yes");
    JsonNode wrong = send(body);

    assertThat(codeAt(missing, "/isUpdating")).isEqualTo("testkit.portal.missing");
    assertThat(codeAt(wrong, "/isUpdating")).isEqualTo("testkit.portal.is_updating");
    assertThat(portal.dossierCodes()).isEmpty();
  }

  @Test
  void sameDossierTwiceInOneRequest_isRefused() throws Exception {
    ObjectNode body = adapterBody("DongBoHoSoMC", "False", dossier());
    ((ArrayNode) body.path("data")).add(dossier());

    JsonNode answer = send(body);

    assertThat(codeAt(answer, "/data/1/MaHoSo")).isEqualTo("testkit.portal.duplicate_dossier");
    assertThat(portal.dossierCodes()).isEmpty();
  }

  @Test
  void createOfAKnownDossier_andUpdateOfAnUnknownOne_nameTheDossierCode() throws Exception {
    JsonNode unknown = send(adapterBody("DongBoHoSoMC", "True", dossier()));
    assertThat(send(adapterBody("DongBoHoSoMC", "False", dossier())).path("error_code").asString())
        .isEqualTo("0");
    JsonNode exists = send(adapterBody("DongBoHoSoMC", "False", dossier()));

    assertThat(unknown.path("error_code").asString()).isEqualTo("2");
    assertThat(codeAt(unknown, "/data/0/MaHoSo")).isEqualTo("testkit.portal.dossier_unknown");
    assertThat(exists.path("error_code").asString()).isEqualTo("2");
    assertThat(codeAt(exists, "/data/0/MaHoSo")).isEqualTo("testkit.portal.dossier_exists");
  }

  @Test
  void progress_breakingTheSdkStepRules_isRefused_atThePortalFields() throws Exception {
    send(adapterBody("DongBoHoSoMC", "False", dossier()));

    JsonNode beforeReceipt =
        send(adapterBody("CapNhatTienDoHoSoMC", null, step("4", "20250310070000")));
    JsonNode tooLong =
        send(
            adapterBody(
                "CapNhatTienDoHoSoMC",
                null,
                step("4", "20250310100000").put("NoiDungXuLy", "x".repeat(2001))));
    assertThat(
            send(adapterBody("CapNhatTienDoHoSoMC", null, step("4", "20250310100000")))
                .path("error_code")
                .asString())
        .isEqualTo("0");
    JsonNode outOfOrder =
        send(adapterBody("CapNhatTienDoHoSoMC", null, step("4", "20250310090000")));

    assertThat(beforeReceipt.path("error_code").asString()).isEqualTo("1");
    assertThat(codeAt(beforeReceipt, "/data/0/ThoiDiemXuLy"))
        .isEqualTo("dossier.step.before_received");
    assertThat(paths(tooLong)).containsExactly("/data/0/NoiDungXuLy");
    assertThat(tooLong.toString()).doesNotContain("xxxx");
    assertThat(codeAt(outOfOrder, "/data/0/ThoiDiemXuLy")).isEqualTo("dossier.step.out_of_order");
    assertThat(portal.steps(CODE)).hasSize(1);
  }

  @Test
  void progress_illegalStatusChange_namesTheStatusField_andBothStatuses() throws Exception {
    send(adapterBody("DongBoHoSoMC", "False", dossier()));

    JsonNode answer = send(adapterBody("CapNhatTienDoHoSoMC", null, step("10", "20250310100000")));

    assertThat(answer.path("error_code").asString()).isEqualTo("3");
    assertThat(codeAt(answer, "/data/0/TrangThai"))
        .isEqualTo("testkit.portal.illegal_status_change");
    assertThat(answer.path("errors").get(0).path("reason_en").asString())
        .isEqualTo("The status cannot change from 2 to 10.");
  }

  @Test
  void satisfaction_withABadPeriod_isRefused() throws Exception {
    ObjectNode body = adapterBody("DongBoDanhGia", null, JSON.mapper().createObjectNode());
    body.put("Nam", "25");
    body.put("Thang", "13");

    JsonNode answer = send(body);

    assertThat(paths(answer)).containsExactly("/Nam", "/Thang");
    assertThat(portal.satisfactionReports()).isEmpty();
  }

  @Test
  void missingAgency_andNonJsonBody_areRefused() throws Exception {
    ObjectNode body = adapterBody("TraCuuHoSo", null, null);
    body.remove("madonvi");

    assertThat(codeAt(send(body), "/madonvi")).isEqualTo("testkit.portal.missing");
    assertThat(codeAt(post("/adapter", "not json"), "")).isEqualTo("testkit.portal.not_json");
  }

  @Test
  void getInsteadOfPost_is405() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(portal.dvcqgBaseUrl() + "/adapter")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).contains("POST");
    assertThat(answer.body()).contains("testkit.portal.method");
  }

  private ObjectNode adapterBody(String service, String isUpdating, ObjectNode element) {
    ObjectNode body = JSON.mapper().createObjectNode();
    body.put("session", session);
    body.put("madonvi", PortalFixtures.AGENCY);
    body.put("service", service);
    if (isUpdating != null) {
      body.put("isUpdating", isUpdating);
    }
    if (element != null) {
      body.putArray("data").add(element);
    }
    return body;
  }

  private static ObjectNode dossier() {
    try (InputStream in =
        StubPortalRefusalsFunctionalTest.class.getResourceAsStream(
            "/vn/motcua/testkit/portal/accepted-dossier.json")) {
      return (ObjectNode) JSON.readTree(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode step(String status, String at) {
    ObjectNode step = JSON.mapper().createObjectNode();
    step.put("MaHoSo", CODE);
    step.put("NguoiXuLy", "Cán bộ thử nghiệm");
    step.put("ThoiDiemXuLy", at);
    step.put("NoiDungXuLy", "Chuyển xử lý");
    step.put("TrangThai", status);
    return step;
  }

  private JsonNode send(ObjectNode body) throws Exception {
    return post("/adapter", body.toString());
  }

  private JsonNode post(String path, String body) throws Exception {
    HttpResponse<byte[]> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(portal.dvcqgBaseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static List<String> paths(JsonNode answer) {
    return answer.path("errors").valueStream().map(e -> e.path("path").asString()).toList();
  }

  private static String codeAt(JsonNode answer, String path) {
    return answer
        .path("errors")
        .valueStream()
        .filter(e -> e.path("path").asString().equals(path))
        .map(e -> e.path("code").asString())
        .findFirst()
        .orElse("none at " + path + " in " + paths(answer));
  }
}
