package vn.motcua.core.internal.http;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): either delay-seconds or an
 * HTTP-date, in any of the three date formats a recipient must accept.
 */
final class RetryAfter {
  private static final DateTimeFormatter RFC_850 =
      DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);
  private static final int LONGEST_EXACT_SECONDS = 18;

  private RetryAfter() {}

  /**
   * Returns the wait the value asks for: the seconds given, or the time from {@code clock}'s now to
   * the date given (zero for a date in the past). Empty when the value is neither.
   */
  static Optional<Duration> parse(String value, Clock clock) {
    String text = value.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // A number too long for a long asks for longer than any cap; saturate instead of failing.
      long seconds = text.length() > LONGEST_EXACT_SECONDS ? Long.MAX_VALUE : Long.parseLong(text);
      return Optional.of(Duration.ofSeconds(seconds));
    }
    Instant now = clock.instant();
    return date(text, now).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
  }

  /**
   * Reads {@code Sunday, 06-Nov-94 08:49:37 GMT}. The weekday is checked only after the century is
   * settled, since "94" alone does not say which century's 6 November is meant.
   */
  private static Optional<Instant> rfc850(String text, Instant now) {
    int comma = text.indexOf(", ");
    if (comma < 0) {
      return Optional.empty();
    }
    OffsetDateTime at;
    try {
      at = LocalDateTime.parse(text.substring(comma + 2), RFC_850).atOffset(ZoneOffset.UTC);
    } catch (DateTimeException notRfc850) {
      return Optional.empty();
    }
    // RFC 9110: a two-digit year more than 50 years ahead means the century before.
    if (at.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(50))) {
      at = at.minusYears(100);
    }
    String weekday = at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
    return weekday.equalsIgnoreCase(text.substring(0, comma))
        ? Optional.of(at.toInstant())
        : Optional.empty();
  }

  private static Optional<Instant> date(String text, Instant now) {
    try {
      return Optional.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text, Instant::from));
    } catch (DateTimeException notImfFixdate) {
      // try the obsolete forms below
    }
    Optional<Instant> rfc850 = rfc850(text, now);
    if (rfc850.isPresent()) {
      return rfc850;
    }
    try {
      return Optional.of(LocalDateTime.parse(text, ASCTIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException notAsctime) {
      return Optional.empty();
    }
  }
}
