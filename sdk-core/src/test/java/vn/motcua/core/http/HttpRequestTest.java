package vn.motcua.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpRequestTest {
  private static final URI TARGET =
      URI.create("https://portal.example.vn:8443/api/v1/hoso?ma=123#x");

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
  void isIdempotent_isTrueForIdempotentMethods(String method) {
    assertThat(HttpRequest.builder(method, TARGET).build().isIdempotent()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PATCH"})
  void isIdempotent_isFalseForOtherMethodsWithoutKeyOrMark(String method) {
    assertThat(HttpRequest.builder(method, TARGET).build().isIdempotent()).isFalse();
  }

  @Test
  void isIdempotent_isTrueForPostWithIdempotencyKey() {
    HttpRequest request = post().idempotencyKey("key-1").build();

    assertThat(request.isIdempotent()).isTrue();
    assertThat(request.idempotencyKey()).contains("key-1");
    assertThat(request.headers().first("idempotency-key")).contains("key-1");
  }

  @Test
  void isIdempotent_isTrueForPostMarkedIdempotent() {
    assertThat(post().idempotent(true).build().isIdempotent()).isTrue();
  }

  @Test
  void idempotencyKey_rejectsBlankOrOverlongKeys() {
    assertThatThrownBy(() -> post().idempotencyKey(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> post().idempotencyKey("a b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> post().idempotencyKey("k".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/relative",
        "ftp://host/x",
        "https://user:pw@host/x",
        "mailto:a@b.vn",
        "http:///x"
      })
  void builder_rejectsUrisTheTransportCannotOrMustNotSend(String uri) {
    assertThatThrownBy(() -> HttpRequest.builder("GET", URI.create(uri)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("pw");
  }

  @Test
  void builder_rejectsLowerCaseMethodsAndBodiesOnGet() {
    assertThatThrownBy(() -> HttpRequest.builder("get", TARGET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpRequest.builder("GET", TARGET).body(new byte[1], "text/plain"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> post().body(new byte[1], "not a media type"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_rejectsNonAsciiHeaderValues() {
    assertThatThrownBy(() -> post().header("X-Name", "Nguyễn").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Nguy");
  }

  @Test
  void body_isCopiedInAndOut() {
    byte[] bytes = "abc".getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.post(TARGET, bytes, "text/plain").build();
    bytes[0] = 'z';
    request.body().orElseThrow()[1] = 'z';

    assertThat(request.body())
        .hasValueSatisfying(b -> assertThat(b).containsExactly('a', 'b', 'c'));
    assertThat(request.bodyLength()).isEqualTo(3);
    assertThat(request.mediaType()).contains("text/plain");
  }

  @Test
  void redactedTarget_dropsQueryFragmentAndUserInfo() {
    assertThat(HttpRequest.get(TARGET).redactedTarget())
        .isEqualTo("https://portal.example.vn:8443/api/v1/hoso");
    assertThat(HttpRequest.get(URI.create("http://example.vn")).redactedTarget())
        .isEqualTo("http://example.vn/");
  }

  @Test
  void toString_showsNeitherQueryNorHeaderValuesNorBody() {
    HttpRequest request =
        post()
            .header("Authorization", "Bearer secret")
            .body(new byte[] {'p', 'i', 'i'}, "text/plain")
            .build();

    assertThat(request.toString())
        .contains("POST", "/api/v1/hoso", "Authorization", "3 bytes")
        .doesNotContain("ma=123", "secret", "pii");
  }

  @Test
  void equalRequestsAreEqualAndToBuilderRoundTrips() {
    HttpRequest request = post().idempotencyKey("k").header("Accept", "*/*").build();

    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(request.toBuilder().idempotent(true).build()).isNotEqualTo(request);
  }

  private static HttpRequest.Builder post() {
    return HttpRequest.post(TARGET, "{}".getBytes(StandardCharsets.UTF_8), "application/json");
  }
}
