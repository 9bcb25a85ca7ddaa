package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.ValidationReport;

/**
 * The Vietnamese lunar calendar against published dates: Tết, leap months, Hùng Kings' day, and the
 * lunar dates printed in the government's holiday notices.
 */
class LunarCalendarTest {
  private final LunarCalendar lunar = LunarCalendar.vietnamese();

  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "1900, 1900-01-31",
    "1910, 1910-02-10",
    "1920, 1920-02-20",
    "1930, 1930-01-30",
    "1940, 1940-02-08",
    "1950, 1950-02-17",
    "1960, 1960-01-28",
    "1968, 1968-01-29",
    "1970, 1970-02-06",
    "1975, 1975-02-11",
    "1980, 1980-02-16",
    "1985, 1985-01-21",
    "1990, 1990-01-27",
    "1995, 1995-01-31",
    "2000, 2000-02-05",
    "2005, 2005-02-09",
    "2007, 2007-02-17",
    "2008, 2008-02-07",
    "2010, 2010-02-14",
    "2015, 2015-02-19",
    "2017, 2017-01-28",
    "2019, 2019-02-05",
    "2020, 2020-01-25",
    "2021, 2021-02-12",
    "2022, 2022-02-01",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
    "2028, 2028-01-26",
    "2031, 2031-01-23",
    "2033, 2033-01-31",
    "2035, 2035-02-08"
  })
  void newYear_matchesPublishedTetDates(int year, LocalDate tet) {
    assertThat(lunar.newYear(year)).isEqualTo(tet);
    assertThat(lunar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
  }

  @Test
  void newYear_differsFromTheChineseCalendarIn1968And1985And2007() {
    LunarCalendar chinese = LunarCalendar.atOffset(ZoneOffset.ofHours(8));
    assertThat(lunar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
    assertThat(chinese.newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
    assertThat(lunar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    assertThat(chinese.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
    assertThat(lunar.newYear(1968)).isEqualTo(LocalDate.of(1968, 1, 29));
    assertThat(chinese.newYear(1968)).isEqualTo(LocalDate.of(1968, 1, 30));
    // Most years agree.
    assertThat(chinese.newYear(2024)).isEqualTo(lunar.newYear(2024));
  }

  @Test
  void leapMonth_1984And1985_differFromChina() {
    // China: leap 10th month in 1984, Tết 1985 on 20 February. Vietnam: no leap month in 1984,
    // so Tết 1985 came a month earlier, and a leap 2nd month in 1985 brought both back together.
    LunarCalendar chinese = LunarCalendar.atOffset(ZoneOffset.ofHours(8));
    assertThat(chinese.leapMonth(1984)).hasValue(10);
    assertThat(lunar.leapMonth(1984)).isEmpty();
    assertThat(lunar.leapMonth(1985)).hasValue(2);
    assertThat(lunar.newYear(1986)).isEqualTo(chinese.newYear(1986)).isEqualTo("1986-02-09");
  }

  @Test
  void leapMonth_1987_isTheSeventhAtUtcPlus7AndTheSixthAtUtcPlus8() {
    // The Sun reached 150° on 1987-08-23 at 16:10 UTC: 23:10 in Hanoi, before the new-moon day of
    // 24 August, but 00:10 on the 24th in Beijing. The month without a major term moves by one.
    assertThat(lunar.leapMonth(1987)).hasValue(7);
    assertThat(LunarCalendar.atOffset(ZoneOffset.ofHours(8)).leapMonth(1987)).hasValue(6);
  }

  @ParameterizedTest(name = "{0} has leap month {1}")
  @CsvSource({
    "2001, 4",
    "2004, 2",
    "2006, 7",
    "2009, 5",
    "2012, 4",
    "2014, 9",
    "2017, 6",
    "2020, 4",
    "2023, 2",
    "2025, 6",
    "2028, 5",
    "2031, 3",
    "2033, 11"
  })
  void leapMonth_matchesPublishedLeapYears(int year, int month) {
    assertThat(lunar.leapMonth(year)).isEqualTo(OptionalInt.of(month));
    LocalDate leapStart = lunar.toSolar(LunarDate.ofLeapMonth(year, month, 1));
    LocalDate normalStart = lunar.toSolar(LunarDate.of(year, month, 1));
    assertThat(leapStart).isAfter(normalStart);
    assertThat(lunar.toLunar(leapStart)).isEqualTo(LunarDate.ofLeapMonth(year, month, 1));
  }

  @ParameterizedTest(name = "{0} has no leap month")
  @CsvSource({"2018", "2019", "2021", "2022", "2024", "2026", "2027"})
  void leapMonth_isEmptyInCommonYears(int year) {
    assertThat(lunar.leapMonth(year)).isEmpty();
  }

  @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
  @CsvSource({
    "2019, 2019-04-14",
    "2020, 2020-04-02",
    "2021, 2021-04-21",
    "2022, 2022-04-10",
    "2023, 2023-04-29",
    "2024, 2024-04-18",
    "2025, 2025-04-07",
    "2026, 2026-04-26"
  })
  void toSolar_givesHungKingsDay(int year, LocalDate date) {
    assertThat(lunar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(date);
  }

  @ParameterizedTest(name = "{0} is lunar {1}/{2}/{3}")
  @CsvSource({
    // The lunar dates printed in the government's holiday notices.
    "2020-01-23, 2019, 12, 29",
    "2020-01-29, 2020, 1, 5",
    "2023-01-20, 2022, 12, 29",
    "2023-01-26, 2023, 1, 5",
    "2024-02-08, 2023, 12, 29",
    "2024-02-14, 2024, 1, 5",
    "2025-01-25, 2024, 12, 26",
    "2025-02-02, 2025, 1, 5",
    "2026-02-14, 2025, 12, 27",
    "2026-02-16, 2025, 12, 29",
    "2026-02-20, 2026, 1, 4",
    "2026-02-22, 2026, 1, 6"
  })
  void toLunar_matchesTheLunarDatesOfHolidayNotices(LocalDate date, int year, int month, int day) {
    assertThat(lunar.toLunar(date)).isEqualTo(LunarDate.of(year, month, day));
  }

  @Test
  void lastDayOfYear_isTheEveOfTet() {
    assertThat(lunar.lastDayOfYear(2023)).isEqualTo("2024-02-09"); // 30 Tết Quý Mão
    assertThat(lunar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(2023, 12, 30));
    assertThat(lunar.lastDayOfYear(2024)).isEqualTo("2025-01-28"); // 29 Tết: no 30th
    assertThat(lunar.lengthOfMonth(2024, 12, false)).isEqualTo(29);
  }

  @Test
  void lengthOfMonth_isTwentyNineOrThirty() {
    assertThat(lunar.lengthOfMonth(2023, 12, false)).isEqualTo(30);
    assertThat(lunar.lengthOfMonth(2023, 2, true)).isIn(29, 30);
  }

  @Test
  void toSolar_rejectsDayThirtyOfAShortMonth() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> lunar.toSolar(LunarDate.of(2024, 12, 30)));
    assertThat(e.code()).isEqualTo("calendar.lunar.invalid");
    assertThat(e.report().violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("/day");
              assertThat(v.code()).isEqualTo("calendar.lunar.day_out_of_month");
              assertThat(v.message(Locale.ENGLISH)).isEqualTo("This lunar month has only 29 days.");
              assertThat(v.message()).isEqualTo("Tháng âm lịch này chỉ có 29 ngày.");
            });
  }

  @Test
  void toSolar_rejectsALeapMonthTheYearDoesNotHave() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> lunar.toSolar(LunarDate.ofLeapMonth(2024, 4, 1)));
    assertThat(e.code()).isEqualTo("calendar.lunar.invalid");
    assertThat(e.report().codes()).containsExactly("calendar.lunar.no_such_leap_month");
    assertThat(e.report().violations().get(0).path()).isEqualTo("/leap");
    assertThat(lunar.isValid(LunarDate.ofLeapMonth(2023, 2, 1))).isTrue();
  }

  @Test
  void conversions_rejectDatesOutsideTheRange() {
    InvalidInputException before =
        catchThrowableOfType(
            InvalidInputException.class, () -> lunar.toLunar(LocalDate.of(1899, 12, 31)));
    assertThat(before.code()).isEqualTo("calendar.out_of_range");
    assertThat(before.report().violations().get(0).message(Locale.ENGLISH))
        .isEqualTo("The date lies outside the supported calendar range, 1900-01-01 to 2199-12-31.");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> lunar.toLunar(LocalDate.of(2200, 1, 1)))
                .code())
        .isEqualTo("calendar.out_of_range");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> lunar.toSolar(LunarDate.of(1899, 5, 1)))
                .code())
        .isEqualTo("calendar.out_of_range");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> lunar.newYear(2200)).code())
        .isEqualTo("calendar.out_of_range");
  }

  @Test
  void range_startsOnTheTwelfthMonthOf1899() {
    assertThat(lunar.firstDate()).isEqualTo("1900-01-01");
    assertThat(lunar.lastDate()).isEqualTo("2199-12-31");
    assertThat(lunar.toLunar(LocalDate.of(1900, 1, 1))).isEqualTo(LunarDate.of(1899, 12, 1));
    assertThat(lunar.toSolar(LunarDate.of(1899, 12, 1))).isEqualTo("1900-01-01");
  }

  @Test
  void validate_isEmptyForAnExistingDate() {
    assertThat(lunar.validate(LunarDate.of(2024, 3, 10))).isEqualTo(ValidationReport.valid());
  }

  @Test
  void atOffset_returnsTheSharedInstanceForUtcPlus7() {
    assertThat(LunarCalendar.atOffset(ZoneOffset.ofHours(7))).isSameAs(lunar);
    assertThat(lunar.offset()).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(lunar).hasToString("LunarCalendar[UTC+07:00]");
  }
}
