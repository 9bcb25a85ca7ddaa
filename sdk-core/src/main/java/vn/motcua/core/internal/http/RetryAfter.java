package vn.motcua.core.internal.http;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110, section 10.2.3): either delay-seconds or an
 * HTTP-date, in any of the three date formats a recipient must accept.
 */
final class RetryAfter {
  private static final DateTimeFormatter RFC_850 =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'GMT'", Locale.US);
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

  private static Optional<Instant> date(String text, Instant now) {
    try {
      return Optional.of(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text, Instant::from));
    } catch (DateTimeException notImfFixdate) {
      // try the obsolete forms below
    }
    try {
      Instant at = LocalDateTime.parse(text, RFC_850).toInstant(ZoneOffset.UTC);
      // RFC 9110: a two-digit year more than 50 years ahead means the century before.
      Instant fiftyYearsAhead = now.atOffset(ZoneOffset.UTC).plusYears(50).toInstant();
      return Optional.of(
          at.isAfter(fiftyYearsAhead)
              ? at.atOffset(ZoneOffset.UTC).minusYears(100).toInstant()
              : at);
    } catch (DateTimeException notRfc850) {
      // try asctime below
    }
    try {
      return Optional.of(LocalDateTime.parse(text, ASCTIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException notAsctime) {
      return Optional.empty();
    }
  }
}
