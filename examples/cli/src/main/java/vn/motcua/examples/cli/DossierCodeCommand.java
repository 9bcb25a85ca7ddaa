package vn.motcua.examples.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.code.DossierCodeIssuer;

/** {@code motcua dossier-code}: issue, parse and validate dossier codes. */
@Command(
    name = "dossier-code",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Dossier codes (mã hồ sơ, Circular 01/2018/TT-VPCP art. 19): <agency code>-YYMMDD-NNNN,"
          + " the receiving unit, the date of receipt (Asia/Ho_Chi_Minh) and the sequence of the"
          + " dossier among that unit's dossiers of the day, 0001–9999."
    },
    subcommands = {
      DossierCodeCommand.Issue.class,
      DossierCodeCommand.Parse.class,
      DossierCodeCommand.Validate.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a code is invalid", "2:usage error"})
final class DossierCodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Missing subcommand: issue, parse or validate");
  }

  /** Prints the problems of a report, one a line, with path, code and English message. */
  static void printProblems(PrintWriter out, String indent, ValidationReport report) {
    for (Violation v : report.violations()) {
      out.println(
          indent
              + (v.path().isEmpty() ? "(code)" : v.path())
              + " "
              + v.code()
              + ": "
              + v.message(Locale.ENGLISH));
    }
  }

  /** {@code dossier-code issue}. */
  @Command(
      name = "issue",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      sortOptions = false,
      description = {
        "Issues dossier codes for a receiving unit and day with the SDK's DossierCodeIssuer (in"
            + " memory: every run starts again at 0001; applications keep their counters with"
            + " JdbcDossierCodeIssuer), or composes one code with --sequence."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:codes printed, one a line",
        "2:usage error: malformed agency code, date outside 2000–2099, count or sequence outside"
            + " 1–9999"
      })
  static final class Issue implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--agency",
        required = true,
        paramLabel = "CODE",
        description = "The receiving unit's agency code, such as 000.00.53.H48.")
    String agency;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The date of receipt; default: today in Asia/Ho_Chi_Minh.")
    String date;

    @Option(
        names = "--received",
        paramLabel = "TIME",
        description =
            "The time of receipt with its offset, such as 2026-03-04T23:30Z; its date in"
                + " Asia/Ho_Chi_Minh is used.")
    String received;

    @Option(
        names = "--count",
        paramLabel = "N",
        defaultValue = "1",
        description = "How many codes to issue (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(
        names = "--sequence",
        paramLabel = "N",
        description = "Compose the single code with this sequence number instead of counting.")
    Integer sequence;

    @Override
    public Integer call() {
      if (date != null && received != null) {
        throw new ParameterException(spec.commandLine(), "Give --date or --received, not both");
      }
      if (count < 1 || count > 9999) {
        throw new ParameterException(spec.commandLine(), "--count must be from 1 to 9999");
      }
      if (sequence != null && count != 1) {
        throw new ParameterException(
            spec.commandLine(), "--sequence composes one code: no --count");
      }
      AgencyCode unit;
      try {
        unit = AgencyCode.parse(agency);
      } catch (InvalidInputException e) {
        throw InputErrors.usage(spec.commandLine(), "agency code '" + agency + "'", e);
      }
      LocalDate day = day();
      PrintWriter out = spec.commandLine().getOut();
      try {
        if (sequence != null) {
          out.println(DossierCode.of(unit, day, sequence).value());
        } else {
          DossierCodeIssuer issuer = DossierCodeIssuer.inMemory();
          List<String> codes = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            codes.add(issuer.next(unit, day).value());
          }
          codes.forEach(out::println);
        }
      } catch (InvalidInputException e) {
        throw InputErrors.usage(spec.commandLine(), "dossier code", e);
      }
      out.flush();
      return 0;
    }

    private LocalDate day() {
      try {
        if (date != null) {
          return LocalDate.parse(date);
        }
        if (received != null) {
          return LocalDate.ofInstant(
              OffsetDateTime.parse(received).toInstant(), DossierCodeIssuer.ZONE);
        }
      } catch (DateTimeException e) {
        throw new ParameterException(
            spec.commandLine(),
            "Invalid "
                + (date != null
                    ? "--date: expected YYYY-MM-DD"
                    : "--received: expected a time"
                        + " with an offset, such as 2026-03-04T10:00+07:00"));
      }
      return LocalDate.now(DossierCodeIssuer.ZONE);
    }
  }

  /** {@code dossier-code parse CODE}. */
  @Command(
      name = "parse",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Shows the parts of a dossier code: unit, date of receipt, sequence.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the code is valid; its parts are printed", "1:the code is invalid"})
  static final class Parse implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "CODE",
        description = "A dossier code, such as 000.00.53.H48-220921-0099.")
    String code;

    @Override
    public Integer call() {
      ValidationReport report = DossierCode.validate(code);
      if (!report.isValid()) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("invalid dossier code:");
        printProblems(err, "  ", report);
        err.flush();
        return MotcuaCli.INVALID;
      }
      DossierCode parsed = DossierCode.parse(code);
      AgencyCode unit = parsed.agency();
      PrintWriter out = spec.commandLine().getOut();
      out.println("code:      " + parsed.value());
      out.println(
          "agency:    "
              + unit.value()
              + " ("
              + unit.kind()
              + ", level-1 "
              + unit.level1Code()
              + ", "
              + unit.group()
              + ")");
      out.println("received:  " + parsed.date());
      out.println("sequence:  " + parsed.sequence());
      out.flush();
      return 0;
    }
  }

  /** {@code dossier-code validate CODE...}. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Checks dossier codes: prints 'valid' or 'invalid' and every problem (path, code,"
              + " message) for each.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:every code is valid", "1:at least one code is invalid"})
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CODE", description = "Dossier codes.")
    List<String> codes = new ArrayList<>();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      boolean allValid = true;
      for (String code : codes) {
        ValidationReport report = DossierCode.validate(code);
        out.println(code + " " + (report.isValid() ? "valid" : "invalid"));
        printProblems(out, "  ", report);
        allValid &= report.isValid();
      }
      out.flush();
      return allValid ? 0 : MotcuaCli.INVALID;
    }
  }
}
