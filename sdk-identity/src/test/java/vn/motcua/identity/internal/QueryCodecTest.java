package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;

class QueryCodecTest {

  @Test
  void parseCallback_readsDecodedParameters() {
    Map<String, String> params =
        QueryCodec.parseCallback(
            URI.create(
                "https://rp.example/cb?code=a%2Bb&state=s+1&iss=https%3A%2F%2Fsso.example.vn&&flag"));

    assertThat(params)
        .containsEntry("code", "a+b")
        .containsEntry("state", "s 1")
        .containsEntry("iss", "https://sso.example.vn")
        .containsEntry("flag", "");
  }

  @Test
  void parseCallback_readsAQueryGivenAlone() {
    assertThat(QueryCodec.parseCallback(URI.create("?code=c&state=s"))).containsKeys("code");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://rp.example/cb",
        "https://rp.example/cb?",
        "https://rp.example/cb?code=1&code=2",
        "https://rp.example/cb?state=a&state=a"
      })
  void parseCallback_refusesUnusableQueries(String url) {
    assertThat(catchThrowable(() -> QueryCodec.parseCallback(URI.create(url))))
        .isInstanceOfSatisfying(
            IdentityException.class,
            e -> assertThat(e.code()).isEqualTo(IdentityCodes.CALLBACK_INVALID));
  }

  @Test
  void parseCallback_refusesAnOverlongQueryBeforeReadingIt() {
    String url = "https://rp.example/cb?code=" + "a".repeat(QueryCodec.MAX_QUERY_LENGTH);

    assertThat(catchThrowable(() -> QueryCodec.parseCallback(URI.create(url))))
        .isInstanceOf(IdentityException.class)
        .hasMessageContaining("longer than 8 KiB");
  }

  @Property(tries = 1000)
  void parseCallback_failsOnlyWithTheCallbackCode(@ForAll String query) {
    URI uri;
    try {
      uri = new URI("https", "rp.example", "/cb", query, null);
    } catch (URISyntaxException e) {
      return;
    }
    Throwable thrown = catchThrowable(() -> QueryCodec.parseCallback(uri));

    if (thrown != null) {
      assertThat(thrown).isInstanceOf(IdentityException.class);
      assertThat(((IdentityException) thrown).code()).isEqualTo(IdentityCodes.CALLBACK_INVALID);
    }
  }

  @Test
  void append_keepsTheEndpointsOwnQueryAndEncodesValues() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("scope", "openid profile");
    params.put("redirect_uri", "https://rp.example/cb?x=1&y=2");

    URI url = QueryCodec.append(URI.create("https://sso.example.vn/authorize?ui=vi"), params);

    assertThat(url.toString())
        .isEqualTo(
            "https://sso.example.vn/authorize?ui=vi&scope=openid%20profile"
                + "&redirect_uri=https%3A%2F%2Frp.example%2Fcb%3Fx%3D1%26y%3D2");
    assertThat(QueryCodec.parseCallback(url))
        .containsEntry("redirect_uri", "https://rp.example/cb?x=1&y=2");
  }
}
