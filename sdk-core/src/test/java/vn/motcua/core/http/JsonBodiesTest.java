package vn.motcua.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.core.ServiceException;
import vn.motcua.core.json.MotcuaJson;

class JsonBodiesTest {
  record Session(String session, int errorCode) {}

  private static HttpResponse response(String body) {
    return HttpResponse.builder(200)
        .body(body.getBytes(StandardCharsets.UTF_8))
        .requestId("req-7")
        .build();
  }

  @Test
  void jsonBody_writesDeterministicJsonWithItsMediaType() {
    HttpRequest request =
        HttpRequest.builder("POST", URI.create("https://portal.example/api"))
            .jsonBody(MotcuaJson.strict(), Map.of("b", 2, "a", 1))
            .build();

    assertThat(request.mediaType()).contains("application/json; charset=utf-8");
    assertThat(new String(request.body().orElseThrow(), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":1,\"b\":2}");
  }

  @Test
  void json_readsTheBodyThroughTheHardenedMapper() {
    Session read =
        response("{\"session\":\"s-1\",\"errorCode\":0}").json(MotcuaJson.strict(), Session.class);

    assertThat(read).isEqualTo(new Session("s-1", 0));
  }

  @Test
  void json_reportsABadBodyAsTheServicesFaultWithoutItsValues() {
    HttpResponse bad = response("{\"session\":\"secret-canary-42\",\"errorCode\":\"zero\"}");

    ServiceException e =
        catchThrowableOfType(
            ServiceException.class, () -> bad.json(MotcuaJson.strict(), Session.class));

    assertThat(e.code()).isEqualTo("http.invalid_json");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.requestId()).contains("req-7");
    assertThat(e.getMessage()).contains("/errorCode json.type_mismatch").contains("req-7");
    assertThat(e.getMessage()).doesNotContain("secret-canary-42").doesNotContain("zero");
  }
}
