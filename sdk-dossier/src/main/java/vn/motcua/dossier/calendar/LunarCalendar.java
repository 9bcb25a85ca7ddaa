package vn.motcua.dossier.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.internal.calendar.CalendarErrors;
import vn.motcua.dossier.internal.calendar.LunarTable;

/**
 * The Vietnamese lunar calendar (âm lịch): conversion between solar and lunar dates, Tết, leap
 * months, for every day from 1 January 1900 to 31 December 2199.
 *
 * <p>The calendar is computed from astronomy, not read from a table: a month starts on the day that
 * holds the new moon; the 11th month holds the December solstice; in a year with 13 months the
 * first month after the 11th that holds no major solar term (the Sun crossing a multiple of 30° of
 * longitude) is the leap month, numbered like the month before it. Days are counted at UTC+7, the
 * time of Vietnam since 1968. That is why the Vietnamese calendar differs from the Chinese one
 * (UTC+8) in some years: Tết 1985 was 21 January in Vietnam and 20 February in China, Tết 2007 was
 * 17 February in Vietnam and 18 February in China. {@link #atOffset(ZoneOffset)} applies the same
 * rules at another offset, for comparison.
 *
 * <p>New moons come from Meeus' <i>Astronomical Algorithms</i> (ch. 49, accurate to seconds) and
 * solar terms from the abridged VSOP87 theory (ch. 25, about one arc second, some 25 seconds of
 * time), with ΔT from the Espenak–Meeus polynomials. A date can differ from an exact ephemeris only
 * where a new moon or a major solar term falls within that margin of midnight at UTC+7, which
 * happens a handful of times in the three centuries; {@code docs/calendar.md} lists them. Before
 * 1968, calendars printed in Vietnam followed UTC+8 in some years (Tết 1968 was 29 January in the
 * North and 30 January in the South); this class always uses the offset it was created with.
 *
 * <p>Instances are immutable and thread-safe. {@link #vietnamese()} is computed once, on first use,
 * in a few milliseconds.
 */
public final class LunarCalendar {
  /** The first solar year covered. */
  public static final int FIRST_YEAR = 1900;

  /** The last solar year covered. */
  public static final int LAST_YEAR = 2199;

