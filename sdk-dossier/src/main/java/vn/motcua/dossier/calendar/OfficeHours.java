package vn.motcua.dossier.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The office hours of one day: one or more intervals, such as 07:30–11:30 and 13:30–17:00. Working
 * time (for deadlines in working hours, and for the clock pauses of supplement requests) is counted
 * only inside them.
 *
 * <p>Intervals are in order and do not touch or overlap; each starts before it ends, within one
 * day. Instances are immutable and thread-safe; two are equal when their intervals are.
 */
public final class OfficeHours {
  private static final OfficeHours STANDARD =
      of(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0));

  private final List<Interval> intervals;

  private OfficeHours(List<Interval> intervals) {
    this.intervals = List.copyOf(intervals);
  }

  /**
   * One interval of office hours.
   *
   * @param start when the office opens
   * @param end when it closes; after {@code start}
   */
  public record Interval(LocalTime start, LocalTime end) {
    /**
     * Creates an interval.
     *
     * @throws IllegalArgumentException when {@code end} is not after {@code start}
     */
    public Interval {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException(
            "office hours must end after they start: " + start + "–" + end);
      }
    }

    /** Returns the length of the interval. */
    public Duration duration() {
      return Duration.between(start, end);
    }

    /** Returns {@code 07:30–11:30}. */
    @Override
    public String toString() {
      return start + "–" + end;
    }
  }

  /**
   * Returns the office hours of state agencies: 07:30–11:30 and 13:30–17:00, the usual hours of
   * one-stop desks (provinces set their own; configure those with {@link #of}).
   */
  public static OfficeHours standard() {
    return STANDARD;
  }

  /** Returns office hours of a single interval, such as a Saturday morning 07:30–11:30. */
  public static OfficeHours of(LocalTime start, LocalTime end) {
    return new OfficeHours(List.of(new Interval(start, end)));
  }

  /**
   * Returns office hours of a morning and an afternoon interval.
   *
   * @throws IllegalArgumentException when an interval ends before it starts, or the afternoon does
   *     not start after the morning ends
   */
  public static OfficeHours of(
      LocalTime morningStart,
      LocalTime morningEnd,
      LocalTime afternoonStart,
      LocalTime afternoonEnd) {
    return of(
        List.of(
            new Interval(morningStart, morningEnd), new Interval(afternoonStart, afternoonEnd)));
  }

  /**
   * Returns office hours of the given intervals.
   *
   * @throws IllegalArgumentException when there is no interval, or they are not in order with a gap
   *     between each
   */
  public static OfficeHours of(List<Interval> intervals) {
    if (intervals.isEmpty()) {
      throw new IllegalArgumentException("office hours need at least one interval");
    }
    List<Interval> checked = new ArrayList<>(intervals.size());
    @Nullable Interval previous = null;
    for (Interval interval : intervals) {
      Objects.requireNonNull(interval, "interval");
      if (previous != null && !interval.start().isAfter(previous.end())) {
        throw new IllegalArgumentException(
            "office hours intervals must be in order with a gap between them: "
                + previous
                + " then "
                + interval);
      }
      checked.add(interval);
      previous = interval;
    }
    return new OfficeHours(checked);
  }

  /** Returns the intervals, in order. */
  public List<Interval> intervals() {
    return intervals;
  }

  /** Returns when the office opens. */
  public LocalTime opening() {
    return intervals.get(0).start();
  }

  /** Returns when the office closes: the end of the last interval. */
  public LocalTime closing() {
    return intervals.get(intervals.size() - 1).end();
  }

  /** Returns the working time of the day: the sum of the intervals. */
  public Duration duration() {
    Duration total = Duration.ZERO;
    for (Interval interval : intervals) {
      total = total.plus(interval.duration());
    }
    return total;
  }

  /** Returns whether {@code time} lies inside an interval, both ends included. */
  public boolean contains(LocalTime time) {
    for (Interval interval : intervals) {
      if (!time.isBefore(interval.start()) && !time.isAfter(interval.end())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OfficeHours other && intervals.equals(other.intervals);
  }

  @Override
  public int hashCode() {
    return intervals.hashCode();
  }

  /** Returns {@code OfficeHours[07:30–11:30, 13:30–17:00]}. */
  @Override
  public String toString() {
    return intervals.stream()
        .map(Interval::toString)
        .collect(Collectors.joining(", ", "OfficeHours[", "]"));
  }
}
