package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WireLoggingFunctionalTest {
  @RegisterExtension static WireMockExtension server = Wire.server();

  private static final String CANARY_ID = "079203001234";
  private static final String CANARY_NAME = "Nguyễn Thị Canary";

  private final List<String> lines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void stub() {
    server.stubFor(
        post(urlPathEqualTo("/citizens"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("X-Request-Id", "req-77")
                    .withHeader("Set-Cookie", "session=server-secret")
                    .withHeader("X-Echo", CANARY_ID)
                    .withBody("{\"name\":\"" + CANARY_NAME + "\"}")));
  }

  private void send(HttpOptions options) {
    HttpRequest request =
        HttpRequest.post(
                Wire.uri(server, "/citizens?soDinhDanh=" + CANARY_ID),
                ("{\"id\":\"" + CANARY_ID + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json")
            .header("Authorization", "Bearer token-secret")
            .header("Cookie", "sid=cookie-secret")
            .header("X-Api-Key", "key-secret")
            .header("Accept", "application/json")
            .build();
    try (HttpTransport transport =
        Wire.transport(new RecordingSleeper()).options(options).build()) {
      transport.execute(request);
    }
  }

  @Test
  void wireLog_showsRequestLineStatusAndRequestId_redactingSecretsAndOmittingBodiesAndQuery() {
    send(
        Wire.fastOptions()
            .wireLogging(true)
            .wireLogSink(lines::add)
            .redactHeader("x-api-key")
            .build());

    String log = String.join("\n", lines);
    assertThat(lines).hasSize(2);
    assertThat(log)
        .contains("--> POST http://localhost:" + server.getPort() + "/citizens")
        .contains("<-- 200 POST")
        .contains("request id req-77")
        .contains("Authorization: [redacted]", "Cookie: [redacted]", "X-Api-Key: [redacted]")
        .contains("Accept: application/json", "User-Agent: motcua-java/")
        .contains(" ms")
        .doesNotContain("token-secret", "cookie-secret", "key-secret", "server-secret")
        .doesNotContain(CANARY_ID, CANARY_NAME, "soDinhDanh", "?");
  }

  @Test
  void wireLog_writesNothingWhenOff() {
    send(Wire.fastOptions().wireLogSink(lines::add).build());

    assertThat(lines).isEmpty();
  }
}
