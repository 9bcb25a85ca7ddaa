package vn.motcua.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class ParsedUrlsTest {
  @Test
  void aUrlCalledAgain_isParsedOnce_toTheSameUrl() {
    ParsedUrls urls = new ParsedUrls(4);
    URI endpoint = URI.create("https://dichvucong.example.vn/adapter/api");

    HttpUrl first = urls.parse(endpoint);
    HttpUrl again = urls.parse(URI.create("https://dichvucong.example.vn/adapter/api"));

    assertThat(first).isNotNull();
    assertThat(again).isSameAs(first);
    assertThat(first.toString()).isEqualTo(HttpUrl.get(endpoint.toString()).toString());
  }

  @Test
  void urlsWithAQueryOrUserInformation_areParsedButNotKept() {
    ParsedUrls urls = new ParsedUrls(4);

    HttpUrl withQuery = urls.parse(URI.create("https://id.example.vn/authorize?login_hint=x"));
    HttpUrl withUser = urls.parse(URI.create("https://user:secret@id.example.vn/token"));

    assertThat(withQuery).isNotNull();
    assertThat(withQuery.queryParameter("login_hint")).isEqualTo("x");
    assertThat(withUser).isNotNull();
    assertThat(urls.size()).isZero();
  }

  @Test
  void whenFull_theCacheStartsOver() {
    ParsedUrls urls = new ParsedUrls(2);
    urls.parse(URI.create("https://a.example.vn/1"));
    urls.parse(URI.create("https://a.example.vn/2"));
    assertThat(urls.size()).isEqualTo(2);

    urls.parse(URI.create("https://a.example.vn/3"));

    assertThat(urls.size()).isEqualTo(1);
  }

  @Test
  void aUrlOkHttpCannotSendTo_isNull_andNotKept() {
    ParsedUrls urls = new ParsedUrls(4);

    assertThat(urls.parse(URI.create("ftp://files.example.vn/a"))).isNull();
    assertThat(urls.size()).isZero();
  }

  @Test
  void none_keepsNothing() {
    assertThat(ParsedUrls.NONE.parse(URI.create("https://a.example.vn/1"))).isNotNull();
    assertThat(ParsedUrls.NONE.size()).isZero();
  }
}
