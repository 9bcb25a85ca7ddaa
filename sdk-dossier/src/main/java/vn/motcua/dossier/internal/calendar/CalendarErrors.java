package vn.motcua.dossier.internal.calendar;

import java.time.LocalDate;
import java.util.Map;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/** The calendars' error codes, message source and exceptions. */
public final class CalendarErrors {
  /** A date outside the supported range (exception and violation code). */
  public static final String OUT_OF_RANGE = "calendar.out_of_range";

  /** A lunar date that does not exist (exception code). */
  public static final String LUNAR_INVALID = "calendar.lunar.invalid";

  /** Lunar month outside 1–12. */
  public static final String LUNAR_MONTH = "calendar.lunar.month";

  /** Lunar day outside 1–30. */
  public static final String LUNAR_DAY = "calendar.lunar.day";

  /** Day 30 of a 29-day month. */
  public static final String LUNAR_DAY_OUT_OF_MONTH = "calendar.lunar.day_out_of_month";

  /** A leap month the year does not have. */
  public static final String LUNAR_NO_SUCH_LEAP_MONTH = "calendar.lunar.no_such_leap_month";

  /** An arrangement file that breaks a rule (exception code). */
  public static final String ARRANGEMENT_INVALID = "calendar.arrangement.invalid";

  /** An arrangement file or resource that could not be read. */
  public static final String ARRANGEMENT_UNREADABLE = "calendar.arrangement.unreadable";

  private static final MessageSource MESSAGES =
      MessageSource.bundle(
              "vn.motcua.dossier.calendar.messages", CalendarErrors.class.getClassLoader())
          .orElse(
              MessageSource.bundle(
                  "vn.motcua.core.messages", MotcuaException.class.getClassLoader()));

  private CalendarErrors() {}

  /** Returns the calendars' messages, falling back to core's. */
  public static MessageSource messages() {
    return MESSAGES;
  }

  /** Returns a violation with a text from {@link #messages()}. */
  public static Violation violation(String path, String code, Map<String, ?> args) {
    return Violation.of(path, code, args, MESSAGES);
  }

  /** Returns the exception for a date outside {@code first}–{@code last}. */
  public static InvalidInputException outOfRange(String path, LocalDate first, LocalDate last) {
    Violation violation =
        violation(path, OUT_OF_RANGE, Map.of("min", first.toString(), "max", last.toString()));
    return new InvalidInputException(OUT_OF_RANGE, ValidationReport.of(violation));
  }
}
