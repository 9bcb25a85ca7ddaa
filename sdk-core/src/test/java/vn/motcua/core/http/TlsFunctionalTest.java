package vn.motcua.core.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.TransportException;

class TlsFunctionalTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().dynamicHttpsPort())
          .build();

  @Test
  void execute_refusesAnUntrustedCertificateWithoutRetrying() {
    server.stubFor(get("/secure").willReturn(aResponse().withBody("never seen")));
    RecordingSleeper sleeper = new RecordingSleeper();

    try (HttpTransport transport = Wire.transport(sleeper).build()) {
      URI uri = URI.create("https://localhost:" + server.getHttpsPort() + "/secure");
      TransportException e =
          catchThrowableOfType(
              TransportException.class, () -> transport.execute(HttpRequest.get(uri)));

      assertThat(e.code()).isEqualTo("http.tls");
      assertThat(e.isRetryable()).isFalse();
      assertThat(sleeper.waits()).isEmpty();
    }
  }
}
