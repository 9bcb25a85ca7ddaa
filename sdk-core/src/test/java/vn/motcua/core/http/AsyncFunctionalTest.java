package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.TransportException;

class AsyncFunctionalTest {
  @RegisterExtension static WireMockExtension server = Wire.server();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void executeAsync_retriesOffTheCallerThreadAndCompletesWithTheResponse() {
    server.stubFor(
        get(urlPathEqualTo("/async"))
            .inScenario("async")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("up"));
    server.stubFor(
        get(urlPathEqualTo("/async"))
            .inScenario("async")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withBody("done")));

    try (HttpTransport transport = Wire.transport(sleeper).build()) {
      HttpResponse response =
          transport.executeAsync(HttpRequest.get(Wire.uri(server, "/async"))).join();

      assertThat(response.bodyText()).isEqualTo("done");
      assertThat(sleeper.threads())
          .singleElement()
          .satisfies(name -> assertThat(name).startsWith("motcua-http-"));
    }
  }

  @Test
  void executeAsync_failsTheFutureWithTheSameTypedErrorAsExecute() {
    server.stubFor(get(urlPathEqualTo("/missing")).willReturn(aResponse().withStatus(404)));

    try (HttpTransport transport = Wire.transport(sleeper).build()) {
      CompletableFuture<HttpResponse> future =
          transport.executeAsync(HttpRequest.get(Wire.uri(server, "/missing")));

      assertThatThrownBy(future::join)
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOfSatisfying(
              HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
  }

  @Test
  void executeAsync_sendsNothingWhenCancelledBeforeItRuns() {
    Queue<Runnable> queued = new ArrayDeque<>();
    try (HttpTransport transport = Wire.transport(sleeper).asyncExecutor(queued::add).build()) {
      CompletableFuture<HttpResponse> future =
          transport.executeAsync(HttpRequest.get(Wire.uri(server, "/never")));

      future.cancel(true);
      queued.remove().run();

      assertThat(future).isCancelled();
      assertThat(server.findAll(anyRequestedFor(urlPathEqualTo("/never")))).isEmpty();
    }
  }

  @Test
  void executeAsync_reportsAnExecutorThatRefusesTheTask() {
    ExecutorService refusing = Executors.newSingleThreadExecutor();
    refusing.shutdown();
    try (HttpTransport transport = Wire.transport(sleeper).asyncExecutor(refusing).build()) {
      CompletableFuture<HttpResponse> future =
          transport.executeAsync(HttpRequest.get(Wire.uri(server, "/x")));

      assertThatThrownBy(future::join)
          .cause()
          .isInstanceOfSatisfying(
              TransportException.class, e -> assertThat(e.code()).isEqualTo("http.rejected"));
    }
  }

  @Test
  void close_leavesTheCallersExecutorRunningAndRefusesNewRequests() {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      HttpTransport transport = Wire.transport(sleeper).asyncExecutor(executor).build();
      transport.close();

      assertThat(executor.isShutdown()).isFalse();
      assertThatThrownBy(() -> transport.executeAsync(HttpRequest.get(Wire.uri(server, "/x"))))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> transport.execute(HttpRequest.get(Wire.uri(server, "/x"))))
          .isInstanceOf(IllegalStateException.class);
    } finally {
      executor.shutdown();
    }
  }
}
