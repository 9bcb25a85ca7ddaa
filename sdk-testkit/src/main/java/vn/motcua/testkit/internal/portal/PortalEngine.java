package vn.motcua.testkit.internal.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierValidator;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.dvcqg.PortalProgress;
import vn.motcua.testkit.portal.PortalFault;

/**
 * The stub portal's state and behaviour, shared by all endpoints; every request is handled under
 * the engine's lock, so the state is consistent whatever the clients' concurrency.
 */
public final class PortalEngine {
  /** The DVCQG login endpoint. */
  public static final String LOGIN = "login";

  /** The DVCQG adapter endpoint (all services). */
  public static final String ADAPTER = "adapter";

  /** The LGSP token endpoint. */
  public static final String TOKEN = "token";

  /** The LGSP dossier endpoint. */
  public static final String SYNC = "SyncDocument";

  /** The LGSP progress endpoint. */
  public static final String TRACES = "UpdateDocumentTraces";

  /** The {@code error_code} of an expired or unknown session. */
  public static final String SESSION_EXPIRED = "401";

  /** The {@code error_code} of an invalid payload. */
  public static final String INVALID = "1";

  /** The {@code error_code} of a dossier that exists or does not as {@code isUpdating} expects. */
  public static final String CONFLICT = "2";

  /** The {@code error_code} of an illegal status change. */
  public static final String ILLEGAL_TRANSITION = "3";

  /** The {@code error_code} of an unknown procedure. */
  public static final String UNKNOWN_PROCEDURE = "4";

  /** The {@code error_code} of an unknown service. */
  public static final String UNKNOWN_SERVICE = "9";

  /** A required field is missing. */
  static final String MISSING = "testkit.portal.missing";

  /** The body is not JSON. */
  static final String NOT_JSON = "testkit.portal.not_json";

  /** {@code isUpdating} is neither {@code True} nor {@code False}. */
  static final String IS_UPDATING = "testkit.portal.is_updating";

  /** {@code data} is not a non-empty array. */
  static final String DATA_NOT_ARRAY = "testkit.portal.data_not_array";

  /** An element of {@code data} is not an object of the expected shape. */
  static final String ELEMENT_UNREADABLE = "testkit.portal.element_unreadable";

  /** One request names the same dossier twice. */
  static final String DUPLICATE_DOSSIER = "testkit.portal.duplicate_dossier";

  /** {@code Nam} or {@code Thang} is not a year or a month. */
  static final String PERIOD = "testkit.portal.period";

  /** The dossier exists though {@code isUpdating} is {@code False}. */
  static final String DOSSIER_EXISTS = "testkit.portal.dossier_exists";

  /** The dossier is unknown to an update or a progress step. */
  static final String DOSSIER_UNKNOWN = "testkit.portal.dossier_unknown";

  /** A progress step's status cannot follow the dossier's current one. */
  static final String ILLEGAL_STATUS_CHANGE = "testkit.portal.illegal_status_change";

  private static final java.util.regex.Pattern STEP_PATH =
      java.util.regex.Pattern.compile("/steps/(\\d+)(/.*)?");
  private static final Map<String, String> STEP_FIELDS =
      Map.of(
          "at", "ThoiDiemXuLy",
          "handlerName", "NguoiXuLy",
          "handlerTitle", "ChucDanh",
          "unit", "PhongBanXuLy",
          "content", "NoiDungXuLy",
          "status", "TrangThai",
          "startedAt", "NgayBatDau",
          "dueAt", "NgayKetThucTheoQuyDinh");
  private static final Set<String> MUTATING =
      Set.of("DongBoHoSoMC", "CapNhatTienDoHoSoMC", "DongBoDanhGia", SYNC, TRACES);
  private static final MotcuaJson JSON = MotcuaJson.lenient();
  private static final java.util.regex.Pattern NOT_CARRIED =
      java.util.regex.Pattern.compile("/documents/\\d+/(mediaType|sha256|size)");
  private static final DvcqgMapping MAPPING = DvcqgMapping.defaults();

