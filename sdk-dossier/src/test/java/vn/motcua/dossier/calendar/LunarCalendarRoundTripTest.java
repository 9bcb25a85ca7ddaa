package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Every day of the covered range, converted both ways and checked for continuity. */
class LunarCalendarRoundTripTest {
  private final LunarCalendar lunar = LunarCalendar.vietnamese();

  @Test
  void everyDayFrom1900To2199_convertsToLunarAndBack() {
    LocalDate day = lunar.firstDate();
    LunarDate previous = lunar.toLunar(day);
    int days = 0;
    int monthsOf29 = 0;
    int monthsOf30 = 0;
    while (!day.isAfter(lunar.lastDate())) {
      LunarDate date = lunar.toLunar(day);
      if (!lunar.toSolar(date).equals(day)) {
        fail("%s -> %s -> %s", day, date, lunar.toSolar(date));
      }
      if (days > 0) {
        boolean nextDay =
            date.year() == previous.year()
                && date.month() == previous.month()
                && date.leap() == previous.leap()
                && date.day() == previous.day() + 1;
        if (!nextDay) {
          // A new month: it starts at day 1, after a month of 29 or 30 days, later in the order.
          if (date.day() != 1 || previous.day() < 29 || date.compareTo(previous) <= 0) {
            fail("%s: %s follows %s", day, date, previous);
          }
          if (previous.day() == 29) {
            monthsOf29++;
          } else {
            monthsOf30++;
          }
        }
      }
      previous = date;
      day = day.plusDays(1);
      days++;
    }
    assertThat(days).isEqualTo(300 * 365 + 73); // 73 leap years: 1900 and 2100 are not
    // 300 years hold about 3710 months, a little more than half of them of 30 days.
    assertThat(monthsOf29 + monthsOf30).isBetween(3700, 3720);
    assertThat(monthsOf30).isGreaterThan(monthsOf29);
  }

  @Test
  void everyYear_hasTwelveOrThirteenMonthsAndATetBetween21JanuaryAnd20February() {
    for (int year = LunarCalendar.FIRST_YEAR; year <= LunarCalendar.LAST_YEAR; year++) {
      LocalDate tet = lunar.newYear(year);
      assertThat(tet)
          .as("Tết %d", year)
          .isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
      if (year < LunarCalendar.LAST_YEAR) {
        long length = ChronoUnit.DAYS.between(tet, lunar.newYear(year + 1));
        boolean leap = lunar.leapMonth(year).isPresent();
        assertThat(length)
            .as("length of lunar year %d", year)
            .isBetween(leap ? 383L : 353L, leap ? 385L : 355L);
      }
    }
  }
}
