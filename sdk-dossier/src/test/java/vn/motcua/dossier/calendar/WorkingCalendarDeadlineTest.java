package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.motcua.core.InvalidInputException;

/** Deadlines: the receipt day and cut-off, working days, working hours and clock pauses. */
class WorkingCalendarDeadlineTest {
  private final WorkingCalendar calendar = WorkingCalendar.standard();

  /** A local time in Asia/Ho_Chi_Minh, such as {@code 2024-03-04T10:00}. */
  private static ZonedDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE);
  }

  @Nested
  class ReceiptDay {
    @Test
    void receiptDay_isTheDayOfReceiptBeforeClosing() {
      assertThat(calendar.receiptDay(at("2024-03-04T10:00"))).isEqualTo("2024-03-04");
      assertThat(calendar.receiptDay(at("2024-03-04T16:59:59"))).isEqualTo("2024-03-04");
      // Online, before the office opens: the same day.
      assertThat(calendar.receiptDay(at("2024-03-05T03:00"))).isEqualTo("2024-03-05");
      // During the lunch break: the same day.
      assertThat(calendar.receiptDay(at("2024-03-05T12:15"))).isEqualTo("2024-03-05");
    }

    @Test
    void receiptDay_isTheNextWorkingDayFromClosingTime() {
      assertThat(calendar.receiptDay(at("2024-03-04T17:00"))).isEqualTo("2024-03-05");
      assertThat(calendar.receiptDay(at("2024-03-08T20:00"))).isEqualTo("2024-03-11"); // Friday
    }

    @Test
    void receiptDay_onADayOff_isTheNextWorkingDay() {
      assertThat(calendar.receiptDay(at("2024-03-09T09:00"))).isEqualTo("2024-03-11"); // Saturday
      assertThat(calendar.receiptDay(at("2024-02-09T09:00"))).isEqualTo("2024-02-15"); // Tết
    }

    @Test
    void receiptDay_honoursTheConfiguredCutoff() {
      WorkingCalendar cutoffAt16 =
          WorkingCalendar.builder().receiptCutoff(LocalTime.of(16, 0)).build();
      assertThat(cutoffAt16.receiptDay(at("2024-03-04T15:59"))).isEqualTo("2024-03-04");
      assertThat(cutoffAt16.receiptDay(at("2024-03-04T16:00"))).isEqualTo("2024-03-05");
      assertThat(cutoffAt16.receiptCutoff()).contains(LocalTime.of(16, 0));
    }

    @Test
    void receiptDay_convertsTheInstantToVietnameseTime() {
      // 2024-03-04T09:30Z is 16:30 in Hanoi: before closing.
      ZonedDateTime utc = LocalDateTime.parse("2024-03-04T09:30").atZone(ZoneOffset.UTC);
      assertThat(calendar.receiptDay(utc)).isEqualTo("2024-03-04");
      // 10:30Z is 17:30 in Hanoi: after closing.
      assertThat(calendar.receiptDay(utc.plusHours(1))).isEqualTo("2024-03-05");
    }
  }

  @Nested
  class WorkingDays {
    @Test
    void addWorkingDays_isDueAtClosingOfTheNthWorkingDayAfterTheReceiptDay() {
      assertThat(calendar.addWorkingDays(at("2024-03-04T10:00"), 3))
          .isEqualTo(at("2024-03-07T17:00"));
      assertThat(calendar.addWorkingDays(at("2024-03-04T17:30"), 3))
          .isEqualTo(at("2024-03-08T17:00"));
      assertThat(calendar.addWorkingDays(at("2024-03-07T09:00"), 3))
          .isEqualTo(at("2024-03-12T17:00")); // over the weekend
    }

    @Test
    void addWorkingDays_withZeroDays_isDueAtClosingOfTheReceiptDay() {
      assertThat(calendar.addWorkingDays(at("2024-03-04T08:00"), 0))
          .isEqualTo(at("2024-03-04T17:00"));
      assertThat(calendar.addWorkingDays(at("2024-03-09T08:00"), 0))
          .isEqualTo(at("2024-03-11T17:00"));
    }

    @Test
    void addWorkingDays_skipsTet() {
      // Received the day before the Tết break of 8-14 February 2024.
      assertThat(calendar.addWorkingDays(at("2024-02-07T10:00"), 3))
          .isEqualTo(at("2024-02-19T17:00"));
    }

    @Test
    void addWorkingDays_countsASwappedSaturday() {
      // Saturday 4 May 2024 was worked in exchange for Monday 29 April.
      assertThat(calendar.addWorkingDays(at("2024-05-03T10:00"), 1))
          .isEqualTo(at("2024-05-04T17:00"));
      assertThat(calendar.addWorkingDays(at("2024-04-26T10:00"), 1))
          .isEqualTo(at("2024-05-02T17:00"));
    }

    @Test
    void addWorkingDays_afterTheCutoff_startsCountingADayLater() {
      WorkingCalendar cutoffAt16 =
          WorkingCalendar.builder().receiptCutoff(LocalTime.of(16, 0)).build();
      assertThat(cutoffAt16.addWorkingDays(at("2024-03-04T15:30"), 2))
          .isEqualTo(at("2024-03-06T17:00"));
      assertThat(cutoffAt16.addWorkingDays(at("2024-03-04T16:30"), 2))
          .isEqualTo(at("2024-03-07T17:00"));
    }

    @Test
    void addWorkingDays_onSaturdayMornings_closesAtNoon() {
      WorkingCalendar saturdays =
          WorkingCalendar.builder()
              .officeHours(
                  DayOfWeek.SATURDAY, OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(11, 30)))
              .build();
      assertThat(saturdays.addWorkingDays(at("2024-03-08T10:00"), 1))
          .isEqualTo(at("2024-03-09T11:30"));
      // Received Saturday at 11:45, after that day's closing: counts from Monday.
      assertThat(saturdays.receiptDay(at("2024-03-09T11:45"))).isEqualTo("2024-03-11");
    }

    @Test
    void workingDaysBetween_countsTheDaysAfterTheFirstUpToTheLast() {
      LocalDate monday = LocalDate.of(2024, 3, 4);
      assertThat(calendar.workingDaysBetween(monday, monday)).isZero();
      assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2024, 3, 8))).isEqualTo(4);
      assertThat(calendar.workingDaysBetween(monday, LocalDate.of(2024, 3, 11))).isEqualTo(5);
      assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 11), monday)).isEqualTo(-5);
      assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 15)))
          .isEqualTo(1);
    }

    @Test
    void plusWorkingDays_goesBothWays() {
      LocalDate friday = LocalDate.of(2024, 3, 8);
      assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo("2024-03-11");
      assertThat(calendar.plusWorkingDays(friday, -5)).isEqualTo("2024-03-01");
      assertThat(calendar.plusWorkingDays(friday, 0)).isEqualTo(friday);
      assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 9), -1)).isEqualTo(friday);
    }

    @Test
    void addWorkingDays_rejectsNegativeDays() {
      assertThatThrownBy(() -> calendar.addWorkingDays(at("2024-03-04T10:00"), -1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlines_pastTheRangeAreTypedErrors() {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> calendar.addWorkingDays(at("2199-12-30T10:00"), 5));
      assertThat(e.code()).isEqualTo("calendar.out_of_range");
      assertThat(
              catchThrowableOfType(
                      InvalidInputException.class,
                      () -> calendar.isWorkingDay(LocalDate.of(1899, 12, 31)))
                  .code())
          .isEqualTo("calendar.out_of_range");
    }
  }

  @Nested
  class WorkingHours {
    @Test
    void addWorkingHours_runsOnlyInsideOfficeHours() {
      // 1 h to 11:30, 3.5 h from 13:30 to 17:00, the last 3.5 h from Wednesday 07:30.
      assertThat(calendar.addWorkingHours(at("2024-03-05T10:30"), 8))
          .isEqualTo(at("2024-03-06T11:00"));
    }

    @Test
    void addWorkingTime_startsAtTheNextOpeningWhenReceivedOutsideOfficeHours() {
      assertThat(calendar.addWorkingTime(at("2024-03-05T12:00"), Duration.ofHours(1)))
          .isEqualTo(at("2024-03-05T14:30"));
      assertThat(calendar.addWorkingTime(at("2024-03-05T06:00"), Duration.ofMinutes(30)))
          .isEqualTo(at("2024-03-05T08:00"));
      assertThat(calendar.addWorkingTime(at("2024-03-09T10:00"), Duration.ofHours(2)))
          .isEqualTo(at("2024-03-11T09:30"));
    }

    @Test
    void addWorkingTime_endingExactlyAtClosing_isDueAtClosing() {
      assertThat(calendar.addWorkingTime(at("2024-03-05T13:30"), Duration.ofMinutes(210)))
          .isEqualTo(at("2024-03-05T17:00"));
      assertThat(calendar.addWorkingTime(at("2024-03-05T07:30"), Duration.ofHours(4)))
          .isEqualTo(at("2024-03-05T11:30"));
    }

    @Test
    void addWorkingTime_carriesOverTheWeekendAndHolidays() {
      assertThat(calendar.addWorkingTime(at("2024-03-08T16:00"), Duration.ofHours(2)))
          .isEqualTo(at("2024-03-11T08:30"));
      assertThat(calendar.addWorkingTime(at("2024-02-07T16:00"), Duration.ofHours(2)))
          .isEqualTo(at("2024-02-15T08:30"));
    }

    @Test
    void addWorkingTime_afterTheCutoff_startsAtTheNextWorkingDay() {
      WorkingCalendar cutoffAt16 =
          WorkingCalendar.builder().receiptCutoff(LocalTime.of(16, 0)).build();
      assertThat(cutoffAt16.addWorkingTime(at("2024-03-05T16:30"), Duration.ofHours(1)))
          .isEqualTo(at("2024-03-06T08:30"));
      assertThat(cutoffAt16.addWorkingTime(at("2024-03-05T15:30"), Duration.ofHours(1)))
          .isEqualTo(at("2024-03-05T16:30"));
    }

    @Test
    void addWorkingTime_withZero_isTheStartOfCounting() {
      assertThat(calendar.addWorkingTime(at("2024-03-05T12:00"), Duration.ZERO))
          .isEqualTo(at("2024-03-05T13:30"));
      assertThat(calendar.addWorkingTime(at("2024-03-05T09:00"), Duration.ZERO))
          .isEqualTo(at("2024-03-05T09:00"));
    }

    @Test
    void addWorkingTime_onSaturdayMornings_usesTheShortDay() {
      WorkingCalendar saturdays =
          WorkingCalendar.builder()
              .officeHours(
                  DayOfWeek.SATURDAY, OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(11, 30)))
              .build();
      assertThat(saturdays.addWorkingTime(at("2024-03-08T16:00"), Duration.ofHours(6)))
          .isEqualTo(at("2024-03-11T08:30")); // 1 h Friday, 4 h Saturday, 1 h Monday
    }

    @Test
    void addWorkingTime_rejectsNegativeTime() {
      assertThatThrownBy(
              () -> calendar.addWorkingTime(at("2024-03-05T09:00"), Duration.ofHours(-1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> calendar.addWorkingHours(at("2024-03-05T09:00"), -1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingTimeBetween_countsOnlyOfficeHours() {
      assertThat(calendar.workingTimeBetween(at("2024-03-04T10:00"), at("2024-03-05T10:00")))
          .isEqualTo(Duration.ofMinutes(450));
      assertThat(calendar.workingTimeBetween(at("2024-03-08T17:00"), at("2024-03-11T07:30")))
          .isZero();
      assertThat(calendar.workingTimeBetween(at("2024-03-04T00:00"), at("2024-03-11T00:00")))
          .isEqualTo(Duration.ofMinutes(5 * 450));
      assertThatThrownBy(
              () -> calendar.workingTimeBetween(at("2024-03-05T10:00"), at("2024-03-04T10:00")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class ClockPause {
    @Test
    void extendForPause_addsTheWorkingTimeSpentPaused() {
      // Due Friday 17:00; paused Tuesday 10:00 to Wednesday 10:00 (7.5 working hours).
      assertThat(
              calendar.extendForPause(
                  at("2024-03-08T17:00"), at("2024-03-05T10:00"), at("2024-03-06T10:00")))
          .isEqualTo(at("2024-03-11T17:00"));
      // Paused 2 hours of one afternoon.
      assertThat(
              calendar.extendForPause(
                  at("2024-03-08T17:00"), at("2024-03-05T14:00"), at("2024-03-05T16:00")))
          .isEqualTo(at("2024-03-11T09:30"));
    }

    @Test
    void extendForPause_outsideOfficeHours_changesNothing() {
      ZonedDateTime due = at("2024-03-13T17:00");
      assertThat(calendar.extendForPause(due, at("2024-03-09T08:00"), at("2024-03-10T20:00")))
          .isEqualTo(due);
      assertThat(calendar.extendForPause(due, at("2024-03-05T11:30"), at("2024-03-05T13:30")))
          .isEqualTo(due);
    }

    @Test
    void extendForPause_overTet_addsNoTimeForTheHolidays() {
      // Paused from Wednesday 7 February 2024 at 16:00 to Thursday 15 February at 08:00.
      assertThat(
              calendar.extendForPause(
                  at("2024-02-20T17:00"), at("2024-02-07T16:00"), at("2024-02-15T08:00")))
          .isEqualTo(at("2024-02-21T09:00"));
    }
  }

  @Nested
  class Now {
    private final WorkingCalendar atTuesdayNoon =
        WorkingCalendar.builder()
            .clock(Clock.fixed(at("2024-03-05T12:00").toInstant(), ZoneOffset.UTC))
            .build();

    @Test
    void now_isInVietnameseTime() {
      assertThat(atTuesdayNoon.now()).isEqualTo(at("2024-03-05T12:00"));
      assertThat(atTuesdayNoon.now().getZone()).isEqualTo(WorkingCalendar.ZONE);
    }

    @Test
    void isOverdue_andWorkingTimeUntil_followTheClock() {
      assertThat(atTuesdayNoon.isOverdue(at("2024-03-05T11:30"))).isTrue();
      assertThat(atTuesdayNoon.isOverdue(at("2024-03-05T17:00"))).isFalse();
      assertThat(atTuesdayNoon.workingTimeUntil(at("2024-03-06T17:00")))
          .isEqualTo(Duration.ofMinutes(210 + 450));
      assertThat(atTuesdayNoon.workingTimeUntil(at("2024-03-05T10:30")))
          .isEqualTo(Duration.ofHours(-1));
    }
  }

  @Nested
  class Configuration {
    @Test
    void builder_needsAWorkingWeekday() {
      assertThatThrownBy(() -> WorkingCalendar.builder().weekend(DayOfWeek.values()).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("working weekday");
    }

    @Test
    void officeHours_rejectOverlappingIntervals() {
      assertThatThrownBy(
              () ->
                  OfficeHours.of(
                      LocalTime.of(7, 30),
                      LocalTime.of(12, 0),
                      LocalTime.of(11, 0),
                      LocalTime.of(17, 0)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> OfficeHours.of(LocalTime.of(17, 0), LocalTime.of(7, 30)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> OfficeHours.of(List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void officeHours_describeTheirDay() {
      OfficeHours standard = OfficeHours.standard();
      assertThat(standard.duration()).isEqualTo(Duration.ofMinutes(450));
      assertThat(standard.opening()).isEqualTo(LocalTime.of(7, 30));
      assertThat(standard.closing()).isEqualTo(LocalTime.of(17, 0));
      assertThat(standard.contains(LocalTime.of(12, 0))).isFalse();
      assertThat(standard.contains(LocalTime.of(11, 30))).isTrue();
      assertThat(standard).hasToString("OfficeHours[07:30–11:30, 13:30–17:00]");
    }

    @Test
    void weekend_canBeChanged() {
      WorkingCalendar fridayAndSaturday =
          WorkingCalendar.builder()
              .arrangements(HolidayArrangements.none())
              .weekend(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)
              .build();
      assertThat(fridayAndSaturday.isWorkingDay(LocalDate.of(2024, 3, 8))).isFalse();
      assertThat(fridayAndSaturday.isWorkingDay(LocalDate.of(2024, 3, 10))).isTrue();
    }

    @Test
    void toString_summarisesTheConfiguration() {
      assertThat(calendar.toString()).contains("cutoff=closing", "[2023, 2024, 2025, 2026]");
    }
  }
}
