package vn.motcua.core.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;

/** The snippet of docs/http-transport.md, run against a stub. */
class HttpTransportGuideExamplesTest {
  @RegisterExtension
  static WireMockExtension idp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void guide_fetchesABodyThroughASharedClient() {
    idp.stubFor(get("/jwks").willReturn(aResponse().withBody("{\"keys\":[]}")));
    OkHttpClient sharedClient = new OkHttpClient();
    String jwksUrl = idp.baseUrl() + "/jwks";

    byte[] jwks;
    try (HttpTransport transport =
        HttpTransport.builder()
            .okHttpClient(sharedClient)
            .options(
                HttpOptions.builder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .callTimeout(Duration.ofSeconds(30))
                    .build())
            .retryPolicy(RetryPolicy.defaults())
            .build()) {
      HttpResponse response = transport.execute(HttpRequest.get(URI.create(jwksUrl)));
      jwks = response.body();
    }

    assertThat(new String(jwks, StandardCharsets.UTF_8)).isEqualTo("{\"keys\":[]}");
    assertThat(sharedClient.dispatcher().executorService().isShutdown()).isFalse();
    sharedClient.dispatcher().executorService().shutdown();
  }
}
