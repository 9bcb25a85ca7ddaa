package vn.motcua.dossier.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.calendar.Holiday;
import vn.motcua.dossier.calendar.HolidayArrangements;
import vn.motcua.dossier.calendar.LunarCalendar;
import vn.motcua.dossier.calendar.LunarDate;
import vn.motcua.dossier.calendar.OfficeHours;
import vn.motcua.dossier.calendar.PublicHoliday;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.code.DossierCodeIssuer;
import vn.motcua.dossier.code.JdbcDossierCodeIssuer;

/** The examples of docs/calendar.md, kept compiling and correct. */
class CalendarGuideExamplesTest {

  private static ZonedDateTime hanoi(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE);
  }

  @Test
  void lunarCalendar() {
    LunarCalendar lunar = LunarCalendar.vietnamese();
    assertThat(lunar.newYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29)); // Tết Ất Tỵ
    assertThat(lunar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(2023, 12, 30));
    assertThat(lunar.toSolar(LunarDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2025, 4, 7));
    assertThat(lunar.leapMonth(2025)).hasValue(6);
    assertThat(lunar.toSolar(LunarDate.ofLeapMonth(2025, 6, 1))).isEqualTo("2025-07-25");

    try {
      lunar.toSolar(LunarDate.of(2024, 12, 30)); // the 12th month of Giáp Thìn has 29 days
      fail("expected a rejection");
    } catch (InvalidInputException e) {
      assertThat(e.code()).isEqualTo("calendar.lunar.invalid");
      assertThat(e.report().messages(Locale.ENGLISH))
          .containsExactly("/day: This lunar month has only 29 days.");
    }
  }

  @Test
  void workingCalendar() {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .officeHours(
                OfficeHours.of(
                    LocalTime.of(7, 30),
                    LocalTime.of(11, 30),
                    LocalTime.of(13, 30),
                    LocalTime.of(17, 0)))
            .officeHours(
                DayOfWeek.SATURDAY, OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(11, 30)))
            .receiptCutoff(LocalTime.of(16, 0))
            .arrangements(HolidayArrangements.shipped())
            .build();

    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse(); // Tết Ất Tỵ
    Holiday holiday = calendar.holiday(LocalDate.of(2025, 1, 27)).orElseThrow();
    assertThat(holiday.occasions()).containsExactly(PublicHoliday.LUNAR_NEW_YEAR);
    assertThat(holiday.source())
        .isEqualTo("Công văn số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ");

    // Received Friday 7 March 2025 at 15:00, 3 working days: Saturday 8, Monday 10, Tuesday 11.
    assertThat(calendar.addWorkingDays(hanoi("2025-03-07T15:00"), 3))
        .isEqualTo(hanoi("2025-03-11T17:00"));
    // At 16:30, after the cut-off: counted from Saturday.
    assertThat(calendar.addWorkingDays(hanoi("2025-03-07T16:30"), 3))
        .isEqualTo(hanoi("2025-03-12T17:00"));
    // 8 working hours from Friday 15:00: 2 h Friday, 4 h Saturday morning, 2 h Monday.
    assertThat(calendar.addWorkingHours(hanoi("2025-03-07T15:00"), 8))
        .isEqualTo(hanoi("2025-03-10T09:30"));
  }

  @Test
  void deadlinesWithTheStandardCalendar() {
    WorkingCalendar calendar = WorkingCalendar.standard();
    ZonedDateTime received = hanoi("2024-02-07T10:00"); // the day before the Tết break
    ZonedDateTime due = calendar.addWorkingDays(received, 3);
    assertThat(due).isEqualTo(hanoi("2024-02-19T17:00"));
    assertThat(calendar.workingDaysBetween(calendar.receiptDay(received), due.toLocalDate()))
        .isEqualTo(3);

    // A supplement request paused the clock from Thursday 15 Feb 14:00 to Friday 16 Feb 09:00:
    // 3 h that afternoon and 1.5 h the next morning, added after the due time: 4 h on Tuesday
    // morning and 30 min after lunch.
    ZonedDateTime extended =
        calendar.extendForPause(due, hanoi("2024-02-15T14:00"), hanoi("2024-02-16T09:00"));
    assertThat(calendar.workingTimeBetween(hanoi("2024-02-15T14:00"), hanoi("2024-02-16T09:00")))
        .isEqualTo(Duration.ofMinutes(270));
    assertThat(extended).isEqualTo(hanoi("2024-02-20T14:00"));
  }

  @Test
  void arrangementFiles(@TempDir Path directory) throws Exception {
    Files.writeString(
        directory.resolve("2027.json"),
        """
        {
          "year": 2027,
          "periods": [
            {
              "holidays": ["LUNAR_NEW_YEAR"],
              "daysOff": [{ "from": "2027-02-04", "to": "2027-02-12" }],
              "workingDays": ["2027-02-20"],
              "source": "Công văn số .../VPCP-KGVX ngày ... của Văn phòng Chính phủ"
            }
          ]
        }
        """);
    HolidayArrangements arrangements =
        HolidayArrangements.shipped().with(HolidayArrangements.readDirectory(directory));
    WorkingCalendar calendar = WorkingCalendar.builder().arrangements(arrangements).build();

    assertThat(arrangements.years()).containsExactly(2023, 2024, 2025, 2026, 2027);
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue(); // a swapped Saturday
  }

  @Test
  void dossierCodes() {
    AgencyCode unit = AgencyCode.parse("000.00.53.H48");
    DossierCodeIssuer issuer = DossierCodeIssuer.inMemory();
    DossierCode first = issuer.next(unit, LocalDate.of(2022, 9, 21));
    assertThat(first.value()).isEqualTo("000.00.53.H48-220921-0001");

    String url = "jdbc:h2:mem:codes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcConnectionPool dataSource = JdbcConnectionPool.create(url, "sa", "");
    try {
      JdbcDossierCodeIssuer jdbc = JdbcDossierCodeIssuer.create(dataSource);
      DossierCode code = jdbc.next(unit, ZonedDateTime.parse("2022-09-21T08:15+07:00").toInstant());
      assertThat(code.value()).isEqualTo("000.00.53.H48-220921-0001");
      assertThat(jdbc.lastIssued(unit, LocalDate.of(2022, 9, 21))).isEqualTo(1);
    } finally {
      dataSource.dispose();
    }
  }

  @Test
  void jdbcSetup() throws Exception {
    JdbcConnectionPool dataSource =
        JdbcConnectionPool.create(
            "jdbc:h2:mem:setup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    try {
      try (Connection c = dataSource.getConnection();
          Statement ddl = c.createStatement()) {
        ddl.execute("CREATE SCHEMA motcua");
      }
      JdbcDossierCodeIssuer issuer =
          JdbcDossierCodeIssuer.builder(dataSource) // a pooled javax.sql.DataSource
              .schema("motcua") // optional, must exist; default: the connection's current schema
              .tableName("motcua_dossier_code_counter") // the default
              .build(); // creates or upgrades the table
      assertThat(issuer.table()).isEqualTo("motcua.motcua_dossier_code_counter");
    } finally {
      dataSource.dispose();
    }
  }
}
