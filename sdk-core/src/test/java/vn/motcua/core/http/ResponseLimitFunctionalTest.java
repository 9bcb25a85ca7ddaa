package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.TransportException;

class ResponseLimitFunctionalTest {
  @RegisterExtension static WireMockExtension server = Wire.server();

  private static final int LIMIT = 1000;

  private final HttpTransport transport =
      Wire.transport(new RecordingSleeper())
          .options(Wire.fastOptions().maxResponseBytes(LIMIT).build())
          .build();

  @AfterEach
  void close() {
    transport.close();
  }

  private TransportException failureFor(ResponseDefinitionBuilder answer) {
    server.stubFor(get(urlPathEqualTo("/big")).willReturn(answer));
    return catchThrowableOfType(
        TransportException.class,
        () -> transport.execute(HttpRequest.get(Wire.uri(server, "/big"))));
  }

  @Test
  void execute_refusesBodyWhoseContentLengthExceedsTheLimit() {
    TransportException e =
        failureFor(
            aResponse()
                .withHeader("Content-Length", String.valueOf(LIMIT + 1))
                .withBody("x".repeat(LIMIT + 1)));

    assertThat(e.code()).isEqualTo("http.response_too_large");
    assertThat(e.isRetryable()).isFalse();
    server.verify(1, getRequestedFor(urlPathEqualTo("/big")));
  }

  @Test
  void execute_refusesChunkedBodyWithoutContentLengthOnceItPassesTheLimit() {
    TransportException e =
        failureFor(aResponse().withBody("x".repeat(LIMIT * 5)).withChunkedDribbleDelay(5, 50));

    assertThat(e.code()).isEqualTo("http.response_too_large");
  }

  @Test
  void execute_acceptsBodyOfExactlyTheLimit() {
    server.stubFor(
        get(urlPathEqualTo("/fits"))
            .willReturn(aResponse().withBody("y".repeat(LIMIT)).withChunkedDribbleDelay(4, 20)));

    HttpResponse response = transport.execute(HttpRequest.get(Wire.uri(server, "/fits")));

    assertThat(response.bodyLength()).isEqualTo(LIMIT);
  }
}
