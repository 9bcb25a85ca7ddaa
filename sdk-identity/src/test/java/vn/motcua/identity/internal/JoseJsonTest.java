package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JoseJsonTest {
  private final JoseJson json = JoseJson.withMaxLength(1024);

  @Test
  void object_readsOneJsonObject() {
    assertThat(json.object("{\"a\":[1,\"b\"]}".getBytes(StandardCharsets.UTF_8)))
        .containsEntry("a", List.of(1L, "b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "1", "null", "{\"a\":1,\"a\":2}", "{} {}", "{"})
  void object_isNullForAnythingButOneObject(String text) {
    assertThat(json.object(text.getBytes(StandardCharsets.UTF_8))).isNull();
  }

  @Test
  void object_isNullForBytesNoEncodingCanRead() {
    assertThat(json.object(new byte[] {0, 0, 1, 0})).isNull();
    assertThat(json.object(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 0x7b, 0})).isNull();
  }

  @Test
  void object_isNullBeyondTheLengthLimit() {
    String big = "{\"a\":\"" + "x".repeat(2000) + "\"}";

    assertThat(json.object(big.getBytes(StandardCharsets.UTF_8))).isNull();
  }
}
