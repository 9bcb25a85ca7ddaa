package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.internal.validation.DossierMessages;

/** Every code the module uses has a Vietnamese and an English text and is documented. */
class DossierMessagesTest {
  private static final Pattern CODE_LITERAL =
      Pattern.compile("\"((?:dossier|dvcqg)\\.[a-z0-9_.]*[a-z0-9_])\"");

  private static final Set<String> OWN_BUNDLE_PACKAGES =
      Set.of("calendar", "code", "lifecycle", "receipt", "satisfaction", "kpi");

  private static Properties bundle(String name) {
    Properties p = new Properties();
    try (InputStream in =
        DossierMessagesTest.class.getResourceAsStream("/vn/motcua/dossier/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static Set<String> codesInSources() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      // The calendar and dossier-code packages keep their own bundle and guide (calendar.md),
      // checked by CalendarErrorCodesDocTest; the lifecycle, receipt, satisfaction and KPI
      // packages theirs (lifecycle.md), checked by LifecycleErrorCodesDocTest.
      for (Path f :
          files.filter(f -> f.toString().endsWith(".java")).filter(f -> !ownBundle(f)).toList()) {
        Matcher m = CODE_LITERAL.matcher(Files.readString(f));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  private static boolean ownBundle(Path source) {
    for (Path part : source) {
      if (OWN_BUNDLE_PACKAGES.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void bundles_haveTheSameKeysInBothLanguages() {
    assertThat(bundle("messages.properties").stringPropertyNames())
        .isEqualTo(bundle("messages_en.properties").stringPropertyNames());
  }

  @Test
  void everyCodeInTheSources_hasTextsAndIsDocumented() throws IOException {
    Set<String> codes = codesInSources();
    Properties vi = bundle("messages.properties");
    String page = Files.readString(Path.of("..", "docs", "dossier.md"));

    assertThat(codes).hasSizeGreaterThan(40);
    assertThat(codes).allSatisfy(code -> assertThat(vi).containsKey(code));
    assertThat(codes).allSatisfy(code -> assertThat(page).contains("`" + code + "`"));
  }

  @Test
  void everyRuleConstant_isACodeWithTexts() throws IllegalAccessException {
    Properties en = bundle("messages_en.properties");
    int count = 0;
    for (Field f : DossierRules.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        assertThat(en).containsKey((String) f.get(null));
        count++;
      }
    }
    assertThat(count).isGreaterThan(30);
  }

  @Test
  void messages_fillTheirPlaceholdersAndFallBackToCore() {
    Violation tooLarge =
        Violation.of(
            "/documents/0/size",
            DossierRules.DOCUMENT_TOO_LARGE,
            Map.of("max", 1024),
            DossierMessages.source());
    Violation core = Violation.of("/x", "validation.not_null", Map.of(), DossierMessages.source());

    assertThat(tooLarge.message(Locale.ENGLISH))
        .isEqualTo("The file is larger than allowed (at most 1024 bytes).");
    assertThat(tooLarge.message()).isEqualTo("Tệp lớn hơn mức cho phép (tối đa 1024 byte).");
    assertThat(core.message(Locale.ENGLISH)).isEqualTo("This field is required.");
  }
}
