package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.Motcua;

class RequestHeadersFunctionalTest {
  @RegisterExtension static WireMockExtension server = Wire.server();

  private final HttpTransport transport = Wire.transport(new RecordingSleeper()).build();

  @BeforeEach
  void stub() {
    server.stubFor(
        any(urlPathEqualTo("/echo"))
            .willReturn(
                aResponse()
                    .withHeader("X-Correlation-Id", "corr-1")
                    .withHeader("Request-Id", "other")
                    .withBody("hi")));
  }

  @AfterEach
  void close() {
    transport.close();
  }

  @Test
  void execute_sendsMotcuaUserAgent() {
    transport.execute(HttpRequest.get(Wire.uri(server, "/echo")));

    server.verify(
        getRequestedFor(urlPathEqualTo("/echo"))
            .withHeader("User-Agent", equalTo(Motcua.userAgent())));
  }

  @Test
  void execute_keepsTheCallersUserAgent() {
    transport.execute(
        HttpRequest.builder("GET", Wire.uri(server, "/echo"))
            .header("User-Agent", "desk-app/2.1")
            .build());

    server.verify(
        getRequestedFor(urlPathEqualTo("/echo")).withHeader("User-Agent", equalTo("desk-app/2.1")));
  }

  @Test
  void execute_capturesRequestIdFromTheFirstConfiguredHeaderPresent() {
    HttpResponse response = transport.execute(HttpRequest.get(Wire.uri(server, "/echo")));

    assertThat(response.requestId()).contains("corr-1");
    assertThat(response.headers().first("x-correlation-id")).contains("corr-1");
  }

  @Test
  void execute_capturesRequestIdFromConfiguredHeaders() {
    try (HttpTransport custom =
        Wire.transport(new RecordingSleeper())
            .options(Wire.fastOptions().requestIdHeaders(List.of("Request-Id")).build())
            .build()) {
      assertThat(custom.execute(HttpRequest.get(Wire.uri(server, "/echo"))).requestId())
          .contains("other");
    }
  }

  @Test
  void execute_doesNotFollowRedirectsAndReportsTheRedirectStatus() {
    server.stubFor(
        any(urlPathEqualTo("/moved"))
            .willReturn(aResponse().withStatus(307).withHeader("Location", "/echo")));

    HttpStatusException e =
        catchThrowableOfType(
            HttpStatusException.class,
            () ->
                transport.execute(
                    HttpRequest.post(Wire.uri(server, "/moved"), new byte[] {1}, "text/plain")
                        .build()));

    assertThat(e.status()).isEqualTo(307);
    assertThat(server.findAll(anyRequestedFor(urlPathEqualTo("/echo")))).isEmpty();
  }
}
