package vn.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.idp.StubClient;

/** {@link Stubs} running only one of its two stubs, and what it refuses to build. */
class StubsPartsFunctionalTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void withoutPortal_runsOnlyTheIdentityProvider() throws Exception {
    int portalPort = freePort();
    try (Stubs stubs = Stubs.builder().withoutPortal().portalPort(portalPort).build().start()) {
      assertThat(stubs.includesIdentityProvider()).isTrue();
      assertThat(stubs.includesPortal()).isFalse();
      assertThat(stubs.isRunning()).isTrue();
      assertThat(get(stubs.discoveryUri()).statusCode()).isEqualTo(200);

      assertThatThrownBy(() -> get(URI.create("http://127.0.0.1:" + portalPort + "/dvcqg/login")))
          .isInstanceOf(ConnectException.class);
      assertThatThrownBy(stubs::portal)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no portal");
      assertThatThrownBy(stubs::dvcqgBaseUrl).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(stubs::lgspBaseUrl).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(stubs::portalFaults).isInstanceOf(IllegalStateException.class);
      assertThat(stubs.toString()).contains("no portal");

      assertThat(stubs.reset().isRunning()).isTrue();
      stubs.stop();
      assertThat(stubs.isRunning()).isFalse();
    }
  }

  @Test
  void withoutIdentityProvider_runsOnlyThePortal() throws Exception {
    int idpPort = freePort();
    try (Stubs stubs =
        Stubs.builder().withoutIdentityProvider().identityProviderPort(idpPort).build().start()) {
      assertThat(stubs.includesIdentityProvider()).isFalse();
      assertThat(stubs.includesPortal()).isTrue();
      assertThat(stubs.isRunning()).isTrue();
      assertThat(stubs.portal().isRunning()).isTrue();
      assertThat(stubs.dvcqgBaseUrl().getPort()).isEqualTo(stubs.portal().port());
      // Any answer will do: the portal listens.
      assertThat(get(stubs.dvcqgBaseUrl().resolve("/")).statusCode()).isPositive();

      assertThatThrownBy(
              () ->
                  get(
                      URI.create(
                          "http://127.0.0.1:" + idpPort + "/.well-known/openid-configuration")))
          .isInstanceOf(ConnectException.class);
      assertThatThrownBy(stubs::identityProvider)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no identity provider");
      assertThatThrownBy(stubs::issuer).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(stubs::personas).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(stubs::clientId).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(stubs::identityProviderFaults).isInstanceOf(IllegalStateException.class);

      stubs.stop();
      assertThat(stubs.isRunning()).isFalse();
      assertThat(stubs.portal().isRunning()).isFalse();
    }
  }

  @Test
  void withoutPortal_appliesTheIdentityProviderFaultsOfTheSchedule() throws Exception {
    FaultFile faults = FaultFile.parse("idp every jwks SERVICE_UNAVAILABLE\n");
    try (Stubs stubs = Stubs.builder().withoutPortal().faults(faults).build().start()) {
      assertThat(get(stubs.identityProvider().jwksUri()).statusCode()).isEqualTo(503);
      assertThat(get(stubs.reset().identityProvider().jwksUri()).statusCode()).isEqualTo(503);
    }
  }

  @Test
  void build_refusesWhatCannotRun() {
    assertThatThrownBy(() -> Stubs.builder().withoutIdentityProvider().withoutPortal().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing to run");
    assertThatThrownBy(
            () ->
                Stubs.builder()
                    .withoutIdentityProvider()
                    .redirectUri("http://localhost:3000/callback")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("identity provider");
    StubClient client =
        StubClient.builder("demo").secret("demo-secret").redirectUri("http://localhost/cb").build();
    assertThatThrownBy(() -> Stubs.builder().withoutIdentityProvider().client(client).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("identity provider");
    assertThatThrownBy(() -> Stubs.builder().withoutPortal().controlPort(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("control API");
    assertThatThrownBy(
            () ->
                Stubs.builder()
                    .withoutPortal()
                    .faults(FaultFile.parse("portal next login HTTP_503\n"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("portal");
    assertThatThrownBy(
            () ->
                Stubs.builder()
                    .withoutIdentityProvider()
                    .faults(FaultFile.parse("idp every jwks SERVICE_UNAVAILABLE\n"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("identity provider");
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }
}
