package vn.motcua.dossier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/lifecycle.md and docs/error-codes.md complete for the lifecycle, receipts,
 * satisfaction and KPI figures: every code in their sources and bundle is listed in both pages and
 * has texts in both languages.
 */
class LifecycleErrorCodesDocTest {
  private static final Pattern CODE_LITERAL =
      Pattern.compile(
          "\"((?:dossier\\.(?:status|apology|satisfaction|receipt))\\.[a-z0-9_.]*[a-z0-9_])\"");
  private static final String BUNDLE = "/vn/motcua/dossier/lifecycle/messages";

  @Test
  void guides_listEveryCode() throws IOException {
    Set<String> codes = new TreeSet<>(codesInSources());
    codes.addAll(bundle(BUNDLE + ".properties").stringPropertyNames());
    String lifecycle = Files.readString(Path.of("..", "docs", "lifecycle.md"));
    String errorCodes = Files.readString(Path.of("..", "docs", "error-codes.md"));

    assertThat(codes).hasSizeGreaterThan(10);
    assertThat(codes).allSatisfy(code -> assertThat(lifecycle).contains("`" + code + "`"));
    assertThat(codes).allSatisfy(code -> assertThat(errorCodes).contains("`" + code + "`"));
  }

  @Test
  void bundles_haveTheSameCodesInBothLanguages() {
    assertThat(bundle(BUNDLE + "_en.properties").stringPropertyNames())
        .isEqualTo(bundle(BUNDLE + ".properties").stringPropertyNames());
  }

  @Test
  void bundle_hasATextForEveryCodeInTheSources() throws IOException {
    Set<String> texts = bundle(BUNDLE + ".properties").stringPropertyNames();
    assertThat(codesInSources()).isNotEmpty().allSatisfy(code -> assertThat(texts).contains(code));
  }

  private static Set<String> codesInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = CODE_LITERAL.matcher(Files.readString(f));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  private static Properties bundle(String resource) {
    Properties bundle = new Properties();
    try (InputStream in = LifecycleErrorCodesDocTest.class.getResourceAsStream(resource)) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bundle;
  }
}