  private final PortalConfig config;
  private final FaultPlan faults = new FaultPlan();
  private final DossierValidator validator;

  private long requests;
  private int logins;
  private int tokensIssued;
  private int duplicates;
  private final Set<String> sessions = new HashSet<>();
  private final Map<String, Instant> tokens = new HashMap<>();
  private final Map<String, List<PortalDossier>> versions = new LinkedHashMap<>();
  private final Map<String, List<PortalProgress>> steps = new LinkedHashMap<>();
  private final Map<String, DossierStatus> statuses = new HashMap<>();
  private final List<JsonNode> satisfaction = new ArrayList<>();
  private final Map<String, StubAnswer> outcomes = new HashMap<>();
  private final Map<String, Integer> attempts = new LinkedHashMap<>();

  /** Creates the engine. */
  public PortalEngine(PortalConfig config) {
    this.config = config;
    this.validator = DossierValidator.builder().clock(config.clock()).build();
  }

  /** Returns the fault plan. */
  public FaultPlan faults() {
    return faults;
  }

  /** Returns the settings. */
  public PortalConfig config() {
    return config;
  }

  /** Handles one request to {@code endpoint}. */
  public StubAnswer handle(String endpoint, PortalRequest request) {
    @Nullable JsonNode body = endpoint.equals(TOKEN) ? null : parse(request.body());
    String service =
        endpoint.equals(ADAPTER)
            ? Optional.ofNullable(body == null ? null : text(body.path("service"))).orElse("?")
            : endpoint;
    @Nullable String key = request.header("Idempotency-Key").orElse(null);
    synchronized (this) {
      requests++;
      if (key != null) {
        attempts.merge(key, 1, Integer::sum);
      }
      FaultPlan.Chosen chosen = faults.take(requests, service);
      if (chosen != null && !chosen.afterProcessing()) {
        StubAnswer early = early(chosen.fault());
        if (early != null) {
          return early;
        }
      }
      StubAnswer answer = process(endpoint, service, body, request, key);
      if (chosen != null && chosen.afterProcessing()) {
        return StubAnswer.fault(chosen.fault());
      }
      if (chosen != null && chosen.fault() == PortalFault.DELAY) {
        return answer.delayed(faults.delay().toMillis());
      }
      return answer;
    }
  }

  /** Returns the answer a fault gives before processing, or null when processing goes on. */
  private @Nullable StubAnswer early(PortalFault fault) {
    return switch (fault) {
      case CONNECTION_RESET, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK, RANDOM_DATA_THEN_CLOSE ->
          StubAnswer.fault(fault);
      case HTTP_500 -> StubAnswer.json(500, envelope("500", "Lỗi hệ thống"));
      case HTTP_502 -> StubAnswer.json(502, envelope("502", "Bad gateway"));
      case HTTP_503 -> StubAnswer.json(503, envelope("503", "Hệ thống đang bảo trì"));
      case RATE_LIMITED ->
          StubAnswer.json(429, envelope("429", "Quá nhiều yêu cầu"))
              .withHeader("Retry-After", String.valueOf(faults.retryAfter().toSeconds()));
      case RATE_LIMITED_HTTP_DATE ->
          StubAnswer.json(429, envelope("429", "Quá nhiều yêu cầu"))
              .withHeader(
                  "Retry-After",
                  DateTimeFormatter.RFC_1123_DATE_TIME.format(
                      config
                          .clock()
                          .instant()
                          .plus(faults.retryAfter())
                          .plusSeconds(1)
                          .atOffset(ZoneOffset.UTC)));
      case SESSION_EXPIRED -> {
        sessions.clear();
        tokens.clear();
        yield null;
      }
      case DELAY -> null;
    };
  }

