package vn.motcua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.cfg.DateTimeFeature;
import vn.motcua.core.InvalidInputException;

/** {@code java.time} values are ISO-8601 strings, kept with the offset they carry. */
class MotcuaJsonTimeTest {
  private static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");

  record Times(
      LocalDate date,
      LocalDateTime local,
      Instant instant,
      OffsetDateTime offset,
      ZonedDateTime zoned,
      Duration duration) {}

  private final MotcuaJson json = MotcuaJson.strict();

  @Test
  void write_usesIsoStringsWithTheValuesOwnOffset() {
    Times times =
        new Times(
            LocalDate.of(2024, 2, 29),
            LocalDateTime.of(2024, 2, 29, 8, 30),
            Instant.parse("2024-02-29T01:30:00Z"),
            OffsetDateTime.of(2024, 2, 29, 8, 30, 0, 0, ZoneOffset.ofHours(7)),
            ZonedDateTime.of(2024, 2, 29, 8, 30, 0, 0, HO_CHI_MINH),
            Duration.ofHours(36));

    assertThat(json.write(times))
        .isEqualTo(
            "{\"date\":\"2024-02-29\",\"local\":\"2024-02-29T08:30:00\","
                + "\"instant\":\"2024-02-29T01:30:00Z\",\"offset\":\"2024-02-29T08:30:00+07:00\","
                + "\"zoned\":\"2024-02-29T08:30:00+07:00\",\"duration\":\"PT36H\"}");
  }

  @Test
  void read_keepsTheOffsetAsSentInsteadOfConvertingToUtc() {
    Times times =
        json.read(
            "{\"offset\":\"2024-02-29T08:30:00+07:00\",\"zoned\":\"2024-02-29T08:30:00+07:00\"}",
            Times.class);

    assertThat(times.offset().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(times.offset().getHour()).isEqualTo(8);
    assertThat(times.zoned().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    assertThat(times.zoned().getHour()).isEqualTo(8);
  }

  @Test
  void roundTrip_preservesEveryValueWhateverTheJvmTimeZone() {
    TimeZone saved = TimeZone.getDefault();
    Locale savedLocale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      Times times =
          new Times(
              LocalDate.of(1990, 12, 31),
              LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_000_000),
              Instant.parse("2024-06-30T16:59:59.999Z"),
              OffsetDateTime.of(2024, 6, 30, 23, 59, 59, 0, ZoneOffset.ofHours(7)),
              ZonedDateTime.of(1975, 4, 30, 11, 30, 0, 0, HO_CHI_MINH),
              Duration.ofMinutes(90));

      Times back = json.read(json.write(times), Times.class);

      assertThat(back.date()).isEqualTo(times.date());
      assertThat(back.local()).isEqualTo(times.local());
      assertThat(back.instant()).isEqualTo(times.instant());
      assertThat(back.offset()).isEqualTo(times.offset());
      assertThat(back.zoned().toOffsetDateTime()).isEqualTo(times.zoned().toOffsetDateTime());
      assertThat(back.duration()).isEqualTo(times.duration());
    } finally {
      TimeZone.setDefault(saved);
      Locale.setDefault(savedLocale);
    }
  }

  @Test
  void read_acceptsUtcDesignatorAndFractionsForInstants() {
    Times times = json.read("{\"instant\":\"2024-02-29T01:30:00.123456Z\"}", Times.class);

    assertThat(times.instant()).isEqualTo(Instant.parse("2024-02-29T01:30:00.123456Z"));
  }

  record Formatted(@JsonFormat(pattern = "dd/MM/yyyy") LocalDate day, OffsetDateTime at) {}

  @Test
  void read_aPropertysOwnFormat_isStillTheOnlyFormAccepted() {
    Formatted read =
        json.read("{\"day\":\"29/02/2024\",\"at\":\"2024-02-29T08:30+07:00\"}", Formatted.class);

    assertThat(read.day()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(read.at()) // no seconds: read by Jackson, not the common-form reader
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 8, 30, 0, 0, ZoneOffset.ofHours(7)));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> json.read("{\"day\":\"2024-02-29\"}", Formatted.class));
    assertThat(e.report().violations()).extracting(v -> v.path()).containsExactly("/day");
  }

  @Test
  void read_withAReaderAdjustingToItsTimeZone_convertsAsJacksonDoes() throws Exception {
    Times read =
        json.mapper()
            .readerFor(Times.class)
            .with(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .readValue("{\"offset\":\"2024-02-29T08:30:00+07:00\"}");

    // The mapper's time zone is UTC: converted, not kept as sent.
    assertThat(read.offset())
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 1, 30, 0, 0, ZoneOffset.UTC));
    Times rebuilt =
        json.mapper()
            .rebuild()
            .enable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build()
            .readValue("{\"offset\":\"2024-02-29T08:30:00+07:00\"}", Times.class);
    assertThat(rebuilt.offset())
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 1, 30, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void read_aDateThatDoesNotExist_isRefusedWithItsPath() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> json.read("{\"offset\":\"2025-02-29T08:30:00+07:00\"}", Times.class));

    assertThat(e.report().violations()).extracting(v -> v.path()).containsExactly("/offset");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"instant\":1709170200}",
        "{\"instant\":1709170200.5}",
        "{\"offset\":1709170200000}",
        "{\"zoned\":1709170200}",
        "{\"duration\":3600}",
        "{\"date\":[2024,2,29]}",
        "{\"local\":20240229}",
      })
  void read_rejectsTimestampsAndArraysForTimeValues(String input) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> json.read(input, Times.class));

    assertThat(e.code()).isEqualTo("json.type_mismatch");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"date\":\"29/02/2024\"}",
        "{\"date\":\"2023-02-29\"}",
        "{\"instant\":\"2024-02-29\"}",
        "{\"offset\":\"2024-02-29T08:30:00\"}",
      })
  void read_rejectsNonIsoOrImpossibleDatesAsInvalidValue(String input) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> json.read(input, Times.class));

    assertThat(e.code()).isEqualTo("json.invalid_value");
  }
}
