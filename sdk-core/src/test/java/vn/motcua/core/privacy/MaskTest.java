package vn.motcua.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class MaskTest {

  @Test
  void idNumber_keepsProvinceDigitsAndLastTwoOfAPersonalId() {
    assertThat(Mask.idNumber("048095000012")).isEqualTo("0480******12");
  }

  @Test
  void idNumber_hidesAtLeastHalfOfShortValues() {
    assertThat(Mask.idNumber("123456789")).isEqualTo("12*****89");
    assertThat(Mask.idNumber("1234")).isEqualTo("****");
    assertThat(Mask.idNumber("")).isEmpty();
  }

  @Property
  void idNumber_neverRevealsMoreThanHalfTheCharacters(
      @ForAll @NumericChars @StringLength(min = 1, max = 20) String value) {
    String masked = Mask.idNumber(value);

    assertThat(masked).hasSize(value.length());
    long shown = masked.chars().filter(c -> c != '*').count();
    assertThat(shown).isLessThanOrEqualTo(value.length() / 2);
    if (value.length() > 1) {
      assertThat(masked).isNotEqualTo(value);
    }
  }

  @Test
  void phone_keepsCarrierPrefixAndLastTwoDigits() {
    assertThat(Mask.phone("0912345678")).isEqualTo("091*****78");
    assertThat(Mask.phone("091 234 5678")).isEqualTo("091*****78");
  }

  @Property
  void phone_neverContainsTheMiddleDigits(
      @ForAll @NumericChars @StringLength(min = 9, max = 12) String phone) {
    String middle = phone.substring(3, phone.length() - 2);

    assertThat(Mask.phone(phone)).doesNotContain(middle).hasSize(phone.length());
  }

  @Test
  void email_keepsFirstCharacterAndDomain() {
    assertThat(Mask.email("an.nguyen@example.vn")).isEqualTo("a***@example.vn");
    assertThat(Mask.email("not-an-address")).isEqualTo("**************");
  }

  @Test
  void name_keepsInitialsOnlyAndHidesLength() {
    assertThat(Mask.name("Nguyễn Văn An")).isEqualTo("N*** V*** A***");
    assertThat(Mask.name("  Trần   Thị   Bích Ngọc ")).isEqualTo("T*** T*** B*** N***");
    assertThat(Mask.name("Lê")).isEqualTo(Mask.name("Lý")).isEqualTo("L***");
  }

  @Test
  void name_normalizesDecomposedVietnameseBeforeTakingInitials() {
    String decomposed = "E\u0302\u0301n Do\u0302\u0303"; // Ến Dỗ written with combining marks

    assertThat(Mask.name(decomposed)).isEqualTo("Ế*** D***");
  }

  @Test
  void secretAndText_revealNothing() {
    assertThat(Mask.secret("eyJhbGciOiJSUzI1NiJ9.payload.signature")).isEqualTo("[redacted]");
    assertThat(Mask.text("123 Lê Duẩn, Hải Châu, Đà Nẵng")).isEqualTo("***");
  }

  @Test
  void everyMethod_toleratesNull() {
    assertThat(Mask.idNumber(null)).isEqualTo("null");
    assertThat(Mask.phone(null)).isEqualTo("null");
    assertThat(Mask.email(null)).isEqualTo("null");
    assertThat(Mask.name(null)).isEqualTo("null");
    assertThat(Mask.text(null)).isEqualTo("null");
    assertThat(Mask.secret(null)).isEqualTo("null");
  }
}
