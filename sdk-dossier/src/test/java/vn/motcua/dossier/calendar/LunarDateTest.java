package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;

class LunarDateTest {

  @Test
  void constructor_rejectsMonthAndDayOutOfShapeWithBothProblems() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> new LunarDate(2024, 13, 31, false));
    assertThat(e.code()).isEqualTo("calendar.lunar.invalid");
    assertThat(e.report().codes()).containsExactly("calendar.lunar.day", "calendar.lunar.month");
    assertThat(e.report().messages(Locale.ENGLISH))
        .containsExactly(
            "/day: A lunar day runs from 1 to 30.", "/month: A lunar month runs from 1 to 12.");
    assertThat(e.report().messages(Locale.forLanguageTag("vi")))
        .containsExactly(
            "/day: Ngày âm lịch phải từ 1 đến 30.", "/month: Tháng âm lịch phải từ 1 đến 12.");
  }

  @Test
  void toString_marksTheLeapMonth() {
    assertThat(LunarDate.of(2024, 3, 10)).hasToString("2024-03-10");
    assertThat(LunarDate.ofLeapMonth(2023, 2, 15)).hasToString("2023-02L-15");
  }

  @Test
  void compareTo_putsTheLeapMonthAfterItsNormalMonth() {
    assertThat(LunarDate.of(2023, 2, 30)).isLessThan(LunarDate.ofLeapMonth(2023, 2, 1));
    assertThat(LunarDate.ofLeapMonth(2023, 2, 29)).isLessThan(LunarDate.of(2023, 3, 1));
    assertThat(LunarDate.of(2022, 12, 30)).isLessThan(LunarDate.of(2023, 1, 1));
  }

  @Test
  void equals_includesTheLeapFlag() {
    assertThat(LunarDate.of(2023, 2, 1)).isNotEqualTo(LunarDate.ofLeapMonth(2023, 2, 1));
    assertThat(LunarDate.of(2023, 2, 1)).isEqualTo(new LunarDate(2023, 2, 1, false));
  }
}
