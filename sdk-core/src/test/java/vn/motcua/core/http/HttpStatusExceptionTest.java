package vn.motcua.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpStatusExceptionTest {
  private static final HttpRequest REQUEST =
      HttpRequest.get(URI.create("https://sso.example.vn/oauth/token?code=secret-code"));

  private static HttpResponse response(int status) {
    return HttpResponse.builder(status)
        .headers(HttpHeaders.of("Content-Type", "application/json"))
        .body(
            "{\"error\":\"invalid_grant\",\"id\":\"079203001234\"}"
                .getBytes(StandardCharsets.UTF_8))
        .requestId("rid-9")
        .attempts(2)
        .build();
  }

  @ParameterizedTest(name = "{0} retryable: {1}")
  @CsvSource({
    "408, true",
    "425, true",
    "429, true",
    "500, true",
    "502, true",
    "503, true",
    "504, true",
    "400, false",
    "401, false",
    "403, false",
    "404, false",
    "409, false",
    "422, false",
    "501, false",
    "505, false"
  })
  void isRetryable_onlyForStatusesThatMaySucceedLater(int status, boolean retryable) {
    assertThat(new HttpStatusException(REQUEST, response(status), null).isRetryable())
        .isEqualTo(retryable);
  }

  @Test
  void message_namesTargetStatusAttemptsAndRequestId_butNeitherQueryNorBody() {
    HttpStatusException e = new HttpStatusException(REQUEST, response(401), null);

    assertThat(e.getMessage())
        .contains("GET https://sso.example.vn/oauth/token", "HTTP 401", "2 attempts", "rid-9")
        .contains("credentials")
        .doesNotContain("secret-code", "invalid_grant", "079203001234");
    assertThat(e.toString()).doesNotContain("secret-code", "invalid_grant");
    assertThat(e.code()).isEqualTo("http.status");
    assertThat(e.requestId()).contains("rid-9");
    assertThat(e.httpStatus()).hasValue(401);
  }

  @Test
  void responseBody_givesTheErrorBodyToCallersThatMustReadIt() {
    HttpStatusException e = new HttpStatusException(REQUEST, response(400), Duration.ofSeconds(3));

    assertThat(e.responseText()).contains("invalid_grant");
    assertThat(e.responseBody()).isEqualTo(response(400).body());
    assertThat(e.responseHeaders().first("content-type")).contains("application/json");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
  }

  @Test
  void constructor_refusesSuccessfulResponses() {
    assertThatThrownBy(() -> new HttpStatusException(REQUEST, response(204), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serialization_keepsStatusAndBody_andEmptiesHeaders() throws Exception {
    HttpStatusException e = new HttpStatusException(REQUEST, response(503), Duration.ofSeconds(1));

    HttpStatusException copy = roundTrip(e);

    assertThat(copy.status()).isEqualTo(503);
    assertThat(copy.responseText()).contains("invalid_grant");
    assertThat(copy.responseHeaders().isEmpty()).isTrue();
    assertThat(copy.retryAfter()).contains(Duration.ofSeconds(1));
  }

  private static HttpStatusException roundTrip(HttpStatusException e)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (HttpStatusException) in.readObject();
    }
  }
}
