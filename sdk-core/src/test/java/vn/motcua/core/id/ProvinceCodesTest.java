package vn.motcua.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.MotcuaException;

class ProvinceCodesTest {
  private static final String HEADER = "code,name_vi,name_en\n";

  @Test
  void defaults_holdTheSixtyThreePre2025Provinces() {
    ProvinceCodes defaults = ProvinceCodes.defaults();

    assertThat(defaults.size()).isEqualTo(63);
    assertThat(defaults.all()).hasSize(63);
    assertThat(defaults.find("001")).map(Province::vietnameseName).contains("Hà Nội");
    assertThat(defaults.find("048")).map(Province::vietnameseName).contains("Đà Nẵng");
    assertThat(defaults.find("079")).map(Province::englishName).contains("Ho Chi Minh City");
    assertThat(defaults.find("096")).map(Province::vietnameseName).contains("Cà Mau");
    assertThat(defaults.contains("003")).isFalse();
  }

  @Test
  void defaults_areOrderedByCodeWithNormalizedNames() {
    assertThat(ProvinceCodes.defaults().all())
        .isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()))
        .allSatisfy(
            p -> {
              assertThat(Normalizer.isNormalized(p.vietnameseName(), Normalizer.Form.NFC)).isTrue();
              assertThat(p.englishName()).matches("[A-Za-z .-]+");
            });
  }

  @Test
  void from_readsCommentsHeaderAndRows() {
    ProvinceCodes table =
        ProvinceCodes.from(
            new StringReader(
                "\uFEFF# merged provinces\n\n" + HEADER + "100, Tỉnh Mới , New Province\n"));

    assertThat(table.all()).containsExactly(new Province("100", "Tỉnh Mới", "New Province"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "001,Hà Nội,Ha Noi\n", // no header
        HEADER,
        HEADER + "001,Hà Nội\n",
        HEADER + "001,Hà Nội,Ha Noi,extra\n",
        HEADER + "01,Hà Nội,Ha Noi\n",
        HEADER + "0a1,Hà Nội,Ha Noi\n",
        HEADER + "001,,Ha Noi\n",
        HEADER + "001,Hà Nội,Ha Noi\n001,Hà Nội,Hanoi\n"
      })
  void from_rejectsMalformedTables(String csv) {
    assertThatThrownBy(() -> ProvinceCodes.from(new StringReader(csv)))
        .isInstanceOfSatisfying(
            MotcuaException.class,
            e -> assertThat(e.code()).isEqualTo("identifier.province_table.invalid"));
  }

  @Test
  void from_reportsUnreadableInput() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> ProvinceCodes.from(failing))
        .isInstanceOfSatisfying(
            MotcuaException.class,
            e -> {
              assertThat(e.code()).isEqualTo("identifier.province_table.unreadable");
              assertThat(e).hasCauseInstanceOf(IOException.class);
            });
  }

  @Test
  void toBuilder_extendsAndShrinksWithoutChangingTheOriginal() {
    ProvinceCodes extended =
        ProvinceCodes.defaults().toBuilder()
            .put("100", "Tỉnh Mới", "New Province")
            .remove("096")
            .build();

    assertThat(extended.size()).isEqualTo(63);
    assertThat(extended.contains("100")).isTrue();
    assertThat(extended.contains("096")).isFalse();
    assertThat(ProvinceCodes.defaults().contains("096")).isTrue();
    assertThat(ProvinceCodes.defaults().contains("100")).isFalse();
  }

  @Test
  void build_refusesAnEmptyTable() {
    assertThatThrownBy(() -> ProvinceCodes.builder().build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void equality_followsTheEntries() {
    ProvinceCodes copy = ProvinceCodes.builder().putAll(ProvinceCodes.defaults().all()).build();

    assertThat(copy)
        .isEqualTo(ProvinceCodes.defaults())
        .hasSameHashCodeAs(ProvinceCodes.defaults());
    assertThat(copy.toString()).isEqualTo("ProvinceCodes[63 provinces]");
  }
}
