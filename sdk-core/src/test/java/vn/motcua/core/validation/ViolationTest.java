package vn.motcua.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A violation: path, code, arguments, and text in either language. */
class ViolationTest {
  private static final MessageSource MESSAGES =
      (code, args, locale) ->
          (locale.getLanguage().equals("en") ? "max " : "tối đa ") + args.get("max");

  @Test
  void of_requiresAJsonPointer() {
    assertThatThrownBy(() -> Violation.of("applicant", "a.b", Map.of(), MESSAGES))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Violation.of("", "a.b", Map.of(), MESSAGES).path()).isEmpty();
  }

  @Test
  void message_isVietnameseByDefaultAndEnglishOnRequest() {
    Violation v = Violation.of("/a", "x.too_long", Map.of("max", 5), MESSAGES);

    assertThat(v.message()).isEqualTo("tối đa 5");
    assertThat(v.message(Locale.US)).isEqualTo("max 5");
  }

  @Test
  void under_prefixesThePath() {
    Violation v = Violation.of("/sha256", "x.y", Map.of(), MESSAGES);

    assertThat(v.under("/documents/2").path()).isEqualTo("/documents/2/sha256");
    assertThat(Violation.of("", "x.y", Map.of(), MESSAGES).under("/a").path()).isEqualTo("/a");
    assertThatThrownBy(() -> v.under("documents")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality_coversPathCodeAndArgsButNotTheMessageSource() {
    Violation a = Violation.of("/a", "x.y", Map.of("max", 1), MESSAGES);
    Violation same = Violation.of("/a", "x.y", Map.of("max", 1), (c, args, l) -> c);

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(Violation.of("/a", "x.y", Map.of("max", 2), MESSAGES));
    assertThat(a).isNotEqualTo(Violation.of("/b", "x.y", Map.of("max", 1), MESSAGES));
    assertThat(a).isNotEqualTo(Violation.of("/a", "x.z", Map.of("max", 1), MESSAGES));
  }

  @Test
  void toString_showsPathCodeAndArgsOnly() {
    assertThat(Violation.of("/a", "x.y", Map.of("max", 1, "min", 0), MESSAGES).toString())
        .isEqualTo("/a x.y {max=1, min=0}");
    assertThat(Violation.of("", "x.y", Map.of(), MESSAGES).toString()).isEqualTo("/ x.y");
  }
}