  /** The offset of the Vietnamese calendar: UTC+7 (the 105° E meridian). */
  public static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);

  private final ZoneOffset offset;
  private final LunarTable table;

  private LunarCalendar(ZoneOffset offset) {
    this.offset = offset;
    this.table = LunarTable.compute(FIRST_YEAR, LAST_YEAR, offset.getTotalSeconds());
  }

  /** Returns the Vietnamese lunar calendar, counted at UTC+7. */
  public static LunarCalendar vietnamese() {
    return Vietnamese.INSTANCE;
  }

  /**
   * Returns the lunar calendar with the same rules counted at another UTC offset; UTC+8 gives the
   * dates of the Chinese calendar of today. Each call computes a new table.
   */
  public static LunarCalendar atOffset(ZoneOffset offset) {
    Objects.requireNonNull(offset, "offset");
    return offset.equals(VIETNAM_OFFSET) ? vietnamese() : new LunarCalendar(offset);
  }

  /** Returns the UTC offset at which days are counted. */
  public ZoneOffset offset() {
    return offset;
  }

  /** Returns the first solar date covered: 1900-01-01. */
  public LocalDate firstDate() {
    return table.first();
  }

  /** Returns the last solar date covered: 2199-12-31. */
  public LocalDate lastDate() {
    return table.last();
  }

  /**
   * Returns the lunar date of a solar date.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} when the date lies
   *     outside {@link #firstDate()}–{@link #lastDate()}
   */
  public LunarDate toLunar(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!table.covers(date)) {
      throw CalendarErrors.outOfRange("", table.first(), table.last());
    }
    long day = date.toEpochDay();
    int i = table.monthIndex(day);
    return new LunarDate(
        table.year(i), table.number(i), (int) (day - table.start(i)) + 1, table.isLeap(i));
  }

  /**
   * Returns the solar date of a lunar date.
   *
   * @throws InvalidInputException with code {@code calendar.lunar.invalid} when the date does not
   *     exist (see {@link #validate(LunarDate)}), or {@code calendar.out_of_range} when it exists
   *     but lies outside the covered range
   */
  public LocalDate toSolar(LunarDate date) {
    ValidationReport report = validate(date);
    if (!report.isValid()) {
      boolean rangeOnly = report.codes().stream().allMatch(CalendarErrors.OUT_OF_RANGE::equals);
      report.throwIfInvalid(rangeOnly ? CalendarErrors.OUT_OF_RANGE : CalendarErrors.LUNAR_INVALID);
    }
    int i = table.indexOf(date.year(), date.month(), date.leap());
    return LocalDate.ofEpochDay(table.start(i) + date.day() - 1);
  }

  /**
   * Returns whether a lunar date exists and is covered: an empty report, or one violation among
   * {@code calendar.lunar.no_such_leap_month} (at {@code /leap}: the year has no such leap month),
   * {@code calendar.lunar.day_out_of_month} (at {@code /day}, with {@code max}: day 30 of a 29-day
   * month) and {@code calendar.out_of_range}.
   */
  public ValidationReport validate(LunarDate date) {
    Objects.requireNonNull(date, "date");
    int i = table.indexOf(date.year(), date.month(), date.leap());
    if (i < 0) {
      if (date.leap() && table.indexOf(date.year(), date.month(), false) >= 0) {
        return ValidationReport.of(
            CalendarErrors.violation("/leap", CalendarErrors.LUNAR_NO_SUCH_LEAP_MONTH, Map.of()));
      }
      return CalendarErrors.outOfRange("", table.first(), table.last()).report();
    }
    if (date.day() > table.length(i)) {
      return ValidationReport.of(
          CalendarErrors.violation(
              "/day", CalendarErrors.LUNAR_DAY_OUT_OF_MONTH, Map.of("max", table.length(i))));
    }
    if (!table.covers(LocalDate.ofEpochDay(table.start(i) + date.day() - 1))) {
      return CalendarErrors.outOfRange("", table.first(), table.last()).report();
    }
    return ValidationReport.valid();
  }

  /** Returns whether a lunar date exists and is covered; see {@link #validate(LunarDate)}. */
  public boolean isValid(LunarDate date) {
    return validate(date).isValid();
  }

  /**
   * Returns the solar date of Tết (the first day of the first month) of lunar year {@code year}.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} for years outside
   *     1900–2199
   */
  public LocalDate newYear(int year) {
    return toSolar(LunarDate.of(requireYear(year), 1, 1));
  }

  /**
   * Returns the solar date of the last day of lunar year {@code year}: the eve of Tết of the next
   * year (30 or 29 of the 12th month, "tất niên").
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} for years outside
   *     1900–2199
   */
  public LocalDate lastDayOfYear(int year) {
    int i = table.indexOf(requireYear(year), 12, false);
    int last = table.isLeap(i + 1) ? i + 1 : i; // a leap 12th month closes the year
    return LocalDate.ofEpochDay(table.start(last) + table.length(last) - 1);
  }

  /**
   * Returns the number of the month after which lunar year {@code year} has a leap month, or empty
   * in a year of 12 months.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} for years outside
   *     1900–2199
   */
  public OptionalInt leapMonth(int year) {
    requireYear(year);
    for (int month = 1; month <= 12; month++) {
      if (table.indexOf(year, month, true) >= 0) {
        return OptionalInt.of(month);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Returns the number of days, 29 or 30, of a month.
   *
   * @throws InvalidInputException with code {@code calendar.lunar.invalid} when the year has no
   *     such leap month, or {@code calendar.out_of_range} for years outside 1900–2199
   */
  public int lengthOfMonth(int year, int month, boolean leap) {
    LunarDate first = new LunarDate(requireYear(year), month, 1, leap);
    int i = table.indexOf(first.year(), first.month(), first.leap());
    if (i < 0) {
      validate(first).throwIfInvalid(CalendarErrors.LUNAR_INVALID);
    }
    return table.length(i);
  }

  private int requireYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw CalendarErrors.outOfRange("", table.first(), table.last());
    }
    return year;
  }

  @Override
  public String toString() {
    return "LunarCalendar[UTC" + offset.getId() + "]";
  }

  private static final class Vietnamese {
    static final LunarCalendar INSTANCE = new LunarCalendar(VIETNAM_OFFSET);
  }
}
