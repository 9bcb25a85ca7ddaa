package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterFunctionalTest {
  @RegisterExtension static WireMockExtension server = Wire.server();

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final HttpTransport transport =
      Wire.transport(sleeper)
          .clock(NOW)
          .retryPolicy(RetryPolicy.builder().maxDelay(Duration.ofSeconds(60)).build())
          .build();

  @AfterEach
  void close() {
    transport.close();
  }

  private static void busyOnceThenOk(int status, String retryAfter) {
    server.stubFor(
        get(urlPathEqualTo("/busy"))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(status).withHeader("Retry-After", retryAfter))
            .willSetStateTo("free"));
    server.stubFor(
        get(urlPathEqualTo("/busy"))
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(aResponse().withStatus(200)));
  }

  @ParameterizedTest(name = "after {0}")
  @ValueSource(ints = {429, 503})
  void execute_waitsTheSecondsRetryAfterAsksFor(int status) {
    busyOnceThenOk(status, "7");

    HttpResponse response = transport.execute(HttpRequest.get(Wire.uri(server, "/busy")));

    assertThat(response.status()).isEqualTo(200);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @ParameterizedTest(name = "date {0}")
  @ValueSource(
      strings = {
        "Thu, 01 Jan 2026 00:00:30 GMT",
        "Thursday, 01-Jan-26 00:00:30 GMT",
        "Thu Jan  1 00:00:30 2026"
      })
  void execute_waitsUntilTheHttpDateRetryAfterNames(String date) {
    busyOnceThenOk(503, date);

    transport.execute(HttpRequest.get(Wire.uri(server, "/busy")));

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
  }

  @ParameterizedTest(name = "Retry-After {0}")
  @ValueSource(strings = {"120", "Thu, 01 Jan 2026 01:00:00 GMT"})
  void execute_doesNotWaitLongerThanTheCap_andReportsTheWantedDelay(String retryAfter) {
    busyOnceThenOk(503, retryAfter);

    HttpStatusException e =
        catchThrowableOfType(
            HttpStatusException.class,
            () -> transport.execute(HttpRequest.get(Wire.uri(server, "/busy"))));

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.retryAfter())
        .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofSeconds(60)));
    assertThat(e.getMessage()).contains("Retry-After");
    assertThat(sleeper.waits()).isEmpty();
    server.verify(1, getRequestedFor(urlPathEqualTo("/busy")));
  }

  @ParameterizedTest(name = "Retry-After {0}")
  @ValueSource(strings = {"soon", "-5", "Thu, 32 Jan 2026 00:00:30 GMT"})
  void execute_fallsBackToBackoffWhenRetryAfterIsUnreadable(String retryAfter) {
    busyOnceThenOk(503, retryAfter);

    transport.execute(HttpRequest.get(Wire.uri(server, "/busy")));

    assertThat(sleeper.waits())
        .singleElement()
        .satisfies(
            wait -> assertThat(wait).isBetween(Duration.ZERO, RetryPolicy.defaults().baseDelay()));
  }
}
