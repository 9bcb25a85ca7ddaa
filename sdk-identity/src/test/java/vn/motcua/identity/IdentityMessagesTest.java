package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.identity.internal.IdentityMessages;

class IdentityMessagesTest {

  @Test
  void everyCode_hasAVietnameseAndAnEnglishText() throws Exception {
    for (String code : codes()) {
      String vi = IdentityMessages.text(code, Map.of(), MessageSource.VIETNAMESE);
      String en = IdentityMessages.text(code, Map.of(), Locale.ENGLISH);

      assertThat(vi).as(code).isNotEqualTo(code);
      assertThat(en).as(code).isNotEqualTo(code).isNotEqualTo(vi);
    }
  }

  @Test
  void exceptions_speakEnglishByDefaultAndVietnameseOnRequest() {
    IdentityException error =
        new TokenRejectedException(IdentityCodes.TOKEN_MISSING_CLAIM, Map.of("claim", "exp"), null);

    assertThat(error.getMessage())
        .isEqualTo(
            "The ID token lacks the claim exp, which verification needs."
                + " [identity.token.missing_claim]");
    assertThat(error.message(MessageSource.VIETNAMESE))
        .isEqualTo("ID token thiếu claim exp, là claim cần cho việc kiểm tra.");
  }

  private static List<String> codes() throws IllegalAccessException {
    List<String> codes = new ArrayList<>();
    for (Field field : IdentityCodes.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        codes.add((String) field.get(null));
      }
    }
    codes.addAll(List.of("identity.claim.type", "identity.claim.format", "identity.claim.value"));
    return codes;
  }
}
