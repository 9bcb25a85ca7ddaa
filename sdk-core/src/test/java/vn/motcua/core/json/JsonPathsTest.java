package vn.motcua.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPathsTest {

  @Test
  void inputSegment_keepsNamesThatLookLikeFieldNames() {
    assertThat(JsonPaths.inputSegment("futureField")).isEqualTo("futureField");
    assertThat(JsonPaths.inputSegment("a/b~c")).isEqualTo("a~1b~0c");
  }

  @Test
  void inputSegment_hidesNamesThatMayHoldData() {
    assertThat(JsonPaths.inputSegment("001099012345")).isEqualTo(JsonPaths.HIDDEN_SEGMENT);
    assertThat(JsonPaths.inputSegment("an@example.com")).isEqualTo("*");
    assertThat(JsonPaths.inputSegment("Nguyễn Văn An")).isEqualTo("*");
    assertThat(JsonPaths.inputSegment("x".repeat(65))).isEqualTo("*");
  }

  @Test
  void escape_escapesTildeAndSlashOnly() {
    assertThat(JsonPaths.escape("a/b~c d")).isEqualTo("a~1b~0c d");
  }
}
