package vn.motcua.dossier.internal.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.calendar.LunarCalendar;
import vn.motcua.dossier.calendar.PublicHoliday;

/** Reads and checks one yearly arrangement file. Stateless. */
public final class ArrangementReader {
  /** The longest range of days off one entry may list; longer is taken for a typing mistake. */
  static final int MAX_RANGE_DAYS = 31;

  static final String YEAR = "calendar.arrangement.year";
  static final String PERIODS_MISSING = "calendar.arrangement.periods_missing";
  static final String SOURCE_MISSING = "calendar.arrangement.source_missing";
  static final String EMPTY_PERIOD = "calendar.arrangement.empty_period";
  static final String VALUE_MISSING = "calendar.arrangement.value_missing";
  static final String RANGE_REVERSED = "calendar.arrangement.range_reversed";
  static final String RANGE_TOO_LONG = "calendar.arrangement.range_too_long";
  static final String WRONG_YEAR = "calendar.arrangement.wrong_year";
  static final String DUPLICATE_HOLIDAY = "calendar.arrangement.duplicate_holiday";
  static final String HOLIDAY_NOT_COVERED = "calendar.arrangement.holiday_not_covered";
  static final String WORKING_DAY_OFF = "calendar.arrangement.working_day_off";

  private ArrangementReader() {}

  /**
   * Reads one year's arrangement.
   *
   * @param json the file's bytes (UTF-8)
   * @param origin the file or resource name, quoted in messages
   * @throws InvalidInputException with code {@code calendar.arrangement.invalid} whose report holds
   *     every problem: JSON errors ({@code json.*}) or broken rules ({@code
   *     calendar.arrangement.*}), with JSON Pointers into the file
   */
  public static YearArrangement read(byte[] json, String origin) {
    ArrangementFile file;
    try {
      file = MotcuaJson.strict().read(json, ArrangementFile.class);
    } catch (InvalidInputException e) {
      throw invalid(origin, e.report(), e);
    }
    return check(file, origin);
  }

  private static YearArrangement check(ArrangementFile file, String origin) {
    ValidationReport.Builder report = ValidationReport.builder();
    Integer year = file.year();
    boolean yearKnown =
        year != null && year >= LunarCalendar.FIRST_YEAR && year <= LunarCalendar.LAST_YEAR;
    if (!yearKnown) {
      report.add(
          CalendarErrors.violation(
              "/year",
              YEAR,
              Map.of("min", LunarCalendar.FIRST_YEAR, "max", LunarCalendar.LAST_YEAR)));
    }
    List<ArrangementFile.@Nullable PeriodJson> periods = file.periods();
    if (periods == null || periods.isEmpty()) {
      report.add(CalendarErrors.violation("/periods", PERIODS_MISSING, Map.of()));
      throw invalid(origin, report.build(), null);
    }
    List<YearArrangement.Period> checked = new ArrayList<>();
    Map<PublicHoliday, String> claimedAt = new EnumMap<>(PublicHoliday.class);
    SortedSet<LocalDate> allDaysOff = new TreeSet<>();
    for (int i = 0; i < periods.size(); i++) {
      String at = "/periods/" + i;
      ArrangementFile.PeriodJson period = periods.get(i);
      if (period == null) {
        report.add(CalendarErrors.violation(at, VALUE_MISSING, Map.of()));
        continue;
      }
      SortedSet<LocalDate> daysOff = daysOff(period, at, year, yearKnown, report);
      SortedSet<LocalDate> workingDays = workingDays(period, at, year, yearKnown, report);
      if (!hasEntries(period)) {
        report.add(CalendarErrors.violation(at, EMPTY_PERIOD, Map.of()));
      }
      String source = period.source();
      if (source == null || source.isBlank()) {
        report.add(CalendarErrors.violation(at + "/source", SOURCE_MISSING, Map.of()));
      }
      Set<PublicHoliday> holidays = EnumSet.noneOf(PublicHoliday.class);
      List<@Nullable PublicHoliday> listed = period.holidays();
      for (int j = 0; listed != null && j < listed.size(); j++) {
        String path = at + "/holidays/" + j;
        PublicHoliday holiday = listed.get(j);
        if (holiday == null) {
          report.add(CalendarErrors.violation(path, VALUE_MISSING, Map.of()));
          continue;
        }
        if (claimedAt.putIfAbsent(holiday, path) != null) {
          report.add(
              CalendarErrors.violation(path, DUPLICATE_HOLIDAY, Map.of("holiday", holiday.name())));
          continue;
        }
        holidays.add(holiday);
        if (yearKnown
            && !daysOff.contains(
                StatutoryHolidays.anchor(holiday, year, LunarCalendar.vietnamese()))) {
          report.add(
              CalendarErrors.violation(
                  path, HOLIDAY_NOT_COVERED, Map.of("holiday", holiday.name())));
        }
      }
      allDaysOff.addAll(daysOff);
      checked.add(
          new YearArrangement.Period(
              holidays, daysOff, workingDays, source == null ? "" : source.strip()));
    }
    for (int i = 0; i < checked.size(); i++) {
      List<@Nullable LocalDate> listed = periodAt(periods, i);
      for (int j = 0; j < listed.size(); j++) {
        LocalDate day = listed.get(j);
        if (day != null && allDaysOff.contains(day)) {
          report.add(
              CalendarErrors.violation(
                  "/periods/" + i + "/workingDays/" + j, WORKING_DAY_OFF, Map.of()));
        }
      }
    }
    ValidationReport result = report.build();
    if (!result.isValid()) {
      throw invalid(origin, result, null);
    }
    return new YearArrangement(year, checked, origin);
  }

