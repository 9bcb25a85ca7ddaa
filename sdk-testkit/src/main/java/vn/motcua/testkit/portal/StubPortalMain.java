package vn.motcua.testkit.portal;

import java.io.PrintStream;

/**
 * Runs the stub portal from the command line: {@code java -cp motcua-testkit.jar
 * vn.motcua.testkit.portal.StubPortalMain [--port 8090] [--bind 127.0.0.1] [--hostname localhost]
 * [--username U --password P] [--client-id ID --client-secret S]}.
 */
public final class StubPortalMain {
  /** The default port. */
  public static final int DEFAULT_PORT = 8090;

  private StubPortalMain() {}

  /** Starts the stub and prints its URLs; it runs until the JVM stops. */
  public static void main(String[] args) {
    // A command-line runner: standard output is its user interface.
    PrintStream out = System.out;
    StubPortal portal;
    try {
      portal = configure(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    portal.start();
    Runtime.getRuntime().addShutdownHook(new Thread(portal::stop, "stub-portal-shutdown"));
    out.println("motcua stub portal (synthetic data only)");
    out.println("DVCQG adapter: " + portal.dvcqgBaseUrl() + " (login /login, services /adapter)");
    out.println("LGSP gateway:  " + portal.lgspBaseUrl());
  }

  /**
   * Builds the stub from command-line options.
   *
   * @throws IllegalArgumentException for an unknown option or a missing value
   */
  public static StubPortal configure(String... args) {
    StubPortal.Builder builder = StubPortal.builder().port(DEFAULT_PORT);
    String username = StubPortal.DEFAULT_USERNAME;
    String password = StubPortal.DEFAULT_PASSWORD;
    String clientId = StubPortal.DEFAULT_CLIENT_ID;
    String secret = StubPortal.DEFAULT_CLIENT_SECRET;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(parsePort(value));
        case "--bind" -> builder.bindAddress(value);
        case "--hostname" -> builder.hostname(value);
        case "--username" -> username = value;
        case "--password" -> password = value;
        case "--client-id" -> clientId = value;
        case "--client-secret" -> secret = value;
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return builder.credentials(username, password).lgspClient(clientId, secret).build();
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number", e);
    }
  }

  static String usage() {
    return "usage: StubPortalMain [--port 8090] [--bind 127.0.0.1] [--hostname localhost]"
        + " [--username U --password P] [--client-id ID --client-secret S]";
  }
}
