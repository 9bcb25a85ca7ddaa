package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.motcua.core.internal.id.IdentifierCodes;
import vn.motcua.core.internal.id.IdentifierErrors;
import vn.motcua.core.validation.MessageSource;

class IdentifierMessagesTest {
  private final MessageSource messages = IdentifierErrors.messages();

  @Test
  void everyCode_hasVietnameseAndEnglishText() {
    assertThat(IdentifierCodes.all()).doesNotHaveDuplicates().hasSizeGreaterThan(20);
    for (String code : IdentifierCodes.all()) {
      String vietnamese = messages.message(code, Map.of(), MessageSource.VIETNAMESE);
      String english = messages.message(code, Map.of(), Locale.ENGLISH);

      assertThat(vietnamese).as("Vietnamese text of %s", code).isNotEqualTo(code).isNotBlank();
      assertThat(english).as("English text of %s", code).isNotEqualTo(code).isNotBlank();
      assertThat(vietnamese).as("%s is translated", code).isNotEqualTo(english);
    }
  }

  @Test
  void bundles_defineNoIdentifierKeyOutsideTheCodeList() throws IOException {
    for (String resource : new String[] {"messages.properties", "messages_en.properties"}) {
      assertThat(identifierKeys(resource))
          .as(resource)
          .containsExactlyInAnyOrderElementsOf(IdentifierCodes.all());
    }
  }

  @Test
  void vietnameseText_isTheDefaultForOtherLocales() {
    assertThat(messages.message(IdentifierCodes.PERSONAL_ID_LENGTH, Map.of(), Locale.FRENCH))
        .isEqualTo("Số định danh cá nhân phải gồm đúng 12 chữ số.");
  }

  private static java.util.List<String> identifierKeys(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageSource.class.getClassLoader().getResourceAsStream("vn/motcua/core/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties.stringPropertyNames().stream()
        .filter(key -> key.startsWith("identifier."))
        .sorted()
        .toList();
  }
}
