package vn.motcua.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written ISO reader gives what {@code DateTimeFormatter}'s ISO parsers give, or null (the
 * text is then left to Jackson), never a different value.
 */
class IsoTimesTest {
  @Property(tries = 2000)
  void offsetDateTimes_readAsTheJdkReadsThem(@ForAll("offsetTexts") String text) {
    Object fast = IsoTimes.parse(OffsetDateTime.class, text);
    assertThat(fast).isEqualTo(OffsetDateTime.parse(text));
  }

  @Property(tries = 2000)
  void dates_readAsTheJdkReadsThem(@ForAll("dates") LocalDate date) {
    String text = date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    assertThat(IsoTimes.parse(LocalDate.class, text)).isEqualTo(date);
  }

  /** Any text at all: null, or exactly the JDK's value; never a value the JDK would refuse. */
  @Property(tries = 3000)
  void mutatedTexts_giveNullOrTheJdksValue(
      @ForAll("offsetTexts") String text, @ForAll("edits") Edit edit) {
    String mutated = edit.apply(text);
    Object fast = IsoTimes.parse(OffsetDateTime.class, mutated);
    OffsetDateTime jdk;
    try {
      jdk = OffsetDateTime.parse(mutated);
    } catch (DateTimeException e) {
      jdk = null;
    }
    if (fast != null) {
      assertThat(fast).isEqualTo(jdk);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-29T08:30:00+07:00", // no 29 February in 2025
        "2025-03-10T24:00:00+07:00",
        "2025-03-10T08:60:00+07:00",
        "2025-03-10T08:30:00+19:00",
        "2025-03-10T08:30+07:00", // no seconds: valid ISO, left to Jackson
        "2025-03-10t08:30:00+07:00",
        "2025-03-10T08:30:00.+07:00",
        "2025-03-10T08:30:00.1234567890+07:00",
        "2025-03-10T08:30:00+0700",
        "2025-03-10T08:30:00+07",
        "2025-03-10T08:30:00",
        " 2025-03-10T08:30:00Z",
        "+12025-03-10T08:30:00Z",
      })
  void otherFormsAndOutOfRangeValues_areLeftToJackson(String text) {
    assertThat(IsoTimes.parse(OffsetDateTime.class, text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-29", "2025-13-01", "2025-3-10", "20250310", "2025-03-10Z"})
  void otherDates_areLeftToJackson(String text) {
    assertThat(IsoTimes.parse(LocalDate.class, text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-10T01:30:00Z"})
  void otherTypes_areLeftToJackson(String text) {
    assertThat(IsoTimes.parse(Instant.class, text)).isNull();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> offsetTexts() {
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.just(0),
            Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
            Arbitraries.integers().between(0, 999_999_999));
    Arbitrary<ZoneOffset> offsets =
        Arbitraries.integers()
            .between(-18 * 4, 18 * 4)
            .map(q -> ZoneOffset.ofTotalSeconds(q * 900));
    Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 86_399);
    return Combinators.combine(dates(), seconds, nanos, offsets)
        .as(
            (date, second, nano, offset) ->
                OffsetDateTime.of(date, java.time.LocalTime.ofSecondOfDay(second), offset)
                    .withNano(nano)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  /** A change to one character of a text. */
  record Edit(int position, char replacement, boolean delete) {
    String apply(String text) {
      int at = Math.floorMod(position, text.length());
      return delete
          ? text.substring(0, at) + text.substring(at + 1)
          : text.substring(0, at) + replacement + text.substring(at + 1);
    }
  }

  @Provide
  Arbitrary<Edit> edits() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 40),
            Arbitraries.of('0', '1', '2', '3', '5', '9', ':', '-', '+', 'T', 'Z', '.', 't', ' '),
            Arbitraries.of(true, false))
        .as(Edit::new);
  }
}
