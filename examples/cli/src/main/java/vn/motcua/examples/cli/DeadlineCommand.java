package vn.motcua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.calendar.Holiday;
import vn.motcua.dossier.calendar.HolidayArrangements;
import vn.motcua.dossier.calendar.PublicHoliday;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalogue.ChannelOffer;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.catalogue.ProcessingTime;
import vn.motcua.dossier.catalogue.ProcessingTimeUnit;

/** {@code motcua deadline}: the due date of a dossier with the working-day calendar. */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Computes when a dossier is due: from the time of receipt (default: now, Asia/Ho_Chi_Minh)"
          + " and a time limit, either the procedure's processing time in the catalogue (default:"
          + " the SDK's SAMPLE catalogue) or a number of working days or hours.",
      "Uses the SDK's working-day calendar: office hours 07:30–11:30 and 13:30–17:00 Monday to"
          + " Friday, public holidays and the government's yearly arrangements. A limit of N"
          + " working days ends at the close of the N-th working day after the receipt day."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the due date was computed",
      "1:the procedure's processing time cannot be computed here (calendar days, fractions of a"
          + " day)",
      "2:usage error: unknown procedure or channel, malformed time, date out of range"
    })
final class DeadlineCommand implements Callable<Integer> {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm EEEE", Locale.ENGLISH);

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Limit limit;

  /** Where the time limit comes from: exactly one of these. */
  static final class Limit {
    @Option(
        names = "--procedure",
        paramLabel = "CODE",
        description = "National procedure code; its processing time comes from the catalogue.")
    String procedure;

    @Option(names = "--working-days", paramLabel = "N", description = "A limit of N working days.")
    Integer workingDays;

    @Option(
        names = "--working-hours",
        paramLabel = "N",
        description = "A limit of N working hours (clock runs inside office hours only).")
    Integer workingHours;
  }

  @Option(
      names = "--channel",
      paramLabel = "CHANNEL",
      description =
          "With --procedure: DESK, ONLINE or POSTAL (default: ONLINE when offered, else the first"
              + " channel the catalogue lists).")
  Channel channel;

  @Option(
      names = "--received",
      paramLabel = "TIME",
      description =
          "Time of receipt: 2026-03-02T10:00 (Asia/Ho_Chi_Minh) or with an offset,"
              + " 2026-03-02T03:00Z; default: now.")
  String received;

  @Option(
      names = "--cutoff",
      paramLabel = "HH:MM",
      description = "Receipts at or after this time count from the next working day.")
  String cutoff;

  @Option(
      names = "--catalogue",
      paramLabel = "FILE",
      description = "Procedure catalogue JSON; default: the SDK's sample catalogue.")
  Path catalogueFile;

  @Option(
      names = "--arrangements",
      paramLabel = "DIR",
      description =
          "A directory of yearly holiday arrangement files (<year>.json) to use besides the"
              + " shipped ones.")
  Path arrangementsDir;

  @Override
  public Integer call() {
    WorkingCalendar calendar = calendar();
    ZonedDateTime receivedAt = receivedAt(calendar);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    String procedureLine = null;
    ProcessingTime time;
    if (limit.procedure != null) {
      ProcedureCatalogue catalogue = catalogue();
      ProcedureDefinition definition = procedure(catalogue);
      ChannelOffer offer = offer(definition);
      time = offer.time();
      procedureLine =
          "procedure:    "
              + definition.code().value()
              + " "
              + definition.name()
              + " ("
              + (catalogue.isSample() ? "SAMPLE catalogue, " : "")
              + "channel "
              + offer.channel()
              + ")";
    } else if (limit.workingDays != null) {
      time = new ProcessingTime(nonNegative(limit.workingDays), ProcessingTimeUnit.WORKING_DAYS);
    } else {
      time = new ProcessingTime(nonNegative(limit.workingHours), ProcessingTimeUnit.WORKING_HOURS);
    }
    String limitText = describe(time);

    ZonedDateTime due;
    try {
      due = due(calendar, receivedAt, time, err);
      if (due == null) {
        return MotcuaCli.INVALID;
      }
    } catch (InvalidInputException e) {
      throw InputErrors.usage(spec.commandLine(), "time of receipt", e);
    }
    out.println("received:     " + receivedAt.format(SHOWN) + " (Asia/Ho_Chi_Minh)");
    if (procedureLine != null) {
      out.println(procedureLine);
    }
    out.println("time limit:   " + limitText);
    if (time.unit() == ProcessingTimeUnit.WORKING_DAYS) {
      LocalDate from = calendar.receiptDay(receivedAt);
      out.println(
          "counts from:  "
              + from
              + " "
              + from.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + (from.equals(receivedAt.toLocalDate())
                  ? ""
                  : " (next working day: received after hours or on a day off)"));
    }
    out.println("due:          " + due.format(SHOWN) + " (" + due.toOffsetDateTime() + ")");
    List<String> daysOff = daysOff(calendar, receivedAt.toLocalDate(), due.toLocalDate());
    if (!daysOff.isEmpty()) {
      out.println("holidays:     " + String.join(", ", daysOff));
    }
    out.flush();
    return 0;
  }

