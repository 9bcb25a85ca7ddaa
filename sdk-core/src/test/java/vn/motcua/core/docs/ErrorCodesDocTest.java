package vn.motcua.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps docs/error-codes.md complete: every code in sdk-core's sources and bundle is listed. */
class ErrorCodesDocTest {
  private static final Pattern CODE_LITERAL =
      Pattern.compile("\"((?:json|http|validation|identifier)\\.[a-z0-9_.]*[a-z0-9_])\"");

  @Test
  void errorCodesPage_listsEveryCodeInTheSourcesAndTheBundle() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "error-codes.md"));
    Set<String> codes = new TreeSet<>(codesInSources());
    codes.addAll(codesInBundle());

    assertThat(codes).hasSizeGreaterThan(50);
    assertThat(codes).allSatisfy(code -> assertThat(page).contains("`" + code + "`"));
  }

  private static Set<String> codesInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              f -> {
                try {
                  Matcher m = CODE_LITERAL.matcher(Files.readString(f));
                  while (m.find()) {
                    codes.add(m.group(1));
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return codes;
  }

  private static Set<String> codesInBundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        ErrorCodesDocTest.class.getResourceAsStream("/vn/motcua/core/messages.properties")) {
      bundle.load(in);
    }
    return bundle.stringPropertyNames();
  }
}
