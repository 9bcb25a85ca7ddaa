package vn.motcua.core.id;

import java.text.Normalizer;
import java.util.Objects;
import vn.motcua.core.internal.id.Shape;

/**
 * One entry of a {@link ProvinceCodes} table: the 3-digit code that opens a personal ID number and
 * the province's names.
 *
 * @param code three ASCII digits, such as {@code 001}
 * @param vietnameseName the name in Vietnamese, such as {@code Hà Nội}; stored in Unicode NFC
 * @param englishName the name without diacritics, such as {@code Ha Noi}
 */
public record Province(String code, String vietnameseName, String englishName) {

  /**
   * Checks and normalizes the parts.
   *
   * @throws IllegalArgumentException if the code is not three ASCII digits or a name is blank
   */
  public Province {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(vietnameseName, "vietnameseName");
    Objects.requireNonNull(englishName, "englishName");
    if (code.length() != 3 || !Shape.isDigits(code)) {
      throw new IllegalArgumentException("a province code has exactly 3 ASCII digits: " + code);
    }
    vietnameseName = Normalizer.normalize(vietnameseName.strip(), Normalizer.Form.NFC);
    englishName = englishName.strip();
    if (vietnameseName.isEmpty() || englishName.isEmpty()) {
      throw new IllegalArgumentException("province " + code + " needs both names");
    }
  }
}
