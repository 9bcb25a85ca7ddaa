package vn.motcua.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpOptionsTest {

  @Test
  void defaults_areTheDocumentedOnes() {
    HttpOptions options = HttpOptions.defaults();

    assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(options.maxResponseBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(options.requestIdHeaders())
        .containsExactly("X-Request-Id", "X-Correlation-Id", "Request-Id");
    assertThat(options.wireLogging()).isFalse();
    assertThat(options.wireLogSink()).isEmpty();
  }

  @Test
  void isRedacted_coversTheAlwaysRedactedAndAddedNames_ignoringCase() {
    HttpOptions options = HttpOptions.builder().redactHeader("X-Api-Key").build();

    assertThat(options.isRedacted("authorization")).isTrue();
    assertThat(options.isRedacted("PROXY-AUTHORIZATION")).isTrue();
    assertThat(options.isRedacted("cookie")).isTrue();
    assertThat(options.isRedacted("Set-Cookie")).isTrue();
    assertThat(options.isRedacted("x-api-key")).isTrue();
    assertThat(options.isRedacted("Accept")).isFalse();
  }

  @Test
  void builder_rejectsNonPositiveTimeoutsAndImpossibleLimits() {
    assertThatThrownBy(() -> HttpOptions.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpOptions.builder().callTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpOptions.builder().maxResponseBytes(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpOptions.builder().maxResponseBytes(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpOptions.builder().requestIdHeaders(List.of("bad name")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilder_roundTrips() {
    HttpOptions options =
        HttpOptions.builder()
            .readTimeout(Duration.ofSeconds(3))
            .maxResponseBytes(5)
            .wireLogging(true)
            .redactHeader("X-Secret")
            .requestIdHeaders(List.of("Trace-Id"))
            .build();

    assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(options.toString()).contains("X-Secret", "Trace-Id");
  }
}