  private StubAnswer process(
      String endpoint,
      String service,
      @Nullable JsonNode body,
      PortalRequest request,
      @Nullable String key) {
    switch (endpoint) {
      case LOGIN:
        return login(body);
      case TOKEN:
        return token(request);
      default:
        break;
    }
    if (endpoint.equals(ADAPTER)) {
      if (body == null) {
        return invalid(List.of(Problem.notJson()));
      }
      String session = text(body.path("session"));
      if (session == null || !sessions.contains(session)) {
        return StubAnswer.json(
            200, envelope(SESSION_EXPIRED, "Phiên làm việc không hợp lệ hoặc đã hết hạn"));
      }
    } else {
      String auth = request.header("Authorization").orElse("");
      Instant expiry = auth.startsWith("Bearer ") ? tokens.get(auth.substring(7)) : null;
      if (expiry == null || !config.clock().instant().isBefore(expiry)) {
        return StubAnswer.json(401, Map.of("error", "invalid_token"))
            .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      }
      if (body == null) {
        return invalid(List.of(Problem.notJson()));
      }
    }
    if (text(body.path("madonvi")) == null) {
      return invalid(List.of(Problem.missing("/madonvi")));
    }
    boolean mutating = MUTATING.contains(service);
    if (mutating && key != null && outcomes.containsKey(key)) {
      duplicates++;
      return outcomes.get(key);
    }
    StubAnswer answer =
        switch (service) {
          case "DongBoHoSoMC" -> syncDossiers(body, true);
          case SYNC -> syncDossiers(body, false);
          case "CapNhatTienDoHoSoMC", TRACES -> progress(body);
          case "TraCuuHoSo" -> lookup(body);
          case "LayThuTuc" -> procedure(body);
          case "LayDanhSachTTHC" ->
              success(
                  config.catalogue().procedures().stream().map(LayThuTucWriter::summary).toList());
          case "DongBoDanhGia" -> satisfaction(body);
          default -> StubAnswer.json(200, envelope(UNKNOWN_SERVICE, "Dịch vụ không được hỗ trợ"));
        };
    if (mutating && key != null) {
      outcomes.put(key, answer);
    }
    return answer;
  }

  private StubAnswer login(@Nullable JsonNode body) {
    String username = body == null ? null : text(body.path("username"));
    String password = body == null ? null : text(body.path("password"));
    if (!config.username().equals(username) || !config.password().equals(password)) {
      return StubAnswer.json(200, envelope(INVALID, "Sai tên đăng nhập hoặc mật khẩu"));
    }
    String session = UUID.randomUUID().toString();
    sessions.add(session);
    logins++;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error_code", 0);
    out.put("message", "Thành công");
    out.put("session", session);
    return StubAnswer.json(200, out);
  }

