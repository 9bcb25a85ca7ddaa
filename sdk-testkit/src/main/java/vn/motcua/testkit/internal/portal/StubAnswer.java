package vn.motcua.testkit.internal.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.testkit.portal.PortalFault;

/**
 * One answer of the stub portal: an HTTP answer, or a network fault, possibly delayed.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body
 * @param networkFault the network fault to answer with instead, or null
 * @param delayMillis how long to hold the answer
 */
public record StubAnswer(
    int status,
    Map<String, String> headers,
    byte[] body,
    @Nullable PortalFault networkFault,
    long delayMillis) {

  static StubAnswer json(int status, Object value) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json;charset=UTF-8");
    return new StubAnswer(status, headers, MotcuaJson.strict().writeBytes(value), null, 0);
  }

  static StubAnswer fault(PortalFault fault) {
    return new StubAnswer(0, Map.of(), new byte[0], fault, 0);
  }

  StubAnswer withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new StubAnswer(status, copy, body, networkFault, delayMillis);
  }

  StubAnswer delayed(long millis) {
    return new StubAnswer(status, headers, body, networkFault, millis);
  }
}
