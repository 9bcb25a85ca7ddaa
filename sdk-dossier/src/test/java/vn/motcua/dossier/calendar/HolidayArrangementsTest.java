package vn.motcua.dossier.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;

/** Reading yearly arrangement files: the format, its checks, and combining years. */
class HolidayArrangementsTest {
  private static final String YEAR_2027 =
      """
      {
        "year": 2027,
        "periods": [
          {
            "holidays": ["LUNAR_NEW_YEAR"],
            "daysOff": [{ "from": "2027-02-04", "to": "2027-02-12" }],
            "workingDays": ["2027-02-20"],
            "source": "Công văn số 1/VPCP-KGVX (ví dụ)"
          },
          {
            "daysOff": [{ "from": "2027-04-30" }, { "from": "2027-05-03" }],
            "source": "Ví dụ: một ngày nghỉ không thuộc ngày lễ nào"
          }
        ]
      }
      """;

  private static HolidayArrangements read(String json) {
    return HolidayArrangements.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "2027.json");
  }

  private static InvalidInputException rejected(String json) {
    return catchThrowableOfType(InvalidInputException.class, () -> read(json));
  }

  @Test
  void read_givesTheYearsDaysOffAndSwappedWorkingDays() {
    HolidayArrangements arrangements = read(YEAR_2027);
    assertThat(arrangements.years()).containsExactly(2027);
    WorkingCalendar calendar = WorkingCalendar.builder().arrangements(arrangements).build();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 12))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue(); // a Saturday
    Holiday monday = calendar.holiday(LocalDate.of(2027, 5, 3)).orElseThrow();
    assertThat(monday.occasions()).isEmpty();
    assertThat(monday.kind()).isEqualTo(Holiday.Kind.ARRANGED);
    assertThat(monday.source()).isEqualTo("Ví dụ: một ngày nghỉ không thuộc ngày lễ nào");
    // Holidays the file does not settle follow the statutory rules.
    assertThat(calendar.holiday(LocalDate.of(2027, 9, 2)).orElseThrow().kind())
        .isEqualTo(Holiday.Kind.STATUTORY);
  }

  @Test
  void read_reportsEveryBrokenRuleWithItsPath() {
    InvalidInputException e =
        rejected(
            """
            {
              "year": 2027,
              "periods": [
                {
                  "holidays": ["LUNAR_NEW_YEAR", "NATIONAL_DAY"],
                  "daysOff": [
                    { "from": "2027-02-10", "to": "2027-02-04" },
                    { "from": "2026-12-31" },
                    { "from": "2027-03-01", "to": "2027-05-01" }
                  ],
                  "workingDays": ["2027-02-20", "2028-01-01"],
                  "source": " "
                },
                {
                  "holidays": ["NATIONAL_DAY"],
                  "daysOff": [{ "from": "2027-02-20" }],
                  "source": "x"
                },
                { "source": "y" }
              ]
            }
            """);
    assertThat(e.code()).isEqualTo("calendar.arrangement.invalid");
    assertThat(e.getMessage()).startsWith("Holiday arrangement 2027.json is invalid: ");
    assertThat(e.report().violations())
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            "/periods/0/daysOff/0 calendar.arrangement.range_reversed",
            "/periods/0/daysOff/1/from calendar.arrangement.wrong_year",
            "/periods/0/daysOff/2 calendar.arrangement.range_too_long",
            "/periods/0/holidays/0 calendar.arrangement.holiday_not_covered",
            "/periods/0/holidays/1 calendar.arrangement.holiday_not_covered",
            "/periods/0/source calendar.arrangement.source_missing",
            "/periods/0/workingDays/0 calendar.arrangement.working_day_off",
            "/periods/0/workingDays/1 calendar.arrangement.wrong_year",
            "/periods/1/holidays/0 calendar.arrangement.duplicate_holiday",
            "/periods/2 calendar.arrangement.empty_period");
    assertThat(e.report().at("/periods/0/holidays/0").get(0).message(Locale.ENGLISH))
        .startsWith("The period's days off must include the day of holiday LUNAR_NEW_YEAR");
  }

  @Test
  void read_requiresAYearInRangeAndPeriods() {
    InvalidInputException e = rejected("{\"year\": 1899}");
    assertThat(e.report().violations())
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly(
            "/periods calendar.arrangement.periods_missing", "/year calendar.arrangement.year");
    assertThat(e.report().at("/year").get(0).message())
        .isEqualTo("Năm (year) là bắt buộc và phải từ 1900 đến 2199.");
  }

  @Test
  void read_rejectsMalformedJsonAndUnknownProperties() {
    InvalidInputException malformed = rejected("{\"year\": 2027,");
    assertThat(malformed.code()).isEqualTo("calendar.arrangement.invalid");
    assertThat(malformed.report().codes()).containsExactly("json.malformed");

    InvalidInputException unknown =
        rejected("{\"year\": 2027, \"periods\": [{\"dayOff\": [], \"source\": \"x\"}]}");
    assertThat(unknown.report().violations())
        .extracting(v -> v.path() + " " + v.code())
        .containsExactly("/periods/0/dayOff json.unknown_property");

    InvalidInputException badHoliday =
        rejected(
            "{\"year\": 2027, \"periods\": [{\"holidays\": [\"TET\"], \"daysOff\": [], \"source\": \"x\"}]}");
    assertThat(badHoliday.report().codes()).containsExactly("json.invalid_value");
  }

  @Test
  void readDirectory_readsEveryJsonFile(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("2027.json"), YEAR_2027);
    Files.writeString(
        directory.resolve("2028.json"),
        YEAR_2027
            .replace("2027", "2028")
            .replace("2028-02-04", "2028-01-22")
            .replace("2028-02-12", "2028-01-30")
            .replace("2028-02-20", "2028-02-05"));
    Files.writeString(directory.resolve("README.txt"), "not read");
    HolidayArrangements arrangements = HolidayArrangements.readDirectory(directory);
    assertThat(arrangements.years()).containsExactly(2027, 2028);
    assertThat(arrangements.toString()).contains("2027 (2027.json)", "2028 (2028.json)");
  }

  @Test
  void readDirectory_rejectsTwoFilesForOneYear(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("a.json"), YEAR_2027);
    Files.writeString(directory.resolve("b.json"), YEAR_2027);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> HolidayArrangements.readDirectory(directory));
    assertThat(e.code()).isEqualTo("calendar.arrangement.invalid");
    assertThat(e.report().codes()).containsExactly("calendar.arrangement.duplicate_year");
    assertThat(e.getMessage()).contains("a.json", "b.json");
  }

  @Test
  void read_failsClearlyWhenTheFileCannotBeRead(@TempDir Path directory) {
    MotcuaException e =
        catchThrowableOfType(
            MotcuaException.class, () -> HolidayArrangements.read(directory.resolve("2030.json")));
    assertThat(e.code()).isEqualTo("calendar.arrangement.unreadable");
    assertThat(e.getMessage()).contains("2030.json");

    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk");
          }
        };
    assertThat(
            catchThrowableOfType(
                    MotcuaException.class, () -> HolidayArrangements.read(failing, "x.json"))
                .code())
        .isEqualTo("calendar.arrangement.unreadable");
  }

  @Test
  void with_replacesAShippedYearWhole() {
    String own2025 =
        """
        {
          "year": 2025,
          "periods": [
            {
              "holidays": ["LUNAR_NEW_YEAR"],
              "daysOff": [{ "from": "2025-01-28", "to": "2025-02-01" }],
              "source": "Quyết định của đơn vị (ví dụ)"
            }
          ]
        }
        """;
    HolidayArrangements mine =
        HolidayArrangements.shipped()
            .with(
                HolidayArrangements.read(
                    new ByteArrayInputStream(own2025.getBytes(StandardCharsets.UTF_8)),
                    "2025.json"));
    assertThat(mine.years()).containsExactly(2023, 2024, 2025, 2026);
    WorkingCalendar calendar = WorkingCalendar.builder().arrangements(mine).build();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
    // The shipped 2025 swap of 2 May is gone with the shipped file; 1 May stays statutory.
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 1))).isFalse();
  }

  @Test
  void none_hasNoYears() {
    assertThat(HolidayArrangements.none().years()).isEmpty();
  }
}
