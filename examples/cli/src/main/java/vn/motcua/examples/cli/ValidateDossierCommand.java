package vn.motcua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierJson;
import vn.motcua.dossier.DossierValidator;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;

/** {@code motcua validate-dossier FILE...}: strict reading and full validation, one line a file. */
@Command(
    name = "validate-dossier",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Validates canonical dossier JSON files: strict reading (unknown properties, duplicate keys,"
          + " malformed identifiers) and every rule of the SDK's DossierValidator, against the"
          + " procedure in the catalogue when the catalogue has it.",
      "Prints one JSON line per file to standard output: file, valid, whether the procedure rules"
          + " were checked, and each problem with its JSON path, code and message. Values from"
          + " the files are never printed.",
      "The default catalogue is the SDK's SAMPLE catalogue (not verified against the national"
          + " database)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is valid",
      "1:at least one file is invalid or unreadable",
      "2:usage error (unknown option, missing file, unreadable catalogue)"
    })
final class ValidateDossierCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dossier JSON files.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--catalogue",
      paramLabel = "FILE",
      description =
          "Procedure catalogue JSON (the format of the SDK's sample); default: the sample"
              + " catalogue.")
  Path catalogueFile;

  @Option(
      names = "--no-catalogue",
      description = "Check only the rules that need no procedure definition.")
  boolean noCatalogue;

  @Option(
      names = "--require-procedure",
      description =
          "A procedure the catalogue does not hold makes the file invalid"
              + " (dossier.procedure.unknown); by default its rules are just not checked.")
  boolean requireProcedure;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of the messages: en or vi (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show a progress bar on standard error for more than one file (default: only when"
              + " standard error is a terminal); --no-progress never shows it.")
  Boolean progress;

  @Override
  public Integer call() {
    Locale locale = locale();
    List<Path> missing = files.stream().filter(f -> !Files.isRegularFile(f)).toList();
    if (!missing.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Not a readable file: " + missing.get(0) + missingTail(missing));
    }
    if (noCatalogue && (catalogueFile != null || requireProcedure)) {
      throw new ParameterException(
          spec.commandLine(),
          "--no-catalogue cannot be combined with --catalogue or --require-procedure");
    }
    ProcedureCatalogue catalogue = noCatalogue ? ProcedureCatalogue.empty() : catalogue();
    DossierValidator plain = DossierValidator.defaults();
    DossierValidator withCatalogue = DossierValidator.builder().catalogue(catalogue).build();

    PrintWriter out = spec.commandLine().getOut();
    boolean showProgress =
        files.size() > 1 && (progress != null ? progress : Terminal.stderrIsTerminal());
    ProgressBar bar =
        showProgress ? new ProgressBar(spec.commandLine().getErr(), files.size()) : null;
    if (bar != null) {
      bar.start();
    }
    boolean allValid = true;
    for (Path file : files) {
      Outcome outcome = check(file, catalogue, plain, withCatalogue);
      boolean valid = outcome.isValid();
      String line = outcome.toJson(file.toString(), locale);
      allValid &= valid;
      if (bar != null) {
        bar.clear();
      }
      out.println(line);
      out.flush();
      if (bar != null) {
        bar.step(valid);
      }
    }
    if (bar != null) {
      bar.finish();
    }
    return allValid ? 0 : MotcuaCli.INVALID;
  }

  private static String missingTail(List<Path> missing) {
    return missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : "";
  }

  private Locale locale() {
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "en" -> Locale.ENGLISH;
      case "vi" -> Locale.forLanguageTag("vi");
      default ->
          throw new ParameterException(
              spec.commandLine(), "Invalid value for option '--lang': use en or vi");
    };
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
          "The catalogue file "
              + catalogueFile
              + " is not usable ("
              + e.code()
              + "): "
              + e.getMessage());
    }
  }

  private Outcome check(
      Path file,
      ProcedureCatalogue catalogue,
      DossierValidator plain,
      DossierValidator withCatalogue) {
    Dossier dossier;
    try (InputStream in = Files.newInputStream(file)) {
      dossier = DossierJson.strict().read(in);
    } catch (IOException e) {
      return Outcome.failure("io.unreadable", "The file cannot be read.", false);
    } catch (InvalidInputException e) {
      return new Outcome(e.report(), false);
    } catch (MotcuaException e) {
      return Outcome.failure(e.code(), e.getMessage(), false);
    }
    Optional<ProcedureDefinition> procedure = catalogue.find(dossier.procedure().code());
    if (procedure.isPresent()) {
      return new Outcome(plain.validate(dossier, procedure.get()), true);
    }
    if (requireProcedure) {
      return new Outcome(withCatalogue.validate(dossier), false);
    }
    return new Outcome(plain.validate(dossier), false);
  }

  /** The result of one file. */
  private record Outcome(ValidationReport report, boolean procedureChecked, List<String[]> extra) {
    Outcome(ValidationReport report, boolean procedureChecked) {
      this(report, procedureChecked, List.of());
    }

    /** A failure that is not a validation report: the code and a message without values. */
    static Outcome failure(String code, String message, boolean procedureChecked) {
      List<String[]> extra = new ArrayList<>();
      extra.add(new String[] {"", code, message});
      return new Outcome(ValidationReport.valid(), procedureChecked, extra);
    }

    boolean isValid() {
      return report.isValid() && extra.isEmpty();
    }

    String toJson(String file, Locale locale) {
      StringBuilder json =
          new StringBuilder("{\"file\":")
              .append(Json.quote(file))
              .append(",\"valid\":")
              .append(isValid())
              .append(",\"procedureChecked\":")
              .append(procedureChecked)
              .append(",\"problems\":[");
      String separator = "";
      for (String[] problem : extra) {
        json.append(separator);
        appendProblem(json, problem[0], problem[1], problem[2]);
        separator = ",";
      }
      for (Violation violation : report.violations()) {
        json.append(separator);
        appendProblem(json, violation.path(), violation.code(), violation.message(locale));
        separator = ",";
      }
      return json.append("]}").toString();
    }

    private static void appendProblem(StringBuilder json, String path, String code, String msg) {
      json.append("{\"path\":")
          .append(Json.quote(path))
          .append(",\"code\":")
          .append(Json.quote(code))
          .append(",\"message\":")
          .append(Json.quote(msg))
          .append('}');
    }
  }
}
