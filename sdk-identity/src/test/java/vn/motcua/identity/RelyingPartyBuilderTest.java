package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelyingPartyBuilderTest {
  private static final String SECRET = "a-client-secret-of-at-least-32-bytes!";

  private static RelyingParty.Builder valid() {
    return RelyingParty.builder()
        .issuer("https://sso.example.vn")
        .clientId("my-portal")
        .clientAuthentication(ClientAuthentication.clientSecretBasic(SECRET))
        .redirectUri("https://portal.example.vn/login/callback");
  }

  @Test
  void build_needsIssuerClientAuthenticationAndRedirectUri() {
    assertThatThrownBy(() -> RelyingParty.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("required");
    assertThatThrownBy(() -> valid().clientId("x").redirectUri("/relative"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://sso.example.vn",
        "https://sso.example.vn?tenant=1",
        "https://sso.example.vn#x",
        "sso.example.vn",
        "not a url"
      })
  void issuer_mustBeHttpsOrLoopbackWithoutQueryOrFragment(String issuer) {
    assertThatThrownBy(() -> valid().issuer(issuer)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void issuer_mayBePlainHttpOnLoopback() {
    try (RelyingParty rp = valid().issuer("http://localhost:8089").build()) {
      assertThat(rp.issuer()).isEqualTo("http://localhost:8089");
    }
  }

  @Test
  void scopes_alwaysStartWithOpenid() {
    try (RelyingParty rp = valid().scopes("profile", "openid", "offline_access").build()) {
      assertThat(rp.scopes()).containsExactly("openid", "profile", "offline_access");
    }
    try (RelyingParty rp = valid().build()) {
      assertThat(rp.scopes()).containsExactly("openid");
    }
    assertThatThrownBy(() -> valid().scopes("openid profile"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_failsAtOnceOnVerifierSettingsItWouldRefuseLater() {
    assertThatThrownBy(() -> valid().allowedAlgorithms("none").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                valid()
                    .clientAuthentication(ClientAuthentication.clientSecretBasic("short"))
                    .allowedAlgorithms("HS256")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> valid().requireEncryption(true).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> valid().clockSkew(Duration.ofHours(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> valid().transactionKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> valid().transactionLifetime(Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_showsSettingsButNoSecret() {
    try (RelyingParty rp = valid().build()) {
      assertThat(rp.toString())
          .contains("https://sso.example.vn", "my-portal", "client_secret_basic", "dvcqg")
          .doesNotContain(SECRET);
      assertThat(rp.redirectUri())
          .isEqualTo(URI.create("https://portal.example.vn/login/callback"));
    }
    assertThat(ClientAuthentication.clientSecretPost(SECRET).toString())
        .isEqualTo("ClientAuthentication[client_secret_post]");
  }
}
