package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://sso.dichvucong.gov.vn/token",
        "https://idp.example:8443/oauth2/token?x=1",
        "http://localhost:8089/token",
        "http://LOCALHOST/token",
        "http://127.0.0.1:1/token",
        "http://127.255.0.9/token",
        "http://[::1]:8080/token"
      })
  void isAllowed_acceptsHttpsAndLoopbackHttp(String url) {
    assertThat(Endpoints.isAllowed(URI.create(url))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://sso.dichvucong.gov.vn/token",
        "http://10.0.0.1/token",
        "http://128.0.0.1/token",
        "http://127.0.0.256/token",
        "http://127.0.0.1.evil.example/token",
        "http://localhost.evil.example/token",
        "ftp://localhost/token",
        "https://user:pass@idp.example/token",
        "/token",
        "https:///token"
      })
  void isAllowed_refusesPlainHttpToOtherHostsAndOddUrls(String url) {
    assertThat(Endpoints.isAllowed(URI.create(url))).isFalse();
  }
}