  private static boolean hasEntries(ArrangementFile.PeriodJson period) {
    return (period.daysOff() != null && !period.daysOff().isEmpty())
        || (period.workingDays() != null && !period.workingDays().isEmpty());
  }

  private static List<@Nullable LocalDate> periodAt(
      List<ArrangementFile.@Nullable PeriodJson> periods, int i) {
    // Periods that were null were skipped when checking, so index the raw list directly.
    ArrangementFile.PeriodJson period = periods.get(i);
    List<@Nullable LocalDate> days = period == null ? null : period.workingDays();
    return days == null ? List.of() : days;
  }

  private static SortedSet<LocalDate> daysOff(
      ArrangementFile.PeriodJson period,
      String at,
      @Nullable Integer year,
      boolean yearKnown,
      ValidationReport.Builder report) {
    SortedSet<LocalDate> days = new TreeSet<>();
    List<ArrangementFile.@Nullable DayRange> ranges = period.daysOff();
    for (int j = 0; ranges != null && j < ranges.size(); j++) {
      String path = at + "/daysOff/" + j;
      ArrangementFile.DayRange range = ranges.get(j);
      if (range == null || range.from() == null) {
        report.add(
            CalendarErrors.violation(
                range == null ? path : path + "/from", VALUE_MISSING, Map.of()));
        continue;
      }
      LocalDate from = range.from();
      LocalDate to = range.to() == null ? from : range.to();
      boolean ok = true;
      if (yearKnown && from.getYear() != year) {
        report.add(CalendarErrors.violation(path + "/from", WRONG_YEAR, Map.of("year", year)));
        ok = false;
      }
      if (yearKnown && range.to() != null && to.getYear() != year) {
        report.add(CalendarErrors.violation(path + "/to", WRONG_YEAR, Map.of("year", year)));
        ok = false;
      }
      if (to.isBefore(from)) {
        report.add(CalendarErrors.violation(path, RANGE_REVERSED, Map.of()));
        ok = false;
      } else if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
        report.add(CalendarErrors.violation(path, RANGE_TOO_LONG, Map.of("max", MAX_RANGE_DAYS)));
        ok = false;
      }
      if (ok) {
        from.datesUntil(to.plusDays(1)).forEach(days::add);
      }
    }
    return days;
  }

  private static SortedSet<LocalDate> workingDays(
      ArrangementFile.PeriodJson period,
      String at,
      @Nullable Integer year,
      boolean yearKnown,
      ValidationReport.Builder report) {
    SortedSet<LocalDate> days = new TreeSet<>();
    List<@Nullable LocalDate> listed = period.workingDays();
    for (int j = 0; listed != null && j < listed.size(); j++) {
      String path = at + "/workingDays/" + j;
      LocalDate day = listed.get(j);
      if (day == null) {
        report.add(CalendarErrors.violation(path, VALUE_MISSING, Map.of()));
      } else if (yearKnown && day.getYear() != year) {
        report.add(CalendarErrors.violation(path, WRONG_YEAR, Map.of("year", year)));
      } else {
        days.add(day);
      }
    }
    return days;
  }

  private static InvalidInputException invalid(
      String origin, ValidationReport report, @Nullable Throwable cause) {
    return new InvalidInputException(
        CalendarErrors.ARRANGEMENT_INVALID,
        "Holiday arrangement " + origin + " is invalid: " + report.summary(),
        report,
        cause);
  }
}
