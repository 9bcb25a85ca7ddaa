package vn.motcua.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpResponseTest {

  @Test
  void bodyText_usesTheCharsetOfContentTypeOrElseUtf8() {
    byte[] latin1 = "Hà".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse declared =
        HttpResponse.builder(200)
            .headers(HttpHeaders.of("Content-Type", "text/plain; charset=ISO-8859-1"))
            .body(latin1)
            .build();
    HttpResponse undeclared =
        HttpResponse.builder(200).body("Hồ sơ".getBytes(StandardCharsets.UTF_8)).build();

    assertThat(declared.bodyText()).isEqualTo("Hà");
    assertThat(undeclared.bodyText()).isEqualTo("Hồ sơ");
  }

  @Test
  void decode_readsTheBodyThroughTheGivenDecoder() {
    HttpResponse response = HttpResponse.builder(200).body(new byte[] {1, 2, 3}).build();

    int size =
        response.decode(
            in -> {
              try {
                return in.readAllBytes().length;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });

    assertThat(size).isEqualTo(3);
  }

  @Test
  void body_isCopied() {
    HttpResponse response = HttpResponse.builder(200).body(new byte[] {1}).build();
    response.body()[0] = 9;

    assertThat(response.body()).containsExactly(1);
  }

  @Test
  void toString_showsStatusRequestIdAndLengthButNotTheBody() {
    HttpResponse response =
        HttpResponse.builder(201)
            .body("secret".getBytes(StandardCharsets.UTF_8))
            .requestId("r-1")
            .attempts(2)
            .build();

    assertThat(response.toString())
        .contains("201", "r-1", "attempts=2", "6 bytes")
        .doesNotContain("secret");
    assertThat(response.isSuccessful()).isTrue();
    assertThat(response.toBuilder().build()).isEqualTo(response);
  }

  @Test
  void builder_rejectsImpossibleStatusesAndAttempts() {
    assertThatThrownBy(() -> HttpResponse.builder(99)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpResponse.builder(600))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpResponse.builder(200).attempts(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
