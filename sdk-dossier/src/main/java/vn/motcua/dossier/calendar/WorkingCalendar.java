package vn.motcua.dossier.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.dossier.internal.calendar.CalendarDays;
import vn.motcua.dossier.internal.calendar.CalendarErrors;

/**
 * The working-day calendar of a receiving unit in Asia/Ho_Chi_Minh: weekly rest days, office hours,
 * the receipt cut-off, public holidays and the government's yearly arrangements; and the deadline
 * arithmetic built on them.
 *
 * <p><b>Which days are working days.</b> A day is a working day when its weekday has office hours
 * (by default Monday to Friday, 07:30–11:30 and 13:30–17:00) and it is not a day off; a weekly rest
 * day that an arrangement swaps in (làm bù) is a working day with the {@linkplain
 * Builder#officeHours(OfficeHours) general office hours}. Days off are the public holidays of the
 * Labour Code 2019, Article 112 — 1 January; Tết; Hùng Kings' day (10/3 lunar); 30 April; 1 May; 2
 * September and an adjacent day — as settled for each year by the {@link HolidayArrangements}, or
 * computed by the statutory rules (with a compensatory day after a holiday that falls on a weekly
 * rest day, Article 111(3)) for years and holidays no arrangement settles. See {@code
 * docs/calendar.md}.
 *
 * <p><b>Deadlines.</b> Time limits counted in working days start the working day after the
 * {@linkplain #receiptDay receipt day} (Civil Code 2015, Article 147: the first day is not counted)
 * and end at the close of office hours of the last day: {@link #addWorkingDays}. A dossier received
 * on a day off, after the office closes, or after the {@linkplain Builder#receiptCutoff cut-off}
 * counts as received on the next working day. Time limits in working hours run inside office hours
 * only: {@link #addWorkingTime}. A due date is never on a day off nor outside office hours.
 *
 * <p>Every day from 1900-01-01 to 2199-12-31 is resolved when the calendar is built (a few
 * milliseconds); an operation that reaches outside that range throws {@link InvalidInputException}
 * with code {@code calendar.out_of_range}. Instances are immutable and thread-safe; build one per
 * configuration and share it.
 */
public final class WorkingCalendar {
  /** The time zone of every Vietnamese deadline. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final Map<DayOfWeek, OfficeHours> weekly;
  private final OfficeHours generalHours;
  private final @Nullable LocalTime receiptCutoff;
  private final HolidayArrangements arrangements;
  private final Clock clock;
  private final CalendarDays days;

  private WorkingCalendar(Builder builder) {
    Map<DayOfWeek, OfficeHours> resolved = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      OfficeHours own = builder.dayHours.get(day);
      if (own != null) {
        resolved.put(day, own);
      } else if (!builder.weekend.contains(day)) {
        resolved.put(day, builder.generalHours);
      }
    }
    if (resolved.isEmpty()) {
      throw new IllegalArgumentException("a working calendar needs at least one working weekday");
    }
    this.weekly = Map.copyOf(resolved);
    this.generalHours = builder.generalHours;
    this.receiptCutoff = builder.receiptCutoff;
    this.arrangements = builder.arrangements;
    this.clock = builder.clock;
    this.days =
        new CalendarDays(resolved, generalHours, arrangements::forYear, LunarCalendar.vietnamese());
  }

  /**
   * Returns the default calendar: Monday to Friday 07:30–11:30 and 13:30–17:00, no cut-off before
   * closing time, the {@linkplain HolidayArrangements#shipped() shipped arrangements}, the system
   * clock. Built once, on first use.
   */
  public static WorkingCalendar standard() {
    return Standard.INSTANCE;
  }

  /** Returns a builder starting from the defaults of {@link #standard()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the time zone of this calendar: Asia/Ho_Chi_Minh. */
  public ZoneId zone() {
    return ZONE;
  }

  /** Returns the clock that says what "now" is. */
  public Clock clock() {
    return clock;
  }

  /** Returns the current time in Asia/Ho_Chi_Minh by this calendar's clock. */
  public ZonedDateTime now() {
    return ZonedDateTime.now(clock.withZone(ZONE));
  }

  /** Returns the first day covered: 1900-01-01. */
  public LocalDate firstDate() {
    return days.first();
  }

  /** Returns the last day covered: 2199-12-31. */
  public LocalDate lastDate() {
    return days.last();
  }

  /**
   * Returns whether {@code date} is a working day.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} outside 1900–2199
   */
  public boolean isWorkingDay(LocalDate date) {
    return days.isWorkingDay(covered(date));
  }