  private StubAnswer token(PortalRequest request) {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (form(config.clientId()) + ":" + form(config.clientSecret()))
                        .getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(request.header("Authorization").orElse(""))) {
      return StubAnswer.json(401, Map.of("error", "invalid_client"))
          .withHeader("WWW-Authenticate", "Basic realm=\"lgsp\"");
    }
    String form = new String(request.body(), StandardCharsets.UTF_8);
    if (!Set.of(form.split("&")).contains("grant_type=client_credentials")) {
      return StubAnswer.json(400, Map.of("error", "unsupported_grant_type"));
    }
    String token = "stub-" + UUID.randomUUID();
    tokens.put(token, config.clock().instant().plus(config.tokenLifetime()));
    tokensIssued++;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("access_token", token);
    out.put("token_type", "Bearer");
    out.put("expires_in", config.tokenLifetime().toSeconds());
    return StubAnswer.json(200, out).withHeader("Cache-Control", "no-store");
  }

  private StubAnswer syncDossiers(JsonNode body, boolean adapter) {
    @Nullable String isUpdating = adapter ? text(body.path("isUpdating")) : null;
    if (adapter && isUpdating == null) {
      return invalid(List.of(Problem.missing("/isUpdating")));
    }
    if (isUpdating != null && !isUpdating.equals("True") && !isUpdating.equals("False")) {
      return invalid(List.of(Problem.of("/isUpdating", IS_UPDATING)));
    }
    JsonNode data = body.path("data");
    if (!data.isArray() || data.isEmpty()) {
      return invalid(List.of(Problem.of("/data", DATA_NOT_ARRAY)));
    }
    List<PortalDossier> elements = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < data.size(); i++) {
      String at = "/data/" + i;
      PortalDossier element;
      try {
        element = JSON.convert(data.get(i), PortalDossier.class);
      } catch (MotcuaException e) {
        problems.add(Problem.of(at, ELEMENT_UNREADABLE));
        continue;
      }
      try {
        Dossier dossier = MAPPING.fromPortal(element);
        addAll(problems, at, portalCarried(validator.validate(dossier)));
      } catch (InvalidInputException e) {
        addAll(problems, at, e.report());
        continue;
      }
      if (!codes.add(String.valueOf(element.dossierCode()))) {
        problems.add(Problem.of(at + "/MaHoSo", DUPLICATE_DOSSIER));
        continue;
      }
      elements.add(element);
      indices.add(i);
    }
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    for (int j = 0; j < elements.size(); j++) {
      PortalDossier element = elements.get(j);
      String at = "/data/" + indices.get(j) + "/MaHoSo";
      boolean exists = versions.containsKey(element.dossierCode());
      if ("False".equals(isUpdating) && exists) {
        return refused(
            CONFLICT,
            "Hồ sơ đã có trên Cổng: gửi isUpdating True để cập nhật",
            Problem.of(at, DOSSIER_EXISTS));
      }
      if ("True".equals(isUpdating) && !exists) {
        return refused(
            CONFLICT,
            "Hồ sơ chưa có trên Cổng: gửi isUpdating False",
            Problem.of(at, DOSSIER_UNKNOWN));
      }
    }
    for (PortalDossier element : elements) {
      String code = String.valueOf(element.dossierCode());
      versions.computeIfAbsent(code, c -> new ArrayList<>()).add(element);
      statuses.put(
          code,
          DossierStatus.fromCode(Integer.parseInt(String.valueOf(element.status()))).orElseThrow());
    }
    return success(null);
  }

  private StubAnswer progress(JsonNode body) {
    JsonNode data = body.path("data");
    if (!data.isArray() || data.isEmpty()) {
      return invalid(List.of(Problem.of("/data", DATA_NOT_ARRAY)));
    }
    List<PortalProgress> elements = new ArrayList<>();
    List<ProcessingStep> parsed = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      String at = "/data/" + i;
      try {
        PortalProgress element = JSON.convert(data.get(i), PortalProgress.class);
        parsed.add(MAPPING.fromPortal(element));
        elements.add(element);
      } catch (InvalidInputException e) {
        addAll(problems, at, e.report());
      } catch (MotcuaException e) {
        problems.add(Problem.of(at, ELEMENT_UNREADABLE));
      }
    }
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    Map<String, DossierStatus> tentative = new HashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      String code = String.valueOf(elements.get(i).dossierCode());
      String at = "/data/" + i;
      DossierStatus from = tentative.getOrDefault(code, statuses.get(code));
      DossierStatus to = parsed.get(i).status();
      if (from == null) {
        return refused(
            CONFLICT, "Hồ sơ chưa có trên Cổng", Problem.of(at + "/MaHoSo", DOSSIER_UNKNOWN));
      }
      if (!Transitions.allowed(from, to)) {
        return refused(
            ILLEGAL_TRANSITION,
            "Không được chuyển trạng thái từ " + from.code() + " sang " + to.code(),
            Problem.of(
                at + "/TrangThai",
                ILLEGAL_STATUS_CHANGE,
                Map.of("from", from.code(), "to", to.code())));
      }
      tentative.put(code, to);
    }
    problems.addAll(stepRules(elements, parsed));
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    for (PortalProgress element : elements) {
      steps
          .computeIfAbsent(String.valueOf(element.dossierCode()), c -> new ArrayList<>())
          .add(element);
    }
    statuses.putAll(tentative);
    return success(null);
  }

  /**
   * Checks the new steps as part of their dossiers, with the SDK's rules on steps (no step before
   * the dossier was received, steps in time order, field limits): each dossier's latest version
   * with its stored steps and the new ones is validated, and the problems of the new steps kept.
   */
  private List<Problem> stepRules(List<PortalProgress> elements, List<ProcessingStep> parsed) {
    Map<String, List<Integer>> byDossier = new LinkedHashMap<>();
    for (int i = 0; i < elements.size(); i++) {
      byDossier
          .computeIfAbsent(String.valueOf(elements.get(i).dossierCode()), c -> new ArrayList<>())
          .add(i);
    }
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> entry : byDossier.entrySet()) {
      List<PortalDossier> stored = versions.get(entry.getKey());
      if (stored == null || stored.isEmpty()) {
        continue;
      }
      Dossier dossier;
      List<ProcessingStep> all = new ArrayList<>();
      try {
        dossier = MAPPING.fromPortal(stored.get(stored.size() - 1));
        for (PortalProgress earlier : steps.getOrDefault(entry.getKey(), List.of())) {
          all.add(MAPPING.fromPortal(earlier));
        }
      } catch (InvalidInputException e) {
        continue; // stored content was checked when it arrived
      }
      int first = all.size();
      for (int index : entry.getValue()) {
        all.add(parsed.get(index));
      }
      ValidationReport report = validator.validate(dossier.toBuilder().steps(all).build());
      for (Violation v : report.violations()) {
        java.util.regex.Matcher m = STEP_PATH.matcher(v.path());
        if (m.matches() && Integer.parseInt(m.group(1)) >= first) {
          int index = entry.getValue().get(Integer.parseInt(m.group(1)) - first);
          problems.add(Problem.of("/data/" + index + portalField(m.group(2)), v));
        }
      }
    }
    return problems;
  }

  private StubAnswer lookup(JsonNode body) {
    String code = text(body.path("MaHoSo"));
    List<PortalDossier> stored = code == null ? null : versions.get(code);
    return success(stored == null ? List.of() : List.of(stored.get(stored.size() - 1)));
  }

  private StubAnswer procedure(JsonNode body) {
    String code = text(body.path("MaTTHC"));
    Optional<ProcedureDefinition> found = Optional.empty();
    if (code != null && ProcedureCode.isValid(code)) {
      found = config.catalogue().find(ProcedureCode.parse(code));
    }
    return found
        .map(p -> success(List.of(LayThuTucWriter.detail(p))))
        .orElseGet(
            () -> StubAnswer.json(200, envelope(UNKNOWN_PROCEDURE, "Không tìm thấy thủ tục")));
  }

  private StubAnswer satisfaction(JsonNode body) {
    List<Problem> problems = new ArrayList<>();
    String year = text(body.path("Nam"));
    String month = text(body.path("Thang"));
    if (year == null) {
      problems.add(Problem.missing("/Nam"));
    } else if (!year.matches("[0-9]{4}")) {
      problems.add(Problem.of("/Nam", PERIOD));
    }
    if (month == null) {
      problems.add(Problem.missing("/Thang"));
    } else if (!month.matches("0?[1-9]|1[0-2]")) {
      problems.add(Problem.of("/Thang", PERIOD));
    }
    JsonNode data = body.path("data");
    if (!data.isArray()) {
      problems.add(Problem.of("/data", DATA_NOT_ARRAY));
    } else {
      for (int i = 0; i < data.size(); i++) {
        if (!data.get(i).isObject()) {
          problems.add(Problem.of("/data/" + i, ELEMENT_UNREADABLE));
        }
      }
    }
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    ObjectNode copy = ((ObjectNode) body).deepCopy();
    copy.remove("session");
    satisfaction.add(copy);
    return success(null);
  }

  /**
   * Keeps the violations of what the portal element carries: the element has no document digests,
   * sizes or media types (see the field mapping), so their absence is not the sender's fault.
   */
  private static ValidationReport portalCarried(ValidationReport report) {
    return ValidationReport.of(
        report.violations().stream()
            .filter(v -> !NOT_CARRIED.matcher(v.path()).matches())
            .toList());
  }

  /** The portal field of a step's model path ({@code /at} is {@code /ThoiDiemXuLy}). */
  private static String portalField(@Nullable String modelPath) {
    if (modelPath == null) {
      return "";
    }
    int end = modelPath.indexOf('/', 1);
    String field = end < 0 ? modelPath.substring(1) : modelPath.substring(1, end);
    String rest = end < 0 ? "" : modelPath.substring(end);
    return "/" + STEP_FIELDS.getOrDefault(field, field) + rest;
  }

  private static void addAll(List<Problem> problems, String at, ValidationReport report) {
    for (Violation v : report.violations()) {
      problems.add(Problem.of(at + v.path(), v));
    }
  }

  /**
   * The {@code error_code} {@code "1"} answer: the message lists paths and codes, {@code errors}
   * each problem's path, code and reason (in Vietnamese and English); never a value sent.
   */
  private static StubAnswer invalid(List<Problem> problems) {
    return refused(
        INVALID,
        "Dữ liệu không hợp lệ: "
            + String.join("; ", problems.stream().map(p -> p.path() + " " + p.code()).toList()),
        problems.toArray(Problem[]::new));
  }

  private static StubAnswer refused(String code, String message, Problem... problems) {
    Map<String, Object> out = envelope(code, message);
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Problem p : problems) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("path", p.path());
      e.put("code", p.code());
      e.put("reason", p.reason());
      e.put("reason_en", p.reasonEn());
      errors.add(e);
    }
    out.put("errors", errors);
    return StubAnswer.json(200, out);
  }

  private static StubAnswer success(@Nullable Object result) {
    Map<String, Object> out = envelope("0", "Thành công");
    if (result != null) {
      out.put("result", result);
    }
    return StubAnswer.json(200, out);
  }

  private static Map<String, Object> envelope(String code, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error_code", code);
    out.put("message", message);
    return out;
  }

  private static @Nullable JsonNode parse(byte[] body) {
    try {
      return body.length == 0 ? null : JSON.readTree(body);
    } catch (MotcuaException e) {
      return null;
    }
  }

  private static @Nullable String text(JsonNode node) {
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isNumber()) {
      return node.asString();
    }
    return null;
  }

  private static String form(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  // --- inspection and control ---

  /** Expires every session and token. */
  public synchronized void expireSessions() {
    sessions.clear();
    tokens.clear();
  }

  /** Forgets everything. */
  public synchronized void reset() {
    faults.reset();
    requests = 0;
    logins = 0;
    tokensIssued = 0;
    duplicates = 0;
    sessions.clear();
    tokens.clear();
    versions.clear();
    steps.clear();
    statuses.clear();
    satisfaction.clear();
    outcomes.clear();
    attempts.clear();
  }

  /** Returns the stored versions of a dossier, oldest first. */
  public synchronized List<PortalDossier> versions(String code) {
    return List.copyOf(versions.getOrDefault(code, List.of()));
  }

  /** Returns the codes of the stored dossiers, in order of arrival. */
  public synchronized Set<String> dossierCodes() {
    return Set.copyOf(new LinkedHashSet<>(versions.keySet()));
  }

  /** Returns the steps of a dossier, in order of arrival. */
  public synchronized List<PortalProgress> steps(String code) {
    return List.copyOf(steps.getOrDefault(code, List.of()));
  }

  /** Returns the dossier's current status. */
  public synchronized Optional<DossierStatus> status(String code) {
    return Optional.ofNullable(statuses.get(code));
  }

  /** Returns the satisfaction reports received, without the session. */
  public synchronized List<JsonNode> satisfactionReports() {
    return List.copyOf(satisfaction);
  }

  /** Returns the attempts per idempotency key. */
  public synchronized Map<String, Integer> attempts() {
    return Map.copyOf(attempts);
  }

  /** Returns the number of repeats answered from the first outcome. */
  public synchronized int duplicates() {
    return duplicates;
  }

  /** Returns the successful logins. */
  public synchronized int logins() {
    return logins;
  }

  /** Returns the tokens issued. */
  public synchronized int tokensIssued() {
    return tokensIssued;
  }

  /** Returns the requests received. */
  public synchronized long requests() {
    return requests;
  }
}
