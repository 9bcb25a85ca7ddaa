package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which days are off: the statutory rules across years, and the shipped yearly arrangements. */
class WorkingCalendarHolidayTest {

  /** Days from {@code from} to {@code to}, both included. */
  private static List<LocalDate> days(String from, String to) {
    return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).toList();
  }

  @Nested
  class StatutoryRules {
    private final WorkingCalendar calendar =
        WorkingCalendar.builder().arrangements(HolidayArrangements.none()).build();

    @ParameterizedTest(name = "1 January {0} is off")
    @CsvSource({"1999", "2019", "2024", "2025", "2030", "2150"})
    void newYear_isOffEveryYear(int year) {
      LocalDate newYear = LocalDate.of(year, 1, 1);
      assertThat(calendar.isWorkingDay(newYear)).isFalse();
      assertThat(calendar.holiday(newYear))
          .hasValueSatisfying(
              h -> {
                assertThat(h.occasions()).containsExactly(PublicHoliday.NEW_YEAR);
                assertThat(h.kind()).isEqualTo(Holiday.Kind.STATUTORY);
                assertThat(h.source()).contains("Bộ luật Lao động", "Điều 112");
              });
    }

    @Test
    void newYear_onASunday_givesTheMondayOff() {
      assertThat(LocalDate.of(2023, 1, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(calendar.holiday(LocalDate.of(2023, 1, 2)))
          .hasValueSatisfying(
              h -> {
                assertThat(h.kind()).isEqualTo(Holiday.Kind.COMPENSATORY);
                assertThat(h.occasions()).containsExactly(PublicHoliday.NEW_YEAR);
                assertThat(h.source()).contains("Điều 111 khoản 3");
              });
      assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 3))).isTrue();
      // 2022-01-01 was a Saturday: Monday 3 January was off.
      assertThat(calendar.isWorkingDay(LocalDate.of(2022, 1, 3))).isFalse();
    }

    @Test
    void tet_isTheLastDayOfTheYearAndFourDaysAfter_withCompensationForTheWeekend() {
      // Tết 2027 is Saturday 6 February: off Friday 5 to Tuesday 9, and 10-11 for the weekend.
      assertThat(LunarCalendar.vietnamese().newYear(2027)).isEqualTo("2027-02-06");
      assertThat(days("2027-02-05", "2027-02-11")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
      assertThat(calendar.holiday(LocalDate.of(2027, 2, 10)).orElseThrow().kind())
          .isEqualTo(Holiday.Kind.COMPENSATORY);
    }

    @ParameterizedTest(name = "Tết {0}: off {1} to {2}")
    @CsvSource({
      // Tết on a weekday, five days off with nothing to compensate.
      "1951, 1951-02-05, 1951-02-09",
      "2029, 2029-02-12, 2029-02-16",
      "2100, 2100-02-08, 2100-02-12"
    })
    void tet_isFiveDaysAroundTheLunarNewYear(int year, LocalDate first, LocalDate last) {
      List<LocalDate> tet = first.datesUntil(last.plusDays(1)).toList();
      assertThat(tet).allSatisfy(d -> assertThat(calendar.holiday(d)).isPresent());
      assertThat(calendar.holiday(first).orElseThrow().occasions())
          .containsExactly(PublicHoliday.LUNAR_NEW_YEAR);
      assertThat(first).isEqualTo(LunarCalendar.vietnamese().lastDayOfYear(year - 1));
      assertThat(calendar.holiday(first.minusDays(1))).isEmpty();
      assertThat(calendar.holiday(last.plusDays(1))).isEmpty();
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0}: {1}")
    @CsvSource({"2019, 2019-04-14", "2024, 2024-04-18", "2025, 2025-04-07", "2060, 2060-04-10"})
    void hungKingsDay_isTheTenthDayOfTheThirdLunarMonth(int year, LocalDate day) {
      assertThat(calendar.holiday(day).orElseThrow().occasions())
          .containsExactly(PublicHoliday.HUNG_KINGS);
      assertThat(LunarCalendar.vietnamese().toLunar(day)).isEqualTo(LunarDate.of(year, 3, 10));
    }

    @Test
    void hungKingsVictoryAndLabourDay2023_onAWeekend_giveTuesdayAndWednesdayOff() {
      // 29/4 Saturday (Hùng Kings), 30/4 Sunday, 1/5 Monday: compensated on 2/5 and 3/5.
      assertThat(days("2023-04-29", "2023-05-03")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.holiday(LocalDate.of(2023, 5, 2)).orElseThrow().occasions())
          .containsExactly(PublicHoliday.HUNG_KINGS);
      assertThat(calendar.holiday(LocalDate.of(2023, 5, 3)).orElseThrow().occasions())
          .containsExactly(PublicHoliday.VICTORY_DAY);
      assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 4))).isTrue();
    }

    @ParameterizedTest(name = "{0} and 1 May are off")
    @CsvSource({"2021", "2030", "2045"})
    void victoryAndLabourDay_areOff(int year) {
      assertThat(calendar.holiday(LocalDate.of(year, 4, 30)).orElseThrow().occasions())
          .containsExactly(PublicHoliday.VICTORY_DAY);
      assertThat(calendar.holiday(LocalDate.of(year, 5, 1)).orElseThrow().occasions())
          .containsExactly(PublicHoliday.LABOUR_DAY);
    }

    @ParameterizedTest(name = "National Day {0}: adjacent day {1}")
    @CsvSource({
      "2021, 2021-09-03", // Thursday -> Friday
      "2022, 2022-09-01", // Friday -> Thursday
      "2024, 2024-09-03", // Monday -> Tuesday
      "2025, 2025-09-01", // Tuesday -> Monday
      "2026, 2026-09-03", // Wednesday -> Thursday
      "2028, 2028-09-01" // Saturday -> Friday, and Monday 4 for the Saturday
    })
    void nationalDay_isTwoSeptemberAndTheAdjacentDayThatJoinsAWeekend(
        int year, LocalDate adjacent) {
      assertThat(calendar.holiday(LocalDate.of(year, 9, 2)).orElseThrow().occasions())
          .containsExactly(PublicHoliday.NATIONAL_DAY);
      assertThat(calendar.holiday(adjacent).orElseThrow().occasions())
          .containsExactly(PublicHoliday.NATIONAL_DAY);
      assertThat(calendar.holidays(year).stream().filter(h -> h.date().getMonthValue() == 9))
          .hasSize(LocalDate.of(year, 9, 2).getDayOfWeek() == DayOfWeek.SATURDAY ? 3 : 2);
    }

    @Test
    void nationalDay2028_onASaturday_isCompensatedOnMonday() {
      assertThat(calendar.holiday(LocalDate.of(2028, 9, 4)).orElseThrow().kind())
          .isEqualTo(Holiday.Kind.COMPENSATORY);
      assertThat(calendar.isWorkingDay(LocalDate.of(2028, 9, 5))).isTrue();
    }

    @Test
    void holidays_listsAYearInOrder() {
      List<Holiday> holidays = calendar.holidays(2030);
      assertThat(holidays).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
      assertThat(holidays).allSatisfy(h -> assertThat(h.date().getYear()).isEqualTo(2030));
      assertThat(holidays.stream().flatMap(h -> h.occasions().stream()).distinct())
          .containsExactlyInAnyOrder(PublicHoliday.values());
    }

    @Test
    void compensation_followsTheConfiguredWeeklyRest() {
      // A unit that rests only on Sundays: a holiday on Saturday is not compensated.
      WorkingCalendar sixDays =
          WorkingCalendar.builder()
              .arrangements(HolidayArrangements.none())
              .weekend(DayOfWeek.SUNDAY)
              .build();
      assertThat(sixDays.isWorkingDay(LocalDate.of(2028, 9, 4))).isTrue(); // 2/9 was a Saturday
      assertThat(sixDays.isWorkingDay(LocalDate.of(2024, 3, 9))).isTrue(); // an ordinary Saturday
      assertThat(sixDays.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse(); // 1/1 was a Sunday
    }
  }

  @Nested
  class ShippedArrangements {
    private final WorkingCalendar calendar = WorkingCalendar.standard();

    @Test
    void shipped_holdsTheYearsWithPublishedDecisions() {
      assertThat(HolidayArrangements.shipped().years()).containsExactly(2023, 2024, 2025, 2026);
    }

    @Test
    void tet2023_isTwentiethToTwentySixthOfJanuary() {
      assertThat(days("2023-01-20", "2023-01-26")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 19))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 27))).isTrue();
      Holiday friday = calendar.holiday(LocalDate.of(2023, 1, 20)).orElseThrow();
      assertThat(friday.kind()).isEqualTo(Holiday.Kind.ARRANGED);
      assertThat(friday.occasions()).containsExactly(PublicHoliday.LUNAR_NEW_YEAR);
      assertThat(friday.source()).contains("8056/VPCP-KGVX");
    }

    @Test
    void nationalDay2023_isFirstToFourthOfSeptember() {
      assertThat(days("2023-09-01", "2023-09-04")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2023, 9, 5))).isTrue();
    }

    @Test
    void year2023_keepsTheStatutoryRulesForWhatTheArrangementDoesNotSettle() {
      assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse();
      assertThat(days("2023-04-29", "2023-05-03")).noneMatch(calendar::isWorkingDay);
    }

    @Test
    void tet2024_isEighthToFourteenthOfFebruary() {
      assertThat(days("2024-02-08", "2024-02-14")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 7))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
      assertThat(calendar.holiday(LocalDate.of(2024, 2, 8)).orElseThrow().source())
          .contains("8662/VPCP-KGVX");
    }

    @Test
    void victoryDay2024_swapsMonday29AprilWithSaturday4May() {
      assertThat(days("2024-04-27", "2024-05-01")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.holiday(LocalDate.of(2024, 4, 29)).orElseThrow().source())
          .contains("2450/VPCP-KGVX");
      LocalDate saturday = LocalDate.of(2024, 5, 4);
      assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
      assertThat(calendar.isWorkingDay(saturday)).isTrue();
      assertThat(calendar.officeHours(saturday)).contains(OfficeHours.standard());
      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 11))).isFalse(); // next Saturday
    }

    @Test
    void nationalDay2024_isSecondAndThirdOfSeptember() {
      assertThat(days("2024-08-31", "2024-09-03")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 4))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 8, 30))).isTrue();
    }

    @Test
    void tet2025_isNineDaysFrom25JanuaryTo2February() {
      assertThat(days("2025-01-25", "2025-02-02")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 24))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
    }

    @Test
    void victoryDay2025_swapsFriday2MayWithSaturday26April() {
      assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
      assertThat(days("2025-04-30", "2025-05-04")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.holiday(LocalDate.of(2025, 5, 2)).orElseThrow().source())
          .contains("8726/VPCP-KGVX");
      assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 5))).isTrue();
    }

    @Test
    void hungKings2025_isMonday7April() {
      assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 7))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 8))).isTrue();
    }

    @Test
    void nationalDay2025_isFirstAndSecondOfSeptember() {
      assertThat(days("2025-08-30", "2025-09-02")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
    }

    @Test
    void newYear2026_swapsFriday2JanuaryWithSaturday10January() {
      assertThat(days("2026-01-01", "2026-01-04")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
      assertThat(calendar.holiday(LocalDate.of(2026, 1, 2)).orElseThrow().source())
          .contains("12729/VPCP-KGVX");
    }

    @Test
    void tet2026_isFourteenthToTwentySecondOfFebruary() {
      assertThat(days("2026-02-14", "2026-02-22")).noneMatch(calendar::isWorkingDay);
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
      assertThat(calendar.holiday(LocalDate.of(2026, 2, 16)).orElseThrow().source())
          .contains("9441/TB-BNV");
    }

    @Test
    void hungKings2026_onASunday_isCompensatedOnMonday() {
      assertThat(calendar.holiday(LocalDate.of(2026, 4, 27)).orElseThrow().kind())
          .isEqualTo(Holiday.Kind.COMPENSATORY);
    }

    @Test
    void arrangedDays_replaceTheComputedOnesOfTheirHoliday() {
      // Computed, Tết 2024 would run 9 to 13 February with 14 and 15 in compensation.
      WorkingCalendar statutory =
          WorkingCalendar.builder().arrangements(HolidayArrangements.none()).build();
      assertThat(statutory.isWorkingDay(LocalDate.of(2024, 2, 8))).isTrue();
      assertThat(statutory.isWorkingDay(LocalDate.of(2024, 2, 15))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 8))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
    }

    @Test
    void aUnitOpenOnSaturdayMornings_keepsItsHoursExceptOnSwappedSaturdays() {
      WorkingCalendar saturdays =
          WorkingCalendar.builder()
              .officeHours(
                  DayOfWeek.SATURDAY, OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(11, 30)))
              .build();
      assertThat(saturdays.isWorkingDay(LocalDate.of(2024, 3, 9))).isTrue();
      assertThat(saturdays.officeHours(LocalDate.of(2024, 3, 9)).orElseThrow().closing())
          .isEqualTo(LocalTime.of(11, 30));
      assertThat(saturdays.isWorkingDay(LocalDate.of(2024, 4, 27))).isFalse(); // arranged off
      // A Saturday the government swaps in is a full working day, even for this unit.
      assertThat(saturdays.officeHours(LocalDate.of(2024, 5, 4))).contains(OfficeHours.standard());
      assertThat(saturdays.weeklyHours(DayOfWeek.SUNDAY)).isEmpty();
      assertThat(Set.of(DayOfWeek.values()))
          .filteredOn(d -> saturdays.weeklyHours(d).isPresent())
          .hasSize(6);
    }
  }
}