  /**
   * Returns the office hours of {@code date}, or empty on a day off.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} outside 1900–2199
   */
  public Optional<OfficeHours> officeHours(LocalDate date) {
    return Optional.ofNullable(days.hours(covered(date)));
  }

  /**
   * Returns the holiday on {@code date}: a public holiday, a compensatory day or an arranged day
   * off, whether or not it falls on a weekly rest day; empty otherwise.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} outside 1900–2199
   */
  public Optional<Holiday> holiday(LocalDate date) {
    return days.holiday(covered(date));
  }

  /**
   * Returns the holidays of {@code year} in date order.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} outside 1900–2199
   */
  public List<Holiday> holidays(int year) {
    covered(LocalDate.of(year, 1, 1));
    return days.holidays(year);
  }

  /**
   * Returns the day counting starts from for something received at {@code receivedAt}: the day of
   * receipt in Asia/Ho_Chi_Minh when it is a working day and the receipt came before the cut-off
   * (the {@linkplain Builder#receiptCutoff configured cut-off}, or closing time when earlier or
   * when none is configured); otherwise the next working day.
   */
  public LocalDate receiptDay(ZonedDateTime receivedAt) {
    LocalDateTime local = local(receivedAt);
    LocalDate day = local.toLocalDate();
    OfficeHours hours = days.hours(day);
    if (hours != null && local.toLocalTime().isBefore(cutoff(hours))) {
      return day;
    }
    return plus(day, 1);
  }

  /**
   * Returns the {@code n}-th working day after {@code date}, or before it when {@code n} is
   * negative, or {@code date} itself when {@code n} is zero.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} when either day lies
   *     outside 1900–2199
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    return plus(covered(date), n);
  }

  /**
   * Returns the number of working days after {@code from} up to and including {@code to}; negative
   * when {@code to} is before {@code from}, as minus the count from {@code to} to {@code from}.
   * {@code workingDaysBetween(d, plusWorkingDays(d, n))} is {@code n} for {@code n >= 0}, and for
   * negative {@code n} when {@code d} is a working day.
   *
   * @throws InvalidInputException with code {@code calendar.out_of_range} outside 1900–2199
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    return days.workingDaysBetween(covered(from), covered(to));
  }

  /**
   * Returns the due instant of a time limit of {@code workingDays} working days for something
   * received at {@code receivedAt}: the close of office hours of the {@code workingDays}-th working
   * day after the {@linkplain #receiptDay receipt day}; with zero days, the close of the receipt
   * day itself. The result is in Asia/Ho_Chi_Minh.
   *
   * <p>Example (standard calendar): received Monday 2024-03-04 at 10:00, 3 working days: due
   * Thursday 2024-03-07 at 17:00. Received at 17:30 the same Monday (after closing): the receipt
   * day is Tuesday, due Friday 2024-03-08 at 17:00.
   *
   * @throws IllegalArgumentException when {@code workingDays} is negative
   * @throws InvalidInputException with code {@code calendar.out_of_range} when the due day lies
   *     after 2199
   */
  public ZonedDateTime addWorkingDays(ZonedDateTime receivedAt, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate due = plus(receiptDay(receivedAt), workingDays);
    return due.atTime(Objects.requireNonNull(days.hours(due)).closing()).atZone(ZONE);
  }

  /**
   * Returns the due instant of a time limit of {@code hours} working hours; see {@link
   * #addWorkingTime(ZonedDateTime, Duration)}.
   */
  public ZonedDateTime addWorkingHours(ZonedDateTime receivedAt, int hours) {
    if (hours < 0) {
      throw new IllegalArgumentException("hours must not be negative: " + hours);
    }
    return addWorkingTime(receivedAt, Duration.ofHours(hours));
  }

