package vn.motcua.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.motcua.core.MotcuaException;

/**
 * The {@code motcua} command: the SDK's dossier validation, ID-token verification, deadlines,
 * dossier codes, lunar calendar and stubs from a shell.
 *
 * <p>Every command writes its results to standard output and its diagnostics to standard error,
 * never personal data in clear. Exit codes: 0 success, 1 the input was checked and found invalid
 * (or rejected), 2 usage errors; {@code verify-token} adds 3 and 4.
 */
@Command(
    name = "motcua",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "The motcua SDK from the command line: validate dossiers, verify ID tokens, compute due"
          + " dates, issue and check dossier codes, convert lunar dates, run the stubs.",
      "Every value shown is synthetic or masked; personal data is never printed in clear."
    },
    subcommands = {
      ValidateDossierCommand.class,
      VerifyTokenCommand.class,
      DeadlineCommand.class,
      DossierCodeCommand.class,
      LunarCommand.class,
      StubsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the input was checked and is invalid, or was rejected",
      "2:usage error: unknown command or option, missing or malformed value"
    })
public final class MotcuaCli implements Callable<Integer> {
  /** Exit code: the input was checked and is invalid, or a token was rejected. */
  public static final int INVALID = 1;

  /** Exit code: the command line itself is wrong. */
  public static final int USAGE = 2;

  private final InputStream in;

  @Spec CommandSpec spec;

  private MotcuaCli(InputStream in) {
    this.in = in;
  }

  /**
   * Returns the command line of {@code motcua}, reading standard input (for {@code verify-token})
   * from {@code in}. Set its output and error writers with {@link CommandLine#setOut} and {@link
   * CommandLine#setErr} to capture them.
   */
  public static CommandLine commandLine(InputStream in) {
    CommandLine commandLine = new CommandLine(new MotcuaCli(Objects.requireNonNull(in, "in")));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    // Route Hibernate Validator's own logging through SLF4J (see simplelogger.properties).
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.exit(commandLine(System.in).execute(args));
  }

  /** Standard input, as given to {@link #commandLine(InputStream)}. */
  InputStream in() {
    return in;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command");
  }

  /** Prints the message of a usage error and a hint, never the whole usage text. */
  private static final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine commandLine = e.getCommandLine();
      PrintWriter err = commandLine.getErr();
      err.println(commandLine.getColorScheme().errorText("motcua: " + e.getMessage()));
      if (!UnmatchedArgumentException.printSuggestions(e, err)) {
        err.println(
            "Try '"
                + commandLine.getCommandSpec().qualifiedName()
                + " --help' for more information.");
      }
      err.flush();
      return USAGE;
    }
  }

  /** Reports a typed error by its stable code and message; anything else only by its type. */
  private static final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (e instanceof MotcuaException m) {
        // MotcuaException messages never hold personal data or input values.
        err.println("motcua: error " + m.code() + ": " + m.getMessage());
      } else {
        // Messages of other exceptions are not vetted for personal data: name the type only.
        err.println("motcua: unexpected failure (" + e.getClass().getName() + ")");
      }
      err.flush();
      return INVALID;
    }
  }
}
