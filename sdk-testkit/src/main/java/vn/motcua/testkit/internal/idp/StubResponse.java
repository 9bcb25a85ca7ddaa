package vn.motcua.testkit.internal.idp;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.testkit.idp.JwksFault;

/**
 * What an endpoint answers: a status, headers and a body, or a network fault.
 *
 * @param status the HTTP status
 * @param headers response headers, in order
 * @param body the body
 * @param fault a network-level fault to play instead of a response, or {@code null}
 */
public record StubResponse(
    int status, Map<String, String> headers, byte[] body, @Nullable JwksFault fault) {

  static StubResponse json(int status, Object value) {
    return of(status, "application/json;charset=UTF-8", MotcuaJson.strict().writeBytes(value));
  }

  /** A JSON answer that must not be cached: token and userinfo responses (RFC 6749 5.1). */
  static StubResponse noStoreJson(int status, Object value) {
    return json(status, value)
        .withHeader("Cache-Control", "no-store")
        .withHeader("Pragma", "no-cache");
  }

  static StubResponse of(int status, String contentType, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    return new StubResponse(status, headers, body, null);
  }

  static StubResponse text(int status, String contentType, String body) {
    return of(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static StubResponse redirect(String location) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Location", location);
    headers.put("Cache-Control", "no-store");
    return new StubResponse(302, headers, new byte[0], null);
  }

  static StubResponse fault(JwksFault fault) {
    return new StubResponse(0, Map.of(), new byte[0], fault);
  }

  StubResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new StubResponse(status, copy, body, fault);
  }
}