  /**
   * Returns the due instant of a time limit in working time: the clock runs only inside office
   * hours of working days, starting at {@code receivedAt} when that is inside office hours of a
   * working day before the cut-off, at the next opening of the same day when before it (early
   * morning, lunch), and at the first opening of the next working day otherwise (a day off, after
   * the cut-off or closing time). A limit that runs out exactly at a closing time is due then, not
   * at the next opening.
   *
   * <p>Example (standard calendar): received Tuesday 2024-03-05 at 10:30, 8 working hours: 1 hour
   * to 11:30, 3.5 hours from 13:30 to 17:00, the last 3.5 hours from Wednesday 07:30: due Wednesday
   * 2024-03-06 at 11:00.
   *
   * @throws IllegalArgumentException when {@code time} is negative
   * @throws InvalidInputException with code {@code calendar.out_of_range} past 2199
   */
  public ZonedDateTime addWorkingTime(ZonedDateTime receivedAt, Duration time) {
    requireNotNegative(time, "time");
    LocalDateTime local = local(receivedAt);
    OfficeHours hours = days.hours(local.toLocalDate());
    LocalDateTime start =
        hours != null && local.toLocalTime().isBefore(cutoff(hours))
            ? local
            : plus(local.toLocalDate(), 1).atStartOfDay();
    return walk(start, time).atZone(ZONE);
  }

  /**
   * Returns the working time between two instants: the part of [{@code from}, {@code to}] that lies
   * inside office hours of working days. No cut-off applies.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @throws InvalidInputException with code {@code calendar.out_of_range} outside 1900–2199
   */
  public Duration workingTimeBetween(ZonedDateTime from, ZonedDateTime to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
    LocalDateTime start = local(from);
    LocalDateTime end = local(to);
    Duration total = Duration.ZERO;
    for (LocalDate day = start.toLocalDate();
        !day.isAfter(end.toLocalDate());
        day = day.plusDays(1)) {
      OfficeHours hours = days.hours(covered(day));
      if (hours == null) {
        continue;
      }
      for (OfficeHours.Interval interval : hours.intervals()) {
        LocalDateTime a = max(start, day.atTime(interval.start()));
        LocalDateTime b = min(end, day.atTime(interval.end()));
        if (a.isBefore(b)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
    return total;
  }

  /**
   * Returns {@code dueAt} moved later by the working time between {@code pausedAt} and {@code
   * resumedAt}: the clock of a dossier stops while it waits for the applicant (a supplement
   * request, financial obligations) and the time limit resumes where it stopped. The extension runs
   * from {@code dueAt} inside office hours, like {@link #addWorkingTime}, without a cut-off; a
   * pause that holds no working time leaves {@code dueAt} unchanged.
   *
   * <p>Example (standard calendar): due Friday 2024-03-08 at 17:00, paused from Tuesday 10:00 to
   * Wednesday 10:00 of that week (7.5 working hours): due Monday 2024-03-11 at 17:00.
   *
   * @throws IllegalArgumentException when {@code resumedAt} is before {@code pausedAt}
   * @throws InvalidInputException with code {@code calendar.out_of_range} outside 1900–2199
   */
  public ZonedDateTime extendForPause(
      ZonedDateTime dueAt, ZonedDateTime pausedAt, ZonedDateTime resumedAt) {
    Duration paused = workingTimeBetween(pausedAt, resumedAt);
    if (paused.isZero()) {
      return dueAt.withZoneSameInstant(ZONE);
    }
    return walk(local(dueAt), paused).atZone(ZONE);
  }

  /** Returns whether {@code dueAt} has passed by this calendar's clock. */
  public boolean isOverdue(ZonedDateTime dueAt) {
    return now().isAfter(dueAt);
  }

  /**
   * Returns the working time left until {@code dueAt} by this calendar's clock; negative (the
   * working time since) once it has passed.
   */
  public Duration workingTimeUntil(ZonedDateTime dueAt) {
    ZonedDateTime now = now();
    return now.isAfter(dueAt)
        ? workingTimeBetween(dueAt, now).negated()
        : workingTimeBetween(now, dueAt);
  }

  /** Returns the office hours of a weekday, or empty on a weekly rest day. */
  public Optional<OfficeHours> weeklyHours(DayOfWeek day) {
    return Optional.ofNullable(weekly.get(day));
  }

  /** Returns the configured receipt cut-off, or empty when receipts count until closing time. */
  public Optional<LocalTime> receiptCutoff() {
    return Optional.ofNullable(receiptCutoff);
  }

  /** Returns the holiday arrangements in use. */
  public HolidayArrangements arrangements() {
    return arrangements;
  }

  @Override
  public String toString() {
    return "WorkingCalendar[weekly="
        + new TreeMap<>(weekly)
        + ", cutoff="
        + (receiptCutoff == null ? "closing" : receiptCutoff)
        + ", arrangements="
        + arrangements.years()
        + "]";
  }

  private LocalTime cutoff(OfficeHours hours) {
    return receiptCutoff != null && receiptCutoff.isBefore(hours.closing())
        ? receiptCutoff
        : hours.closing();
  }

  /** Consumes {@code time} inside office hours from {@code start}; a zero time stops at once. */
  private LocalDateTime walk(LocalDateTime start, Duration time) {
    Duration left = time;
    LocalDate day = covered(start.toLocalDate());
    LocalTime from = start.toLocalTime();
    while (true) {
      OfficeHours hours = days.hours(day);
      if (hours != null) {
        for (OfficeHours.Interval interval : hours.intervals()) {
          if (!from.isBefore(interval.end()) && !(left.isZero() && from.equals(interval.end()))) {
            continue;
          }
          LocalTime begin = from.isAfter(interval.start()) ? from : interval.start();
          Duration available = Duration.between(begin, interval.end());
          if (left.compareTo(available) <= 0) {
            return day.atTime(begin).plus(left);
          }
          left = left.minus(available);
        }
      }
      day = covered(day.plusDays(1));
      from = LocalTime.MIDNIGHT;
    }
  }

  private LocalDate plus(LocalDate date, long n) {
    LocalDate result = days.plusWorkingDays(covered(date), n);
    if (result == null) {
      throw CalendarErrors.outOfRange("", days.first(), days.last());
    }
    return result;
  }

  private LocalDate covered(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!days.covers(date)) {
      throw CalendarErrors.outOfRange("", days.first(), days.last());
    }
    return date;
  }

  private static LocalDateTime local(ZonedDateTime time) {
    return time.withZoneSameInstant(ZONE).toLocalDateTime();
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + duration);
    }
  }

