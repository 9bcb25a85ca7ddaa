package vn.motcua.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-03-15T08:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @Property
  void parse_readsDelaySeconds(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seconds) {
    assertThat(RetryAfter.parse(String.valueOf(seconds), CLOCK))
        .contains(Duration.ofSeconds(seconds));
  }

  @Property
  void parse_readsImfFixdateRelativeToTheClock(
      @ForAll @IntRange(min = 0, max = 100_000_000) int secondsAhead) {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            NOW.plusSeconds(secondsAhead).atOffset(ZoneOffset.UTC));

    assertThat(RetryAfter.parse(date, CLOCK)).contains(Duration.ofSeconds(secondsAhead));
  }

  @Property
  void parse_neverThrowsOnGarbage(@ForAll String value) {
    assertThat(RetryAfter.parse(value, CLOCK)).isNotNull();
  }

  @Example
  void parse_readsTheObsoleteDateForms() {
    assertThat(RetryAfter.parse("Sunday, 15-Mar-26 08:01:00 GMT", CLOCK))
        .contains(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse("Sun Mar 15 08:02:00 2026", CLOCK)).contains(Duration.ofMinutes(2));
  }

  @Example
  void parse_readsATwoDigitYearMoreThanFiftyYearsAheadAsThePastCentury() {
    // "99" would be 2099, more than 50 years after 2026, so it means 1999: already past.
    assertThat(RetryAfter.parse("Monday, 15-Mar-99 08:00:00 GMT", CLOCK)).contains(Duration.ZERO);
  }

  @Example
  void parse_givesZeroForADateInThePast() {
    assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", CLOCK)).contains(Duration.ZERO);
  }

  @Example
  void parse_saturatesNumbersTooLongForALong() {
    assertThat(RetryAfter.parse("9".repeat(40), CLOCK))
        .contains(Duration.ofSeconds(Long.MAX_VALUE));
  }

  @Example
  void parse_rejectsWhatIsNeitherSecondsNorADate() {
    assertThat(RetryAfter.parse("", CLOCK)).isEmpty();
    assertThat(RetryAfter.parse("1.5", CLOCK)).isEmpty();
    assertThat(RetryAfter.parse("-3", CLOCK)).isEmpty();
    assertThat(RetryAfter.parse("tomorrow", CLOCK)).isEmpty();
    // The weekday contradicts the date.
    assertThat(RetryAfter.parse("Mon, 15 Mar 2026 08:01:00 GMT", CLOCK)).isEmpty();
  }
}
