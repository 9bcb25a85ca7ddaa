package vn.motcua.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HttpHeadersTest {

  @Test
  void first_looksNamesUpCaseInsensitively() {
    HttpHeaders headers = HttpHeaders.of("X-Request-Id", "abc", "x-request-id", "def");

    assertThat(headers.first("X-REQUEST-ID")).contains("abc");
    assertThat(headers.all("x-Request-id")).containsExactly("abc", "def");
    assertThat(headers.first("Missing")).isEmpty();
    assertThat(headers.all("Missing")).isEmpty();
  }

  @Test
  void names_keepFirstSpellingAndOrder() {
    HttpHeaders headers = HttpHeaders.of("B", "1", "a", "2", "b", "3");

    assertThat(headers.names()).containsExactly("B", "a");
    assertThat(headers.size()).isEqualTo(3);
    assertThat(headers.toMap().get("A")).containsExactly("2");
    assertThat(headers.toMap().get("b")).containsExactly("1", "3");
  }

  @Test
  void builder_setReplacesAndRemoveDeletesEveryValue() {
    HttpHeaders headers =
        HttpHeaders.builder()
            .add("Accept", "text/plain")
            .add("accept", "text/html")
            .set("ACCEPT", "application/json")
            .add("X-Gone", "1")
            .remove("x-gone")
            .build();

    assertThat(headers.all("Accept")).containsExactly("application/json");
    assertThat(headers.contains("X-Gone")).isFalse();
  }

  @Test
  void equals_ignoresNameCase() {
    assertThat(HttpHeaders.of("Accept", "a")).isEqualTo(HttpHeaders.of("accept", "a"));
    assertThat(HttpHeaders.of("Accept", "a").hashCode())
        .isEqualTo(HttpHeaders.of("ACCEPT", "a").hashCode());
    assertThat(HttpHeaders.of("Accept", "a")).isNotEqualTo(HttpHeaders.of("Accept", "b"));
  }

  @Test
  void add_rejectsLineBreaksInValuesWithoutEchoingTheValue() {
    assertThatThrownBy(() -> HttpHeaders.of("Authorization", "Bearer secret\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Authorization")
        .hasMessageNotContaining("secret");
  }

  @Test
  void add_rejectsNamesThatAreNotTokens() {
    assertThatThrownBy(() -> HttpHeaders.of("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Bad Name");
    assertThatThrownBy(() -> HttpHeaders.of("", "v")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void add_stripsSurroundingWhitespaceAndAcceptsReceivedNonAsciiValues() {
    HttpHeaders headers = HttpHeaders.of("Content-Disposition", "  attachment; filename=hồ-sơ  ");

    assertThat(headers.first("content-disposition")).contains("attachment; filename=hồ-sơ");
  }

  @Test
  void toString_showsNamesButNeverValues() {
    assertThat(HttpHeaders.of("Authorization", "Bearer secret").toString())
        .contains("Authorization")
        .doesNotContain("secret");
  }
}
