package vn.motcua.core.internal.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Reads the common ISO-8601 forms of {@link OffsetDateTime} ({@code 2025-03-10T08:30:00+07:00},
 * with 1 to 9 fraction digits or {@code Z}) and {@link LocalDate} ({@code 2025-03-10}) by hand,
 * which {@code DateTimeFormatter} does about ten times slower (it was over a third of the time of
 * reading a dossier). Anything else, or a value out of range, gives null and is left to Jackson's
 * reader, so what is accepted and how a refusal is reported stay Jackson's.
 */
final class IsoTimes {
  private IsoTimes() {}

  /** Returns the value of {@code text} as a {@code type}, or null when not a form read here. */
  static @Nullable Object parse(Class<?> type, String text) {
    try {
      if (type == OffsetDateTime.class) {
        return offsetDateTime(text);
      }
      if (type == LocalDate.class) {
        return text.length() == 10 ? date(text) : null;
      }
    } catch (DateTimeException e) {
      return null; // out of range (30 February, hour 24, offset +19:00): Jackson reports it
    }
    return null;
  }

  private static @Nullable OffsetDateTime offsetDateTime(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    LocalDate date = date(text);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (date == null || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int at = 19;
    int nanos = 0;
    if (text.charAt(at) == '.') {
      int start = ++at;
      while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
        nanos = nanos * 10 + (text.charAt(at++) - '0');
      }
      int count = at - start;
      if (count == 0) {
        return null;
      }
      for (int i = count; i < 9; i++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, at);
    if (offset == null) {
      return null;
    }
    return OffsetDateTime.of(date, LocalTime.of(hour, minute, second, nanos), offset);
  }

  /** The offset that ends {@code text} at {@code at}: {@code Z} or {@code ±HH:MM}; else null. */
  private static @Nullable ZoneOffset offset(String text, int at) {
    int left = text.length() - at;
    if (left == 1 && text.charAt(at) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (left != 6 || text.charAt(at + 3) != ':') {
      return null;
    }
    char sign = text.charAt(at);
    int hours = digits(text, at + 1, 2);
    int minutes = digits(text, at + 4, 2);
    if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0) {
      return null;
    }
    return sign == '+'
        ? ZoneOffset.ofHoursMinutes(hours, minutes)
        : ZoneOffset.ofHoursMinutes(-hours, -minutes);
  }

  /** The date {@code yyyy-MM-dd} at the start of {@code text}, or null. */
  private static @Nullable LocalDate date(String text) {
    if (text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
  }

  /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
