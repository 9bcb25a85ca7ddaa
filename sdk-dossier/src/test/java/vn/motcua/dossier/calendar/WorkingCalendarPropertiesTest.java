package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingCalendarPropertiesTest {
  private final WorkingCalendar calendar = WorkingCalendar.standard();
  private final WorkingCalendar cutoffAt16 =
      WorkingCalendar.builder().receiptCutoff(LocalTime.of(16, 0)).build();

  @Provide
  Arbitrary<ZonedDateTime> receivedAt() {
    Arbitrary<LocalDate> dates =
        Arbitraries.longs()
            .between(LocalDate.of(2019, 1, 1).toEpochDay(), LocalDate.of(2031, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalTime> times =
        Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    return Combinators.combine(dates, times).as((d, t) -> d.atTime(t).atZone(WorkingCalendar.ZONE));
  }

  @Provide
  Arbitrary<LocalDate> day() {
    return Arbitraries.longs()
        .between(LocalDate.of(1902, 1, 1).toEpochDay(), LocalDate.of(2197, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  void addingWorkingDays_thenCountingThemBack_givesTheSameNumber(
      @ForAll("receivedAt") ZonedDateTime receivedAt, @ForAll @IntRange(max = 120) int days) {
    for (WorkingCalendar c : new WorkingCalendar[] {calendar, cutoffAt16}) {
      ZonedDateTime due = c.addWorkingDays(receivedAt, days);
      assertThat(c.workingDaysBetween(c.receiptDay(receivedAt), due.toLocalDate())).isEqualTo(days);
    }
  }

  @Property
  void aDueDate_isNeverOnADayOffNorOutsideOfficeHours(
      @ForAll("receivedAt") ZonedDateTime receivedAt,
      @ForAll @IntRange(max = 60) int days,
      @ForAll @IntRange(max = 200 * 60) int minutes) {
    for (ZonedDateTime due :
        new ZonedDateTime[] {
          calendar.addWorkingDays(receivedAt, days),
          calendar.addWorkingTime(receivedAt, Duration.ofMinutes(minutes)),
          cutoffAt16.addWorkingTime(receivedAt, Duration.ofMinutes(minutes))
        }) {
      assertThat(due.getZone()).isEqualTo(WorkingCalendar.ZONE);
      LocalDate day = due.toLocalDate();
      assertThat(calendar.isWorkingDay(day)).as("%s is a working day", day).isTrue();
      assertThat(calendar.officeHours(day).orElseThrow().contains(due.toLocalTime()))
          .as("%s is inside office hours", due)
          .isTrue();
    }
  }

  @Property
  void addingWorkingTime_thenMeasuringIt_givesTheSameTime(
      @ForAll("receivedAt") ZonedDateTime receivedAt,
      @ForAll @IntRange(max = 200 * 60) int minutes) {
    Duration time = Duration.ofMinutes(minutes);
    ZonedDateTime due = calendar.addWorkingTime(receivedAt, time);
    assertThat(due).isAfterOrEqualTo(receivedAt);
    assertThat(calendar.workingTimeBetween(receivedAt, due)).isEqualTo(time);
  }

  @Property
  void extendingForAPause_movesTheDueDateByTheWorkingTimePaused(
      @ForAll("receivedAt") ZonedDateTime pausedAt,
      @ForAll @IntRange(max = 30 * 24 * 60) int pauseMinutes,
      @ForAll @IntRange(min = 1, max = 30) int days) {
    ZonedDateTime due = calendar.addWorkingDays(pausedAt, days);
    ZonedDateTime resumedAt = pausedAt.plusMinutes(pauseMinutes);
    ZonedDateTime extended = calendar.extendForPause(due, pausedAt, resumedAt);
    assertThat(calendar.workingTimeBetween(due, extended))
        .isEqualTo(calendar.workingTimeBetween(pausedAt, resumedAt));
    assertThat(
            calendar
                .officeHours(extended.toLocalDate())
                .orElseThrow()
                .contains(extended.toLocalTime()))
        .isTrue();
  }

  @Property
  void plusWorkingDays_andWorkingDaysBetween_areInverse(
      @ForAll("day") LocalDate day, @ForAll @IntRange(min = -400, max = 400) int n) {
    LocalDate moved = calendar.plusWorkingDays(day, n);
    if (n >= 0 || calendar.isWorkingDay(day)) {
      assertThat(calendar.workingDaysBetween(day, moved)).isEqualTo(n);
    } else {
      // Counting back from a day off: (moved, day] holds the n - 1 working days after moved.
      assertThat(calendar.workingDaysBetween(day, moved)).isEqualTo(n + 1);
    }
    if (n != 0) {
      assertThat(calendar.isWorkingDay(moved)).isTrue();
      assertThat(moved).isNotEqualTo(day);
    }
  }
}
