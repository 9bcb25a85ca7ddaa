package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.Random;

/** Shared set-up of the functional tests: a WireMock server and a fast transport. */
final class Wire {
  private Wire() {}

  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().jettyStopTimeout(0L))
        .failOnUnmatchedRequests(false)
        .build();
  }

  static URI uri(WireMockExtension server, String pathAndQuery) {
    return URI.create(server.baseUrl() + pathAndQuery);
  }

  /** Short timeouts so that faults surface in milliseconds. */
  static HttpOptions.Builder fastOptions() {
    return HttpOptions.builder()
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2))
        .writeTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(5));
  }

  static HttpTransport.Builder transport(RecordingSleeper sleeper) {
    return HttpTransport.builder()
        .options(fastOptions().build())
        .sleeper(sleeper)
        .random(new Random(42));
  }
}
