package vn.motcua.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonPointersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"applicant", "SoDinhDanh", "documents", "a/b", "x_1", "urn:vn:loa", "v2025"})
  void inputSegment_showsNamesThatLookLikeFields(String name) {
    assertThat(JsonPointers.inputSegment(name)).isNotEqualTo(JsonPointers.HIDDEN_SEGMENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "001099012345",
        "id001099012345",
        "0987654321",
        "an.nguyen@example.vn",
        "Nguyễn Văn An",
        "has space",
        ""
      })
  void inputSegment_hidesNamesThatMayHoldData(String name) {
    assertThat(JsonPointers.inputSegment(name)).isEqualTo(JsonPointers.HIDDEN_SEGMENT);
  }

  @Test
  void inputSegment_hidesOverlongNames() {
    assertThat(JsonPointers.inputSegment("a".repeat(65))).isEqualTo("*");
    assertThat(JsonPointers.inputSegment("a".repeat(64))).isEqualTo("a".repeat(64));
  }

  @Test
  void inputSegment_escapesSlashAndTilde() {
    assertThat(JsonPointers.inputSegment("a/b~c")).isEqualTo("a~1b~0c");
  }
}
