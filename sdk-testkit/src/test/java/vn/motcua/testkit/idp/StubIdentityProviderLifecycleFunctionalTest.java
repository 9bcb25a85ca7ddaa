package vn.motcua.testkit.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Starting, stopping and running the stub standalone. */
class StubIdentityProviderLifecycleFunctionalTest {

  @Test
  void issuer_isUnknownUntilStarted() {
    StubIdentityProvider idp = StubIdentityProvider.builder().build();

    assertThatThrownBy(idp::issuer).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(idp::port).isInstanceOf(IllegalStateException.class);
    assertThat(idp.isRunning()).isFalse();
  }

  @Test
  void close_stopsTheServer() {
    StubIdentityProvider idp = StubIdentityProvider.builder().build();
    try (idp) {
      idp.start();
      assertThat(idp.isRunning()).isTrue();
      assertThat(TestRelyingParty.get(idp.discoveryUri()).status()).isEqualTo(200);
    }

    assertThat(idp.isRunning()).isFalse();
  }

  @Test
  void hostname_isTheHostOfTheIssuer() {
    try (StubIdentityProvider idp =
        StubIdentityProvider.builder().hostname("127.0.0.1").build().start()) {
      assertThat(idp.issuer().toString()).isEqualTo("http://127.0.0.1:" + idp.port());
      assertThat(TestRelyingParty.get(idp.discoveryUri()).json())
          .containsEntry("issuer", idp.issuer().toString());
    }
  }

  @Test
  void signInAs_refusesAPersonaThePackDoesNotHold() {
    StubIdentityProvider idp = StubIdentityProvider.builder().build();

    assertThatThrownBy(() -> idp.signInAs("nobody")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_namesTheIssuerAndNoSecrets() {
    StubClient client =
        StubClient.builder("rp").secret("very-secret").redirectUri("http://localhost/cb").build();

    assertThat(client.toString()).contains("rp").doesNotContain("very-secret");
  }

  @Test
  void main_configure_registersTheClientOfTheOptions() {
    StubIdentityProvider idp =
        StubIdentityProviderMain.configure(
            "--port", "0",
            "--client-id", "demo",
            "--client-secret", "demo-secret",
            "--redirect-uri", "http://localhost:8080/callback");
    try (idp) {
      idp.start();
      TestRelyingParty rp = new TestRelyingParty(idp, idp.client("demo").orElseThrow(), null, null);

      Map<String, Object> tokens = rp.signIn("business-01").json();

      assertThat(idp.client("demo").orElseThrow().authMethod())
          .isEqualTo(ClientAuthMethod.CLIENT_SECRET_BASIC);
      assertThat(tokens).containsKey("id_token");
    }
  }

  @Test
  void main_configure_refusesUnknownOrIncompleteOptions() {
    assertThatThrownBy(() -> StubIdentityProviderMain.configure("--colour", "blue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--colour");
    assertThatThrownBy(() -> StubIdentityProviderMain.configure("--port"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StubIdentityProviderMain.configure("--client-id", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void main_configure_defaultsToPort8089() {
    StubIdentityProvider idp = StubIdentityProviderMain.configure();

    assertThat(idp.isRunning()).isFalse();
    assertThat(StubIdentityProviderMain.DEFAULT_PORT).isEqualTo(8089);
  }
}
