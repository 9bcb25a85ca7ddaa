package vn.motcua.dossier.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.calendar.PublicHoliday;

/**
 * The JSON shape of a yearly arrangement file, as read; {@link ArrangementReader} checks it.
 *
 * @param year the year the file is for
 * @param note free text, ignored
 * @param periods the periods
 */
record ArrangementFile(
    @Nullable Integer year, @Nullable String note, @Nullable List<@Nullable PeriodJson> periods) {

  /**
   * One period.
   *
   * @param holidays the public holidays it settles
   * @param daysOff ranges of days off
   * @param workingDays weekly rest days worked instead
   * @param source the decision or official letter
   * @param note free text, ignored
   */
  record PeriodJson(
      @Nullable List<@Nullable PublicHoliday> holidays,
      @Nullable List<@Nullable DayRange> daysOff,
      @Nullable List<@Nullable LocalDate> workingDays,
      @Nullable String source,
      @Nullable String note) {}

  /**
   * A range of days, both ends included.
   *
   * @param from the first day
   * @param to the last day; the same as {@code from} when absent
   */
  record DayRange(@Nullable LocalDate from, @Nullable LocalDate to) {}
}
