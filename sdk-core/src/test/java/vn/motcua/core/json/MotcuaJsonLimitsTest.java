package vn.motcua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.InvalidInputException;

/** Oversized and deeply nested input is rejected while parsing, with the limit it broke. */
class MotcuaJsonLimitsTest {
  private static final String CANARY = "CANARY-5530";

  private final MotcuaJson json = MotcuaJson.strict();

  @Test
  void readTree_rejectsHundredThousandLevelsOfNestingWithoutStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> json.readTree(deep));

    assertThat(e.code()).isEqualTo("json.too_deep");
    assertThat(e.report().violations().get(0).args()).containsEntry("max", 64L);
  }

  @Test
  void read_rejectsDeepNestingInsideAnUntypedValue() {
    String deep = "{\"a\":" + "{\"b\":".repeat(100_000) + "1" + "}".repeat(100_001);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> json.read(deep, Object.class));

    assertThat(e.code()).isEqualTo("json.too_deep");
  }

  @Test
  void read_acceptsNestingUpToTheLimit() {
    String deepest = "[".repeat(64) + "]".repeat(64);

    assertThat(json.readTree(deepest).isArray()).isTrue();
  }

  @Test
  void read_rejectsStringOverOneMillionCharactersAtItsPath() {
    String huge = CANARY + "x".repeat(1_000_000);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> json.read("{\"note\":[\"ok\",\"" + huge + "\"]}", JsonNode.class));

    assertThat(e.code()).isEqualTo("json.too_long");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/note/1");
    assertThat(e.report().violations().get(0).args()).containsEntry("max", 1_000_000L);
    Leaks.assertNoCanary(e, CANARY);
  }

  @Test
  void read_rejectsNumberOverOneHundredDigits() {
    String digits = "9".repeat(101);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> json.read("{\"n\":" + digits + "}", Map.class));

    assertThat(e.code()).isEqualTo("json.too_long");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/n");
    assertThat(e.report().violations().get(0).args()).containsEntry("max", 100L);
    Leaks.assertNoCanary(e, "9".repeat(20));
  }

  @Test
  void read_rejectsPropertyNameOverTheLimit() {
    String name = CANARY + "n".repeat(1_000);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> json.readTree("{\"" + name + "\":1}"));

    assertThat(e.code()).isEqualTo("json.too_long");
    assertThat(e.report().violations().get(0).args()).containsEntry("max", 1_000L);
    Leaks.assertNoCanary(e, CANARY);
  }

  @Test
  void read_rejectsDocumentOverTheLimitFromBytes() {
    MotcuaJson small =
        MotcuaJson.builder().limits(JsonLimits.builder().maxDocumentLength(1_000).build()).build();
    byte[] input = ("[" + "1,".repeat(600) + "1]").getBytes(StandardCharsets.UTF_8);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> small.readTree(input));

    assertThat(e.code()).isEqualTo("json.too_long");
    assertThat(e.report().violations().get(0).args()).containsEntry("max", 1_000L);
  }

  @Test
  void read_rejectsDocumentOverTheLimitFromTextAndStreams() {
    MotcuaJson small =
        MotcuaJson.builder().limits(JsonLimits.builder().maxDocumentLength(1_000).build()).build();
    String input = "[" + "1,".repeat(600) + "1]";
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);

    assertThat(codeOf(small, input)).isEqualTo("json.too_long");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> small.readTree(new java.io.ByteArrayInputStream(bytes)))
                .code())
        .isEqualTo("json.too_long");
  }

  @Test
  void read_rejectsDocumentWithTooManyTokens() {
    MotcuaJson small =
        MotcuaJson.builder().limits(JsonLimits.builder().maxTokenCount(100).build()).build();

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> small.read("[" + "0,".repeat(200) + "0]", List.class));

    assertThat(e.code()).isEqualTo("json.too_long");
    assertThat(e.report().violations().get(0).args()).containsEntry("max", 100L);
  }

  @Test
  void builder_appliesEachLimit() {
    JsonLimits limits =
        JsonLimits.builder()
            .maxNestingDepth(3)
            .maxStringLength(5)
            .maxNumberLength(4)
            .maxNameLength(6)
            .build();
    MotcuaJson tight = MotcuaJson.builder().limits(limits).build();

    assertThat(tight.limits()).isEqualTo(limits);
    assertThat(codeOf(tight, "[[[[1]]]]")).isEqualTo("json.too_deep");
    assertThat(codeOf(tight, "[\"123456\"]")).isEqualTo("json.too_long");
    assertThat(codeOf(tight, "[12345]")).isEqualTo("json.too_long");
    assertThat(codeOf(tight, "{\"1234567\":1}")).isEqualTo("json.too_long");
    assertThat(tight.readTree("[[\"12345\",1234,{\"123456\":1}]]").size()).isEqualTo(1);
  }

  private static String codeOf(MotcuaJson json, String input) {
    return catchThrowableOfType(InvalidInputException.class, () -> json.readTree(input)).code();
  }
}
