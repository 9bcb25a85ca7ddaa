package vn.motcua.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Message sources: bundles, languages, placeholders and composition. */
class MessageSourceTest {
  private static final MessageSource CORE =
      MessageSource.bundle("vn.motcua.core.messages", MessageSourceTest.class.getClassLoader());

  @Test
  void bundle_givesVietnameseByDefaultAndEnglishOnRequest() {
    assertThat(CORE.message("json.too_deep", Map.of("max", 64), MessageSource.VIETNAMESE))
        .isEqualTo("Dữ liệu JSON lồng nhau quá sâu; tối đa 64 cấp.");
    assertThat(CORE.message("json.too_deep", Map.of("max", 64), Locale.UK))
        .isEqualTo("The JSON is nested too deeply; at most 64 levels are allowed.");
    assertThat(CORE.message("json.too_deep", Map.of("max", 64), Locale.JAPANESE))
        .startsWith("Dữ liệu JSON");
  }

  @Test
  void bundle_neverConsultsTheJvmDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(CORE.message("json.empty", Map.of(), MessageSource.VIETNAMESE))
          .startsWith("Không có dữ liệu JSON");
      Locale.setDefault(MessageSource.VIETNAMESE);
      assertThat(CORE.message("json.empty", Map.of(), Locale.ENGLISH))
          .startsWith("The JSON input is empty");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void bundle_returnsTheCodeForMissingTextAndFindReturnsEmpty() {
    assertThat(CORE.message("no.such.code", Map.of(), Locale.ENGLISH)).isEqualTo("no.such.code");
    assertThat(CORE.find("no.such.code", Map.of(), Locale.ENGLISH)).isEmpty();
    assertThat(CORE.find("json.empty", Map.of(), Locale.ENGLISH)).isPresent();
  }

  @Test
  void bundle_leavesUnknownPlaceholdersVisible() {
    assertThat(CORE.message("json.too_long", Map.of(), Locale.ENGLISH)).contains("{max}");
  }

  @Test
  void orElse_prefersTheFirstSourceAndFallsBackForCodesItLacks() {
    MessageSource module = (code, args, locale) -> code.equals("json.empty") ? "module text" : code;

    MessageSource combined = module.orElse(CORE);

    assertThat(combined.message("json.empty", Map.of(), Locale.ENGLISH)).isEqualTo("module text");
    assertThat(combined.message("json.malformed", Map.of(), Locale.ENGLISH))
        .startsWith("The input is not valid JSON");
    assertThat(combined.message("no.such.code", Map.of(), Locale.ENGLISH))
        .isEqualTo("no.such.code");
    assertThat(combined.find("no.such.code", Map.of(), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void orElse_chainsAcrossSeveralSources() {
    MessageSource first = (code, args, locale) -> code.equals("a.one") ? "1" : code;
    MessageSource second = (code, args, locale) -> code.equals("a.two") ? "2" : code;
    MessageSource third = (code, args, locale) -> code.equals("a.three") ? "3" : code;

    MessageSource all = first.orElse(second).orElse(third);

    assertThat(all.message("a.one", Map.of(), Locale.ENGLISH)).isEqualTo("1");
    assertThat(all.message("a.two", Map.of(), Locale.ENGLISH)).isEqualTo("2");
    assertThat(all.message("a.three", Map.of(), Locale.ENGLISH)).isEqualTo("3");
  }

  @Test
  void bundles_holdTheSameCodesAndPlaceholdersInBothLanguages() throws IOException {
    Properties vietnamese = load("messages.properties");
    Properties english = load("messages_en.properties");

    assertThat(english.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
    for (String code : vietnamese.stringPropertyNames()) {
      assertThat(placeholders(english.getProperty(code)))
          .as(code)
          .isEqualTo(placeholders(vietnamese.getProperty(code)));
      assertThat(english.getProperty(code)).as(code).isNotEqualTo(vietnamese.getProperty(code));
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessageSourceTest.class.getResourceAsStream("/vn/motcua/core/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([a-z_]+)\\}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