  private BigDecimal nonNegative(int n) {
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), "The time limit must not be negative");
    }
    return BigDecimal.valueOf(n);
  }

  private ZonedDateTime due(
      WorkingCalendar calendar, ZonedDateTime receivedAt, ProcessingTime time, PrintWriter err) {
    BigDecimal amount = time.amount().stripTrailingZeros();
    switch (time.unit()) {
      case WORKING_DAYS -> {
        if (amount.scale() > 0) {
          err.println(
              "motcua: a limit of "
                  + amount.toPlainString()
                  + " working days is not a whole number of days; give it with --working-hours");
          return null;
        }
        return calendar.addWorkingDays(receivedAt, amount.intValueExact());
      }
      case WORKING_HOURS -> {
        long minutes = amount.multiply(BigDecimal.valueOf(60)).setScale(0).longValueExact();
        return calendar.addWorkingTime(receivedAt, Duration.ofMinutes(minutes));
      }
      default -> {
        err.println(
            "motcua: the limit is in calendar days, which the working-day calendar does not"
                + " count; check the procedure's legal text");
        return null;
      }
    }
  }

  private static String describe(ProcessingTime time) {
    String amount = time.amount().stripTrailingZeros().toPlainString();
    return switch (time.unit()) {
      case WORKING_DAYS -> amount + " working day" + ("1".equals(amount) ? "" : "s");
      case WORKING_HOURS -> amount + " working hour" + ("1".equals(amount) ? "" : "s");
      case DAYS -> amount + " calendar day" + ("1".equals(amount) ? "" : "s");
    };
  }

  /** Lists the days off from {@code from} to {@code to}, runs of the same occasion as ranges. */
  private static List<String> daysOff(WorkingCalendar calendar, LocalDate from, LocalDate to) {
    List<String> out = new ArrayList<>();
    LocalDate runStart = null;
    LocalDate runEnd = null;
    String runWhy = null;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      Holiday holiday = calendar.holiday(d).orElse(null);
      if (holiday == null) {
        continue;
      }
      String why =
          holiday.occasions().isEmpty()
              ? holiday.kind().name().toLowerCase(Locale.ROOT) + " day off"
              : holiday.occasions().stream()
                  .map(PublicHoliday::englishName)
                  .collect(Collectors.joining(" / "));
      if (runEnd != null && runEnd.plusDays(1).equals(d) && why.equals(runWhy)) {
        runEnd = d;
        continue;
      }
      if (runStart != null) {
        out.add(range(runStart, runEnd) + " " + runWhy);
      }
      runStart = d;
      runEnd = d;
      runWhy = why;
    }
    if (runStart != null) {
      out.add(range(runStart, runEnd) + " " + runWhy);
    }
    return out;
  }

  private static String range(LocalDate start, LocalDate end) {
    return start.equals(end) ? start.toString() : start + " to " + end;
  }

  private WorkingCalendar calendar() {
    WorkingCalendar.Builder builder = WorkingCalendar.builder();
    if (cutoff != null) {
      try {
        builder.receiptCutoff(LocalTime.parse(cutoff));
      } catch (DateTimeException e) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid value for option '--cutoff': expected HH:MM, such as 16:00");
      }
    }
    if (arrangementsDir != null) {
      try {
        builder.arrangements(
            HolidayArrangements.shipped().with(HolidayArrangements.readDirectory(arrangementsDir)));
      } catch (InvalidInputException e) {
        throw InputErrors.usage(spec.commandLine(), "arrangements in " + arrangementsDir, e);
      } catch (MotcuaException e) {
        throw new ParameterException(
            spec.commandLine(),
            "Cannot read the arrangements in " + arrangementsDir + " (" + e.code() + ")");
      }
    }
    return builder.build();
  }

  private ZonedDateTime receivedAt(WorkingCalendar calendar) {
    if (received == null) {
      return calendar.now().withSecond(0).withNano(0);
    }
    try {
      return OffsetDateTime.parse(received).atZoneSameInstant(WorkingCalendar.ZONE);
    } catch (DateTimeException e) {
      // not an offset date-time: try a local one
    }
    try {
      return LocalDateTime.parse(received).atZone(WorkingCalendar.ZONE);
    } catch (DateTimeException e) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--received': expected a time such as 2026-03-02T10:00 or"
              + " 2026-03-02T10:00+07:00");
    }
  }

  private ProcedureCatalogue catalogue() {
    if (catalogueFile == null) {
      return ProcedureCatalogue.sample();
    }
    try (InputStream in = Files.newInputStream(catalogueFile)) {
      return ProcedureCatalogue.read(in);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "Cannot read the catalogue file " + catalogueFile);
    } catch (MotcuaException e) {
      throw new ParameterException(
          spec.commandLine(),
          "The catalogue file " + catalogueFile + " is not usable (" + e.code() + ")");
    }
  }

  private ProcedureDefinition procedure(ProcedureCatalogue catalogue) {
    ProcedureCode code;
    try {
      code = ProcedureCode.parse(limit.procedure);
    } catch (InvalidInputException e) {
      throw InputErrors.usage(spec.commandLine(), "procedure code '" + limit.procedure + "'", e);
    }
    return catalogue
        .find(code)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "Unknown procedure "
                        + code.value()
                        + "; the catalogue holds "
                        + catalogue.procedures().stream()
                            .map(p -> p.code().value())
                            .collect(Collectors.joining(", "))));
  }

  private ChannelOffer offer(ProcedureDefinition definition) {
    List<ChannelOffer> offers = definition.channels();
    if (channel != null) {
      return offers.stream()
          .filter(o -> o.channel() == channel)
          .findFirst()
          .orElseThrow(
              () ->
                  new ParameterException(
                      spec.commandLine(),
                      "Procedure "
                          + definition.code().value()
                          + " is not offered on channel "
                          + channel
                          + "; it is on "
                          + offers.stream()
                              .map(o -> o.channel().name())
                              .collect(Collectors.joining(", "))));
    }
    return offers.stream()
        .filter(o -> o.channel() == Channel.ONLINE)
        .findFirst()
        .orElseGet(
            () -> {
              if (offers.isEmpty()) {
                throw new ParameterException(
                    spec.commandLine(),
                    "Procedure " + definition.code().value() + " lists no channel");
              }
              return offers.get(0);
            });
  }
}
