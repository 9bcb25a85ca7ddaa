package vn.motcua.dossier.internal.dvcqg;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;

/** The portal's string encodings: times, integers, booleans. */
public final class PortalValues {
  /** The portal's times are wall-clock times in Vietnam (UTC+7, no daylight saving). */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  private PortalValues() {}

  /** Returns {@code yyyyMMddHHmmss} in Vietnam, seconds truncated; empty for {@code null}. */
  public static String time(@Nullable OffsetDateTime time) {
    return time == null ? "" : TIME.format(time.atZoneSameInstant(VIETNAM));
  }

  /** Parses {@code yyyyMMddHHmmss} as a time in Vietnam; {@code null} when malformed. */
  public static @Nullable OffsetDateTime parseTime(String text) {
    if (text.length() != 14) {
      return null;
    }
    try {
      return LocalDateTime.parse(text, TIME).atZone(VIETNAM).toOffsetDateTime();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** Returns {@code ""} for {@code null}, else the text. */
  public static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** Returns {@code null} for {@code null} or blank text, else the text as given. */
  public static @Nullable String present(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Parses a small non-negative decimal integer; {@code null} when it is not one. */
  public static @Nullable Long number(String text, int maxDigits) {
    String value = text.strip();
    if (value.isEmpty() || value.length() > maxDigits) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return Long.parseLong(value);
  }
}
