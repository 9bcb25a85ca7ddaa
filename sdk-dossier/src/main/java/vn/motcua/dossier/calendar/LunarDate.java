package vn.motcua.dossier.calendar;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.internal.calendar.CalendarErrors;

/**
 * A date of the Vietnamese lunar calendar (âm lịch): year, month (1–12), whether the month is the
 * year's leap month (tháng nhuận), and day (1–30).
 *
 * <p>The year is numbered like the solar year in which its first day (Tết) falls: lunar 1/1/2024 is
 * 10 February 2024, and lunar 30/12/2024 (the last day of that year's 12th month) falls in January
 * 2025. A leap month follows the month with the same number.
 *
 * <p>Constructing a {@code LunarDate} checks only the shape (month 1–12, day 1–30); whether the
 * date exists (day 30 of a 29-day month, a leap month the year does not have) depends on astronomy,
 * so {@link LunarCalendar#validate(LunarDate)} and {@link LunarCalendar#toSolar(LunarDate)} check
 * it. Ordered chronologically: by year, month, normal month before its leap month, day.
 *
 * @param year lunar year, numbered like the solar year of its Tết
 * @param month month number, 1–12
 * @param day day of the month, 1–30
 * @param leap whether the month is the leap month that follows month {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leap)
    implements Comparable<LunarDate> {

  private static final Comparator<LunarDate> ORDER =
      Comparator.comparingInt(LunarDate::year)
          .thenComparingInt(LunarDate::month)
          .thenComparing(LunarDate::leap)
          .thenComparingInt(LunarDate::day);

  /**
   * Creates a lunar date.
   *
   * @throws InvalidInputException with code {@code calendar.lunar.invalid} when the month is
   *     outside 1–12 ({@code calendar.lunar.month} at {@code /month}) or the day outside 1–30
   *     ({@code calendar.lunar.day} at {@code /day})
   */
  public LunarDate {
    ValidationReport.Builder report = ValidationReport.builder();
    if (month < 1 || month > 12) {
      report.add(CalendarErrors.violation("/month", CalendarErrors.LUNAR_MONTH, Map.of()));
    }
    if (day < 1 || day > 30) {
      report.add(CalendarErrors.violation("/day", CalendarErrors.LUNAR_DAY, Map.of()));
    }
    report.build().throwIfInvalid(CalendarErrors.LUNAR_INVALID);
  }

  /** Returns day {@code day} of the (normal, not leap) month {@code month} of {@code year}. */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }

  /** Returns day {@code day} of the leap month that follows month {@code month} of {@code year}. */
  public static LunarDate ofLeapMonth(int year, int month, int day) {
    return new LunarDate(year, month, day, true);
  }

  @Override
  public int compareTo(LunarDate other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns {@code year-MM-dd}, with {@code L} after the month of a leap month: {@code 2024-03-10},
   * {@code 2023-02L-15}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d-%02d%s-%02d", year, month, leap ? "L" : "", day);
  }
}
