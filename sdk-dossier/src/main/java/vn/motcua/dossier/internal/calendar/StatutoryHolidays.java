package vn.motcua.dossier.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.calendar.LunarCalendar;
import vn.motcua.dossier.calendar.LunarDate;
import vn.motcua.dossier.calendar.PublicHoliday;

/**
 * The public holidays of the Labour Code 2019, Article 112(1), computed for a year when no yearly
 * arrangement says otherwise.
 *
 * <p>Where the Code leaves the choice to the Prime Minister, the defaults are: for Tết, the last
 * day of the 12th lunar month and the first four days of the new year; for National Day, 2
 * September and the adjacent day that joins the break to a weekend where one does (1 September when
 * 2 September is a Tuesday, Friday or Saturday, 3 September otherwise).
 */
public final class StatutoryHolidays {
  /** The source recorded on computed public holidays. */
  public static final String STATUTORY_SOURCE =
      "Bộ luật Lao động số 45/2019/QH14, Điều 112 khoản 1";

  /** The source recorded on computed compensatory days. */
  public static final String COMPENSATORY_SOURCE =
      "Bộ luật Lao động số 45/2019/QH14, Điều 111 khoản 3 (nghỉ bù)";

  private StatutoryHolidays() {}

  /** Returns the days off of {@code holiday} in {@code year} by the statutory rules, in order. */
  public static List<LocalDate> days(PublicHoliday holiday, int year, LunarCalendar lunar) {
    return switch (holiday) {
      case NEW_YEAR -> List.of(LocalDate.of(year, Month.JANUARY, 1));
      case LUNAR_NEW_YEAR -> {
        LocalDate tet = lunar.newYear(year);
        List<LocalDate> days = new ArrayList<>(5);
        for (int i = -1; i <= 3; i++) {
          days.add(tet.plusDays(i));
        }
        yield List.copyOf(days);
      }
      case HUNG_KINGS -> List.of(lunar.toSolar(LunarDate.of(year, 3, 10)));
      case VICTORY_DAY -> List.of(LocalDate.of(year, Month.APRIL, 30));
      case LABOUR_DAY -> List.of(LocalDate.of(year, Month.MAY, 1));
      case NATIONAL_DAY -> {
        LocalDate second = LocalDate.of(year, Month.SEPTEMBER, 2);
        DayOfWeek dow = second.getDayOfWeek();
        boolean before =
            dow == DayOfWeek.TUESDAY || dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY;
        yield before ? List.of(second.minusDays(1), second) : List.of(second, second.plusDays(1));
      }
    };
  }

  /**
   * Returns the day that identifies {@code holiday} in {@code year} and that any arrangement of it
   * must give off: 1 January, the first day of the lunar year, 10/3 lunar, 30 April, 1 May or 2
   * September.
   */
  public static LocalDate anchor(PublicHoliday holiday, int year, LunarCalendar lunar) {
    return switch (holiday) {
      case NEW_YEAR -> LocalDate.of(year, Month.JANUARY, 1);
      case LUNAR_NEW_YEAR -> lunar.newYear(year);
      case HUNG_KINGS -> lunar.toSolar(LunarDate.of(year, 3, 10));
      case VICTORY_DAY -> LocalDate.of(year, Month.APRIL, 30);
      case LABOUR_DAY -> LocalDate.of(year, Month.MAY, 1);
      case NATIONAL_DAY -> LocalDate.of(year, Month.SEPTEMBER, 2);
    };
  }
}
