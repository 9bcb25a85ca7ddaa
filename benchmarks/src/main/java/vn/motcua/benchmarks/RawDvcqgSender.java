package vn.motcua.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.testkit.portal.StubPortal;

/**
 * The raw baseline of the delivery benchmarks: plain OkHttp posting, per dossier, the {@code
 * TraCuuHoSo} and {@code DongBoHoSoMC} bodies the SDK sends to the stub's DVCQG adapter, and
 * checking each answer's {@code error_code}. The {@code DongBoHoSoMC} body is the SDK's own
 * serialisation of dossier 0's element, with each dossier's code and times put in; the idempotency
 * key has the SDK's form ({@code <MaHoSo>/dossier/<sha-256>}). Thread-safe.
 */
final class RawDvcqgSender implements AutoCloseable {
  private static final String CODE = "@CODE@";
  private static final String RECEIVED = "@RECEIVED@";
  private static final String DUE = "@DUE@";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Pattern SESSION = Pattern.compile("\"session\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ERROR_CODE =
      Pattern.compile("\"error_code\"\\s*:\\s*\"?([0-9A-Za-z]+)\"?");

  private final StubPortal portal;
  private final OkHttpClient http = new OkHttpClient();
  private final String adapterUrl;
  private final String syncTemplate;
  private volatile String session = "";

  RawDvcqgSender(StubPortal portal, OutboxSamples samples) {
    this.portal = portal;
    this.adapterUrl = portal.dvcqgBaseUrl() + "/adapter";
    PortalDossier element = DvcqgMapping.defaults().toPortal(samples.dossier(0));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("session", "SESSION");
    body.put("madonvi", OutboxSamples.AGENCY);
    body.put("service", "DongBoHoSoMC");
    body.put("isUpdating", "False");
    body.put("data", List.of(element));
    String written = new String(MotcuaJson.strict().writeBytes(body), StandardCharsets.UTF_8);
    String code = "\"" + OutboxSamples.code(0).value() + "\"";
    String received = "\"" + OutboxSamples.portalReceived(0) + "\"";
    String due = "\"" + OutboxSamples.portalDue(0) + "\"";
    if (count(written, code) != 1 || count(written, received) != 1 || count(written, due) != 1) {
      throw new IllegalStateException("the portal element does not carry the expected values");
    }
    syncTemplate =
        written
            .replace(code, "\"" + CODE + "\"")
            .replace(received, "\"" + RECEIVED + "\"")
            .replace(due, "\"" + DUE + "\"");
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }

  /** Logs in to the stub, as the SDK does once per session. */
  void logIn() throws IOException {
    String body =
        "{\"username\":\"" + portal.username() + "\",\"password\":\"" + portal.password() + "\"}";
    Request request =
        new Request.Builder()
            .url(portal.dvcqgBaseUrl() + "/login")
            .post(RequestBody.create(body, JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      Matcher m = SESSION.matcher(response.body().string());
      if (!m.find()) {
        throw new IllegalStateException("the stub refused the raw login");
      }
      session = m.group(1);
    }
  }

  /** Sends dossier {@code n}: {@code TraCuuHoSo} first when {@code lookUpFirst}, then sync. */
  void send(long n, boolean lookUpFirst) throws IOException {
    String code = OutboxSamples.code(n).value();
    if (lookUpFirst) {
      String lookup =
          "{\"session\":\""
              + session
              + "\",\"madonvi\":\""
              + OutboxSamples.AGENCY
              + "\",\"service\":\"TraCuuHoSo\",\"MaHoSo\":\""
              + code
              + "\"}";
      post(lookup.getBytes(StandardCharsets.UTF_8), null);
    }
    byte[] body =
        syncTemplate
            .replace("\"SESSION\"", "\"" + session + "\"")
            .replace(CODE, code)
            .replace(RECEIVED, OutboxSamples.portalReceived(n))
            .replace(DUE, OutboxSamples.portalDue(n))
            .getBytes(StandardCharsets.UTF_8);
    post(body, code + "/dossier/" + sha256(body));
  }

  private void post(byte[] body, @Nullable String key) throws IOException {
    Request.Builder request =
        new Request.Builder().url(adapterUrl).post(RequestBody.create(body, JSON));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      Matcher code = ERROR_CODE.matcher(response.body().string());
      String errorCode = code.find() ? code.group(1) : "none";
      if (response.code() != 200 || !(errorCode.equals("0") || errorCode.equals("00"))) {
        throw new IllegalStateException(
            "the stub refused a raw request: HTTP "
                + response.code()
                + ", error_code "
                + errorCode);
      }
    }
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
