package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.TransportException;

class TimeoutFunctionalTest {
  @RegisterExtension static WireMockExtension server = Wire.server();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private TransportException failureOf(HttpOptions options, String path) {
    try (HttpTransport transport =
        Wire.transport(sleeper).options(options).retryPolicy(RetryPolicy.none()).build()) {
      return catchThrowableOfType(
          TransportException.class,
          () -> transport.execute(HttpRequest.get(Wire.uri(server, path))));
    }
  }

  @Test
  void execute_reportsReadTimeoutAsRetryableTimeout() {
    server.stubFor(get(urlPathEqualTo("/slow")).willReturn(aResponse().withFixedDelay(2000)));

    TransportException e =
        failureOf(Wire.fastOptions().readTimeout(Duration.ofMillis(200)).build(), "/slow");

    assertThat(e.code()).isEqualTo("http.timeout");
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getMessage()).contains("GET", "/slow", "timed out");
  }

  @Test
  void execute_reportsCallTimeoutWhenTheServerDripsTheBodySlowly() {
    server.stubFor(
        get(urlPathEqualTo("/drip"))
            .willReturn(aResponse().withBody("x".repeat(100)).withChunkedDribbleDelay(20, 4000)));

    TransportException e =
        failureOf(
            Wire.fastOptions()
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofMillis(300))
                .build(),
            "/drip");

    assertThat(e.code()).isEqualTo("http.timeout");
    assertThat(e.isRetryable()).isTrue();
  }
}
