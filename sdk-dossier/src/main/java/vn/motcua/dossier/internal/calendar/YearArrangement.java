package vn.motcua.dossier.internal.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.motcua.dossier.calendar.PublicHoliday;

/**
 * One year's arrangement, checked: periods, each with the public holidays it settles, its days off,
 * its swapped working days and its source.
 *
 * @param year the year
 * @param periods the periods, as listed in the file
 * @param origin where it was read from (a file or resource name), for messages
 */
public record YearArrangement(int year, List<Period> periods, String origin) {

  /** Copies the periods. */
  public YearArrangement {
    periods = List.copyOf(periods);
  }

  /** Returns every public holiday some period settles. */
  public Set<PublicHoliday> coveredHolidays() {
    EnumSet<PublicHoliday> covered = EnumSet.noneOf(PublicHoliday.class);
    periods.forEach(p -> covered.addAll(p.holidays()));
    return Collections.unmodifiableSet(covered);
  }

  /**
   * One period of an arrangement.
   *
   * @param holidays the public holidays whose days off this period sets (replacing the computed
   *     ones); may be empty for days off that belong to no holiday
   * @param daysOff every day off of the period
   * @param workingDays weekly rest days worked instead (làm bù)
   * @param source the decision or official letter, in Vietnamese
   */
  public record Period(
      Set<PublicHoliday> holidays,
      SortedSet<LocalDate> daysOff,
      SortedSet<LocalDate> workingDays,
      String source) {

    /** Copies the sets. */
    public Period {
      holidays =
          holidays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(holidays));
      daysOff = Collections.unmodifiableSortedSet(new TreeSet<>(daysOff));
      workingDays = Collections.unmodifiableSortedSet(new TreeSet<>(workingDays));
    }
  }
}
