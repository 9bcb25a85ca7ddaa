package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.TransportException;

class RetryFunctionalTest {
  @RegisterExtension static WireMockExtension server = Wire.server();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final HttpTransport transport = Wire.transport(sleeper).build();

  @AfterEach
  void close() {
    transport.close();
  }

  /** Stubs {@code path} to answer {@code first}, then {@code 200 ok} to every later request. */
  private static void failOnceThenSucceed(String path, ResponseDefinitionBuilder first) {
    server.stubFor(
        any(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs(STARTED)
            .willReturn(first)
            .willSetStateTo("recovered"));
    server.stubFor(
        any(urlPathEqualTo(path))
            .inScenario(path)
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withStatus(200).withBody("ok")));
  }

  private static List<LoggedRequest> received(String path) {
    return server.findAll(anyRequestedFor(urlPathEqualTo(path)));
  }

  private static HttpRequest post(String path) {
    return HttpRequest.post(
            Wire.uri(server, path),
            "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
            "application/json")
        .build();
  }

  @Test
  void execute_retriesGetAfter503AndReturnsTheLaterSuccess() {
    failOnceThenSucceed("/resource", aResponse().withStatus(503));

    HttpResponse response = transport.execute(HttpRequest.get(Wire.uri(server, "/resource")));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo("ok");
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(received("/resource")).hasSize(2);
    assertThat(sleeper.waits()).hasSize(1);
  }

  @Test
  void execute_retriesIdempotentPutAfterConnectionReset() {
    failOnceThenSucceed("/put", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    HttpRequest put =
        HttpRequest.builder("PUT", Wire.uri(server, "/put"))
            .body(new byte[] {1, 2, 3}, "application/octet-stream")
            .build();

    HttpResponse response = transport.execute(put);

    assertThat(response.status()).isEqualTo(200);
    assertThat(received("/put")).hasSize(2);
  }

  @Test
  void execute_retriesPostWithIdempotencyKeyAfterConnectionReset_sendingTheSameKeyAndBody() {
    failOnceThenSucceed("/dossiers", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    HttpRequest request = post("/dossiers").toBuilder().idempotencyKey("dossier-42-sha256").build();

    HttpResponse response = transport.execute(request);

    assertThat(response.status()).isEqualTo(200);
    List<LoggedRequest> attempts = received("/dossiers");
    assertThat(attempts).hasSize(2);
    assertThat(attempts)
        .allSatisfy(
            attempt -> {
              assertThat(attempt.getHeader("Idempotency-Key")).isEqualTo("dossier-42-sha256");
              assertThat(attempt.getBodyAsString()).isEqualTo("{\"a\":1}");
            });
  }

  @Test
  void execute_retriesPostTheCallerMarkedIdempotent() {
    failOnceThenSucceed("/search", aResponse().withStatus(502));

    HttpResponse response = transport.execute(post("/search").toBuilder().idempotent(true).build());

    assertThat(response.attempts()).isEqualTo(2);
  }

  @Test
  void execute_neverRetriesPostWithoutIdempotencyKeyAfter503() {
    failOnceThenSucceed("/submit", aResponse().withStatus(503));

    HttpStatusException e =
        catchThrowableOfType(HttpStatusException.class, () -> transport.execute(post("/submit")));

    assertThat(e.status()).isEqualTo(503);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(received("/submit")).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void execute_neverRetriesPostWithoutIdempotencyKeyAfterConnectionReset() {
    failOnceThenSucceed("/submit", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    TransportException e =
        catchThrowableOfType(TransportException.class, () -> transport.execute(post("/submit")));

    assertThat(e.code()).isEqualTo("http.connection");
    assertThat(e.isRetryable()).isTrue();
    assertThat(received("/submit")).hasSize(1);
  }

  @Test
  void execute_givesUpAfterMaxAttemptsWithTheLastStatusAndRequestId() {
    server.stubFor(
        any(urlPathEqualTo("/down"))
            .willReturn(aResponse().withStatus(500).withHeader("X-Request-Id", "req-500")));

    HttpStatusException e =
        catchThrowableOfType(
            HttpStatusException.class,
            () -> transport.execute(HttpRequest.get(Wire.uri(server, "/down?id=079123456789"))));

    assertThat(e.code()).isEqualTo("http.status");
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.requestId()).contains("req-500");
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getMessage())
        .contains("GET", "localhost", "/down", "500", "3 attempts", "req-500")
        .doesNotContain("079123456789");
    assertThat(received("/down")).hasSize(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void execute_neverRetriesStatusThatRepeatingCannotFix() {
    server.stubFor(
        any(urlPathEqualTo("/token"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"invalid_grant\"}")));

    HttpStatusException e =
        catchThrowableOfType(
            HttpStatusException.class,
            () -> transport.execute(HttpRequest.get(Wire.uri(server, "/token"))));

    assertThat(e.isRetryable()).isFalse();
    assertThat(e.responseText()).isEqualTo("{\"error\":\"invalid_grant\"}");
    assertThat(e.responseHeaders().first("content-type")).contains("application/json");
    assertThat(e.getMessage()).doesNotContain("invalid_grant");
    assertThat(received("/token")).hasSize(1);
  }

  @Test
  void execute_stopsRetryingWhenTheNextWaitWouldExceedTheElapsedBudget() {
    AtomicLong nanos = new AtomicLong();
    RetryPolicy policy =
        RetryPolicy.builder()
            .maxAttempts(10)
            .baseDelay(Duration.ofSeconds(1))
            .maxDelay(Duration.ofSeconds(1))
            .maxElapsed(Duration.ofMillis(2500))
            .build();
    HttpTransport budgeted =
        Wire.transport(sleeper)
            .retryPolicy(policy)
            .nanoTicker(nanos::get)
            .sleeper(
                wait -> {
                  sleeper.sleep(wait);
                  nanos.addAndGet(wait.toNanos());
                })
            .random(new FixedRandom())
            .build();
    server.stubFor(any(urlPathEqualTo("/slow")).willReturn(aResponse().withStatus(503)));

    try (budgeted) {
      HttpStatusException e =
          catchThrowableOfType(
              HttpStatusException.class,
              () -> budgeted.execute(HttpRequest.get(Wire.uri(server, "/slow"))));

      // Two waits of 1 s fit in 2.5 s; a third would not, so there are 3 attempts, not 10.
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
  }

  @Test
  void execute_reportsInterruptDuringBackoffAndRestoresTheFlag() {
    server.stubFor(any(urlPathEqualTo("/flaky")).willReturn(aResponse().withStatus(503)));
    HttpTransport interrupted =
        Wire.transport(sleeper)
            .sleeper(
                wait -> {
                  throw new InterruptedException("stop");
                })
            .build();

    try (interrupted) {
      TransportException e =
          catchThrowableOfType(
              TransportException.class,
              () -> interrupted.execute(HttpRequest.get(Wire.uri(server, "/flaky"))));

      assertThat(e.code()).isEqualTo("http.interrupted");
      assertThat(e.isRetryable()).isFalse();
      assertThat(e.getSuppressed()).singleElement().isInstanceOf(HttpStatusException.class);
      assertThat(Thread.interrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(received("/flaky")).hasSize(1);
  }
}