  /**
   * Configures a {@link WorkingCalendar}. Not thread-safe; the calendar it builds is.
   *
   * <p>A weekday works when it has its own office hours ({@link #officeHours(DayOfWeek,
   * OfficeHours)}) or is not a weekly rest day ({@link #weekend}); the first takes precedence, so a
   * unit that opens on Saturday mornings keeps the default weekend and adds {@code
   * officeHours(SATURDAY, OfficeHours.of(07:30, 11:30))}.
   */
  public static final class Builder {
    private OfficeHours generalHours = OfficeHours.standard();
    private final Map<DayOfWeek, OfficeHours> dayHours = new EnumMap<>(DayOfWeek.class);
    private Set<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private @Nullable LocalTime receiptCutoff;
    private HolidayArrangements arrangements = HolidayArrangements.shipped();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the office hours of every working weekday without hours of its own, and of weekly rest
     * days swapped into working days; default {@link OfficeHours#standard()}.
     */
    public Builder officeHours(OfficeHours hours) {
      this.generalHours = Objects.requireNonNull(hours, "hours");
      return this;
    }

    /**
     * Sets the office hours of one weekday, which then works even if it is in the {@linkplain
     * #weekend weekend}: {@code officeHours(SATURDAY, OfficeHours.of(LocalTime.of(7, 30),
     * LocalTime.of(11, 30)))} for a unit open on Saturday mornings. Such a day counts as a full
     * working day when counting days, and for its own hours when counting working time.
     */
    public Builder officeHours(DayOfWeek day, OfficeHours hours) {
      dayHours.put(Objects.requireNonNull(day, "day"), Objects.requireNonNull(hours, "hours"));
      return this;
    }

    /**
     * Sets the weekly rest days; default Saturday and Sunday. Public holidays falling on them get a
     * compensatory day (Labour Code 2019, Article 111(3)) unless an arrangement settles the
     * holiday.
     */
    public Builder weekend(DayOfWeek... days) {
      EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek day : days) {
        set.add(Objects.requireNonNull(day, "day"));
      }
      this.weekend = set;
      return this;
    }

    /**
     * Sets the receipt cut-off: something received at or after this time of a working day counts as
     * received on the next working day. Without one (the default), receipts count until the close
     * of office hours.
     */
    public Builder receiptCutoff(LocalTime cutoff) {
      this.receiptCutoff = Objects.requireNonNull(cutoff, "cutoff");
      return this;
    }

    /** Sets the yearly arrangements; default {@link HolidayArrangements#shipped()}. */
    public Builder arrangements(HolidayArrangements arrangements) {
      this.arrangements = Objects.requireNonNull(arrangements, "arrangements");
      return this;
    }

    /** Sets the clock used where "now" matters; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the calendar, resolving every day from 1900 to 2199.
     *
     * @throws IllegalArgumentException when no weekday has office hours
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }

  private static final class Standard {
    static final WorkingCalendar INSTANCE = builder().build();
  }
}
