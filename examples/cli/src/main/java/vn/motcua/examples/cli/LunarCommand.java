package vn.motcua.examples.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.core.InvalidInputException;
import vn.motcua.dossier.calendar.LunarCalendar;
import vn.motcua.dossier.calendar.LunarDate;

/** {@code motcua lunar DATE}: solar to lunar, or lunar to solar with {@code --to-solar}. */
@Command(
    name = "lunar",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Converts a solar (Gregorian) date to the Vietnamese lunar calendar (âm lịch, UTC+7), or a"
          + " lunar date to the solar one with --to-solar. Shows the year's leap month (tháng"
          + " nhuận) and whether the date is in it.",
      "Lunar dates are written YYYY-MM-DD, or YYYY-MML-DD in a leap month (2025-06L-01); the year"
          + " is numbered like the solar year of its Tết. Range: 1900–2199."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:converted",
      "2:usage error: malformed date, a lunar date that does not exist, out of range"
    })
final class LunarCommand implements Callable<Integer> {
  private static final Pattern LUNAR = Pattern.compile("(\\d{4})-(\\d{2})(L?)-(\\d{2})");
  private static final String[] STEMS = {
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"
  };
  private static final String[] BRANCHES = {
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"
  };

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DATE",
      description =
          "A solar date YYYY-MM-DD; with --to-solar a lunar date YYYY-MM-DD or YYYY-MML-DD.")
  String date;

  @Option(names = "--to-solar", description = "DATE is a lunar date: convert it to the solar one.")
  boolean toSolar;

  @Option(
      names = "--leap",
      description = "With --to-solar: the month is the leap month (same as writing 06L).")
  boolean leap;

  @Override
  public Integer call() {
    LunarCalendar lunar = LunarCalendar.vietnamese();
    if (leap && !toSolar) {
      throw new ParameterException(spec.commandLine(), "--leap needs --to-solar");
    }
    LocalDate solar;
    LunarDate lunarDate;
    try {
      if (toSolar) {
        lunarDate = parseLunar();
        solar = lunar.toSolar(lunarDate);
      } else {
        solar = parseSolar();
        lunarDate = lunar.toLunar(solar);
      }
    } catch (InvalidInputException e) {
      throw InputErrors.usage(spec.commandLine(), "date '" + date + "'", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "solar:       "
            + solar
            + " ("
            + solar.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
            + ")");
    out.println("lunar:       " + lunarDate + ", " + vietnamese(lunarDate));
    OptionalInt leapMonth = lunar.leapMonth(lunarDate.year());
    out.println(
        "leap month:  "
            + (leapMonth.isPresent()
                ? leapMonth.getAsInt()
                    + " in lunar year "
                    + lunarDate.year()
                    + (lunarDate.leap() ? " (this date is in the leap month)" : "")
                : "none in lunar year " + lunarDate.year()));
    out.println(
        "month:       "
            + lunar.lengthOfMonth(lunarDate.year(), lunarDate.month(), lunarDate.leap())
            + " days");
    out.flush();
    return 0;
  }

  private LocalDate parseSolar() {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid date '" + date + "': expected a solar date YYYY-MM-DD");
    }
  }

  private LunarDate parseLunar() {
    Matcher m = LUNAR.matcher(date);
    if (!m.matches()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid lunar date '" + date + "': expected YYYY-MM-DD or YYYY-MML-DD");
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(4));
    boolean inLeap = leap || !m.group(3).isEmpty();
    return new LunarDate(year, month, day, inLeap);
  }

  /** Returns the date as read in Vietnamese, with the year's stem-branch name (can chi). */
  static String vietnamese(LunarDate date) {
    String month =
        switch (date.month()) {
          case 1 -> "Giêng";
          case 12 -> "Chạp";
          default -> Integer.toString(date.month());
        };
    return "ngày "
        + date.day()
        + " tháng "
        + month
        + (date.leap() ? " nhuận" : "")
        + " năm "
        + yearName(date.year());
  }

  /** Returns the stem-branch name of a lunar year, such as "Bính Ngọ" for 2026. */
  static String yearName(int year) {
    return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
  }
}
