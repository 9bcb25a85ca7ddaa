package vn.motcua.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.TransportException;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpTransport;

class ClientSharingFunctionalTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final HttpOptions OPTIONS =
      HttpOptions.builder()
          .connectTimeout(Duration.ofMillis(1500))
          .readTimeout(Duration.ofMillis(2500))
          .writeTimeout(Duration.ofMillis(3500))
          .callTimeout(Duration.ofMillis(4500))
          .build();

  @Test
  void derivedClient_sharesTheUsersPoolAndDispatcher_withOurTimeoutsAndNoSilentRetry() {
    OkHttpClient user = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();

    try (HttpTransport transport =
        HttpTransport.builder().okHttpClient(user).options(OPTIONS).build()) {
      OkHttpClient derived = ((OkHttpTransport) transport).client();

      assertThat(derived).isNotSameAs(user);
      assertThat(derived.connectionPool()).isSameAs(user.connectionPool());
      assertThat(derived.dispatcher()).isSameAs(user.dispatcher());
      assertThat(derived.retryOnConnectionFailure()).isFalse();
      assertThat(derived.connectTimeoutMillis()).isEqualTo(1500);
      assertThat(derived.readTimeoutMillis()).isEqualTo(2500);
      assertThat(derived.writeTimeoutMillis()).isEqualTo(3500);
      assertThat(derived.callTimeoutMillis()).isEqualTo(4500);
      assertThat(user.retryOnConnectionFailure()).isTrue();
    }
  }

  @Test
  void close_leavesTheUsersClientWorking() throws IOException {
    server.stubFor(get("/ping").willReturn(aResponse().withBody("pong")));
    OkHttpClient user = new OkHttpClient();

    HttpTransport transport = HttpTransport.builder().okHttpClient(user).build();
    transport.close();

    assertThat(user.dispatcher().executorService().isShutdown()).isFalse();
    try (Response response =
        user.newCall(new Request.Builder().url(server.baseUrl() + "/ping").build()).execute()) {
      assertThat(response.body().string()).isEqualTo("pong");
    }
  }

  @Test
  void close_releasesTheClientTheTransportCreated() {
    HttpTransport transport = HttpTransport.builder().build();
    OkHttpClient own = ((OkHttpTransport) transport).client();

    transport.close();

    assertThat(own.dispatcher().executorService().isShutdown()).isTrue();
    assertThat(own.connectionPool().connectionCount()).isZero();
  }

  @Test
  void execute_sendsAnUnkeyedPostOnce_evenWhenTheUsersClientWouldRetryOnItsOwn() {
    // A POST that meets a dropped pooled connection is what OkHttp would silently resend.
    server.stubFor(get("/warm").willReturn(aResponse().withBody("ok")));
    server.stubFor(post("/submit").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    OkHttpClient user = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    HttpRequest request =
        HttpRequest.post(
                URI.create(server.baseUrl() + "/submit"),
                new byte[] {1},
                "application/octet-stream")
            .build();

    try (HttpTransport transport = HttpTransport.builder().okHttpClient(user).build()) {
      transport.execute(HttpRequest.get(URI.create(server.baseUrl() + "/warm")));
      assertThatThrownBy(() -> transport.execute(request)).isInstanceOf(TransportException.class);
    }

    assertThat(server.findAll(postRequestedFor(urlEqualTo("/submit")))).hasSize(1);
  }
}
