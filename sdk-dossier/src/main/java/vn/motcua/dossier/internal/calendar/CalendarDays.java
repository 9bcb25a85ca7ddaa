package vn.motcua.dossier.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.calendar.Holiday;
import vn.motcua.dossier.calendar.LunarCalendar;
import vn.motcua.dossier.calendar.OfficeHours;
import vn.motcua.dossier.calendar.PublicHoliday;

/**
 * Every day from 1900 to 2199 resolved once: working or not, its office hours, its holiday, and a
 * running count of working days so that counting and adding working days take logarithmic time.
 * Immutable and thread-safe after construction.
 */
public final class CalendarDays {
  private final LocalDate first;
  private final LocalDate last;
  private final long firstEpochDay;
  private final Map<DayOfWeek, OfficeHours> weekly;
  private final OfficeHours swappedDayHours;
  private final BitSet working = new BitSet();
  private final BitSet swapped = new BitSet();
  private final int[] workingBefore; // workingBefore[i] = working days among the first i days
  private final NavigableMap<LocalDate, Holiday> holidays = new TreeMap<>();

  /**
   * Resolves the days.
   *
   * @param weekly office hours of each weekday that is not a weekly rest day
   * @param swappedDayHours office hours of a day an arrangement lists as a working day
   * @param arrangements the yearly arrangement, if any, of a year
   * @param lunar the lunar calendar for Tết and Hùng Kings' day
   */
  public CalendarDays(
      Map<DayOfWeek, OfficeHours> weekly,
      OfficeHours swappedDayHours,
      IntFunction<Optional<YearArrangement>> arrangements,
      LunarCalendar lunar) {
    this.first = lunar.firstDate();
    this.last = lunar.lastDate();
    this.firstEpochDay = first.toEpochDay();
    this.weekly = new EnumMap<>(weekly);
    this.swappedDayHours = swappedDayHours;
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      resolveYear(year, arrangements.apply(year), lunar);
    }
    int days = (int) (last.toEpochDay() - firstEpochDay + 1);
    workingBefore = new int[days + 1];
    for (int i = 0; i < days; i++) {
      LocalDate date = LocalDate.ofEpochDay(firstEpochDay + i);
      boolean open =
          (this.weekly.containsKey(date.getDayOfWeek()) || swapped.get(i))
              && !holidays.containsKey(date);
      working.set(i, open);
      workingBefore[i + 1] = workingBefore[i] + (open ? 1 : 0);
    }
  }

  private void resolveYear(int year, Optional<YearArrangement> arrangement, LunarCalendar lunar) {
    Set<PublicHoliday> settled = arrangement.map(YearArrangement::coveredHolidays).orElse(Set.of());
    arrangement.ifPresent(
        a ->
            a.periods()
                .forEach(
                    period -> {
                      period
                          .daysOff()
                          .forEach(
                              day ->
                                  add(
                                      new Holiday(
                                          day,
                                          period.holidays(),
                                          Holiday.Kind.ARRANGED,
                                          period.source())));
                      period.workingDays().forEach(day -> swapped.set(index(day)));
                    }));
    List<Holiday> computed = new ArrayList<>();
    for (PublicHoliday holiday : PublicHoliday.values()) {
      if (!settled.contains(holiday)) {
        for (LocalDate day : StatutoryHolidays.days(holiday, year, lunar)) {
          Holiday statutory =
              new Holiday(
                  day,
                  EnumSet.of(holiday),
                  Holiday.Kind.STATUTORY,
                  StatutoryHolidays.STATUTORY_SOURCE);
          computed.add(statutory);
          add(statutory);
        }
      }
    }
    computed.sort((a, b) -> a.date().compareTo(b.date()));
    for (Holiday holiday : computed) {
      if (isWeeklyRest(holiday.date())) {
        LocalDate day = holiday.date().plusDays(1);
        while (isWeeklyRest(day) || holidays.containsKey(day)) {
          day = day.plusDays(1);
        }
        add(
            new Holiday(
                day,
                holiday.occasions(),
                Holiday.Kind.COMPENSATORY,
                StatutoryHolidays.COMPENSATORY_SOURCE));
      }
    }
  }

  /** Adds a holiday; on a day already off, the occasions are merged into the first entry. */
  private void add(Holiday holiday) {
    holidays.merge(
        holiday.date(),
        holiday,
        (earlier, later) -> {
          EnumSet<PublicHoliday> occasions = EnumSet.noneOf(PublicHoliday.class);
          occasions.addAll(earlier.occasions());
          occasions.addAll(later.occasions());
          return new Holiday(earlier.date(), occasions, earlier.kind(), earlier.source());
        });
  }

  private boolean isWeeklyRest(LocalDate date) {
    return !weekly.containsKey(date.getDayOfWeek());
  }

  /** Returns the first day covered. */
  public LocalDate first() {
    return first;
  }

  /** Returns the last day covered. */
  public LocalDate last() {
    return last;
  }

  /** Returns whether the day is covered. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /** Returns whether a covered day is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    return working.get(index(date));
  }

  /** Returns the office hours of a covered working day, or null on a day off. */
  public @Nullable OfficeHours hours(LocalDate date) {
    int i = index(date);
    if (!working.get(i)) {
      return null;
    }
    OfficeHours hours = weekly.get(date.getDayOfWeek());
    return hours == null || swapped.get(i) ? swappedDayHours : hours;
  }

  /** Returns the holiday on a day, if it is one. */
  public Optional<Holiday> holiday(LocalDate date) {
    return Optional.ofNullable(holidays.get(date));
  }

  /** Returns the holidays of a year, in date order. */
  public List<Holiday> holidays(int year) {
    return List.copyOf(
        holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
  }

  /** Returns the number of working days in (from, to]; negative when {@code to} is before. */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    return (long) workingBefore[index(to) + 1] - workingBefore[index(from) + 1];
  }

  /**
   * Returns the {@code n}-th working day after {@code date} ({@code n > 0}), before it ({@code n <
   * 0}), or {@code date} itself ({@code n == 0}); null when that day is not covered.
   */
  public @Nullable LocalDate plusWorkingDays(LocalDate date, long n) {
    if (n == 0) {
      return date;
    }
    int i = index(date);
    long target = n > 0 ? (long) workingBefore[i + 1] + n : (long) workingBefore[i] + n + 1;
    if (target < 1 || target > workingBefore[workingBefore.length - 1]) {
      return null;
    }
    // The smallest p with workingBefore[p] >= target; day p - 1 is the working day sought.
    int low = 1;
    int high = workingBefore.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (workingBefore[mid] >= target) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return LocalDate.ofEpochDay(firstEpochDay + low - 1);
  }

  private int index(LocalDate date) {
    return (int) (date.toEpochDay() - firstEpochDay);
  }
}
