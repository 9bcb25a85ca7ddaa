package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.TransportException;

class FaultFunctionalTest {
  @RegisterExtension static WireMockExtension server = Wire.server();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final HttpTransport transport = Wire.transport(sleeper).build();

  @AfterEach
  void close() {
    transport.close();
  }

  @ParameterizedTest(name = "{0} surfaces as {1}")
  @CsvSource({
    "CONNECTION_RESET_BY_PEER, http.connection",
    "EMPTY_RESPONSE, http.connection",
    "MALFORMED_RESPONSE_CHUNK, http.malformed_response",
    "RANDOM_DATA_THEN_CLOSE, http.malformed_response",
  })
  void execute_surfacesEachFaultAsTypedRetryableErrorAfterRetrying(Fault fault, String code) {
    server.stubFor(get(urlPathEqualTo("/fault")).willReturn(aResponse().withFault(fault)));

    TransportException e =
        catchThrowableOfType(
            TransportException.class,
            () -> transport.execute(HttpRequest.get(Wire.uri(server, "/fault?q=secret"))));

    assertThat(e.code()).as("cause %s %s", e.getCause(), e.getCause().getCause()).isEqualTo(code);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getMessage())
        .contains("GET", "/fault", "after 3 attempts")
        .doesNotContain("secret");
    server.verify(3, getRequestedFor(urlEqualTo("/fault?q=secret")));
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void execute_reportsConnectionRefusedAsConnectionFailure() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HttpTransport noRetry = Wire.transport(sleeper).retryPolicy(RetryPolicy.none()).build();
    try (noRetry) {
      TransportException e =
          catchThrowableOfType(
              TransportException.class,
              () -> noRetry.execute(HttpRequest.get(URI.create("http://localhost:" + closedPort))));

      assertThat(e.code()).isEqualTo("http.connection");
      assertThat(e.isRetryable()).isTrue();
    }
  }
}
