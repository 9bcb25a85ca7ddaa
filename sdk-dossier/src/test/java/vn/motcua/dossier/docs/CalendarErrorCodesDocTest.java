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
 * Keeps docs/error-codes.md complete for the calendars and dossier codes: every code in
 * sdk-dossier's calendar and code sources and in the calendar bundle is listed, and has texts in
 * both languages.
 */
class CalendarErrorCodesDocTest {
  private static final Pattern CODE_LITERAL =
      Pattern.compile("\"((?:calendar|dossier\\.code)\\.[a-z0-9_.]*[a-z0-9_])\"");

  @Test
  void errorCodesPage_listsEveryCalendarAndDossierCodeCode() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "error-codes.md"));
    Set<String> codes = new TreeSet<>(codesInSources());
    codes.addAll(bundle("/vn/motcua/dossier/calendar/messages.properties").stringPropertyNames());

    assertThat(codes).hasSizeGreaterThan(20);
    assertThat(codes).allSatisfy(code -> assertThat(page).contains("`" + code + "`"));
  }

  @Test
  void bundles_haveTheSameCodesInBothLanguages() throws IOException {
    assertThat(bundle("/vn/motcua/dossier/calendar/messages_en.properties").stringPropertyNames())
        .isEqualTo(bundle("/vn/motcua/dossier/calendar/messages.properties").stringPropertyNames());
  }

  @Test
  void bundle_hasATextForEveryViolationCodeInTheSources() throws IOException {
    Set<String> texts =
        bundle("/vn/motcua/dossier/calendar/messages.properties").stringPropertyNames();
    assertThat(codesInSources())
        .filteredOn(code -> code.startsWith("calendar."))
        .allSatisfy(code -> assertThat(texts).contains(code));
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

  private static Properties bundle(String resource) throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = CalendarErrorCodesDocTest.class.getResourceAsStream(resource)) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }
}
