package vn.motcua.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.testkit.persona.PersonaPack;
import vn.motcua.testkit.portal.StubPortal;

/**
 * Runs the stub identity provider and the stub portal together from the command line, until the
 * process is stopped, and prints their URLs:
 *
 * <pre>
 * java -jar motcua-testkit-VERSION-standalone.jar --port 8089 --personas my-pack.json \
 *     --faults faults.txt
 * </pre>
 *
 * <p>Options: {@code --port P} (identity provider on P, portal on P + 1, control API on P + 2;
 * default 8089; 0 for free ports), {@code --idp-port}, {@code --portal-port} and {@code
 * --control-port} to set each, or {@code off} to leave it out (with one stub off, the control API
 * is off too), {@code --bind} (default {@code 127.0.0.1}), {@code --hostname} (default {@code
 * localhost}), {@code --personas pack.json}, {@code --faults schedule.txt} (a {@link FaultFile}),
 * {@code --redirect-uri URI} (repeatable: the redirect URIs of the client {@link
 * Stubs#DEFAULT_CLIENT_ID}), {@code --help}.
 */
public final class StubsMain {
  /** The identity provider's port when none is given; the portal's is the next one. */
  public static final int DEFAULT_PORT = 8089;

  private StubsMain() {}

  /**
   * Starts both stubs, prints their URLs and returns; the servers' threads keep the process alive
   * and a shutdown hook stops them. Prints the usage for {@code --help}; prints the problem and the
   * usage and exits with status 2 on bad options.
   */
  public static void main(String[] args) {
    // A command-line runner: standard output is its user interface. The standalone jar has no
    // logging backend; keep the libraries' start-up notices about that off the console.
    PrintStream out = System.out;
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    Optional<Stubs> stubs;
    try {
      stubs = launch(out, args);
    } catch (IllegalArgumentException | MotcuaException e) {
      System.err.println(e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    stubs.ifPresent(
        s -> Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "motcua-stubs-shutdown")));
  }

  /**
   * Configures and starts the stubs the options describe and prints their URLs to {@code out};
   * returns empty, having printed the usage, for {@code --help}. The caller stops the stubs.
   *
   * @throws IllegalArgumentException if an option is unknown, lacks its value or is malformed
   * @throws MotcuaException if the persona or fault file cannot be read or is invalid
   */
  public static Optional<Stubs> launch(PrintStream out, String... args) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        out.println(usage());
        return Optional.empty();
      }
    }
    Stubs stubs = configure(args).start();
    describe(stubs, out);
    return Optional.of(stubs);
  }

  /**
   * Builds, without starting, the stubs the options describe.
   *
   * @throws IllegalArgumentException if an option is unknown, lacks its value or is malformed, or
   *     the options leave nothing to run
   * @throws MotcuaException if the persona or fault file cannot be read or is invalid
   */
  public static Stubs configure(String... args) {
    Stubs.Builder builder = Stubs.builder();
    int port = DEFAULT_PORT;
    @Nullable Integer idpPort = null;
    @Nullable Integer portalPort = null;
    @Nullable Integer controlPort = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> port = parsePort(option, value);
        case "--idp-port" -> idpPort = value.equals("off") ? -1 : parsePort(option, value);
        case "--portal-port" -> portalPort = value.equals("off") ? -1 : parsePort(option, value);
        case "--control-port" -> controlPort = value.equals("off") ? -1 : parsePort(option, value);
        case "--bind" -> builder.bindAddress(value);
        case "--hostname" -> builder.hostname(value);
        case "--personas" -> builder.personas(readPack(Path.of(value)));
        case "--faults" -> builder.faults(FaultFile.read(Path.of(value)));
        case "--redirect-uri" -> builder.redirectUri(value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    boolean idpOff = idpPort != null && idpPort == -1;
    boolean portalOff = portalPort != null && portalPort == -1;
    if (idpOff && portalOff) {
      throw new IllegalArgumentException(
          "--idp-port off and --portal-port off leave nothing to run");
    }
    if ((idpOff || portalOff) && controlPort != null && controlPort != -1) {
      throw new IllegalArgumentException("--control-port needs both stubs");
    }
    if (port > 65533 && (portalPort == null || (controlPort == null && !idpOff && !portalOff))) {
      throw new IllegalArgumentException(
          "--port leaves no room for the portal and control ports; use --portal-port and"
              + " --control-port");
    }
    if (idpOff) {
      builder.withoutIdentityProvider();
    } else {
      builder.identityProviderPort(idpPort != null ? idpPort : port);
    }
    if (portalOff) {
      builder.withoutPortal();
    } else {
      builder.portalPort(portalPort != null ? portalPort : (port == 0 ? 0 : port + 1));
    }
    if (controlPort != null) {
      builder.controlPort(controlPort);
    } else if (!idpOff && !portalOff) {
      builder.controlPort(port == 0 ? 0 : port + 2);
    }
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      // --redirect-uri or a fault schedule for the stub left out
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Prints what runs where, with the synthetic test credentials to use. */
  static void describe(Stubs stubs, PrintStream out) {
    out.println("motcua stubs (synthetic data only; never use these credentials elsewhere)");
    if (stubs.includesIdentityProvider()) {
      out.println("identity provider (OpenID Connect)");
      out.println("  issuer:        " + stubs.issuer());
      out.println("  discovery:     " + stubs.discoveryUri());
      out.println(
          "  client:        "
              + stubs.clientId()
              + " / "
              + stubs.clientSecret()
              + " (client_secret_basic), redirect URIs "
              + String.join(" ", stubs.redirectUris()));
      out.println(
          "  personas:      "
              + stubs.personas().size()
              + " (default "
              + stubs.personas().defaultPersona().id()
              + ")");
    }
    if (stubs.includesPortal()) {
      StubPortal portal = stubs.portal();
      out.println("portal");
      out.println(
          "  DVCQG adapter: " + stubs.dvcqgBaseUrl() + " (login /login, services /adapter)");
      out.println("  DVCQG account: " + portal.username() + " / " + portal.password());
      out.println("  LGSP gateway:  " + stubs.lgspBaseUrl() + " (token /token)");
      out.println("  LGSP client:   " + portal.clientId() + " / " + portal.clientSecret());
    }
    out.println("faults:          " + stubs.faultFile().size() + " instructions");
    stubs
        .controlUrl()
        .ifPresent(
            url ->
                out.println(
                    "control API:     "
                        + url
                        + " (POST /reset, POST /faults, GET /portal/dossiers, GET /portal/stats)"));
  }

  private static int parsePort(String option, String value) {
    int port;
    try {
      port = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number", e);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(option + " must be 0 to 65535");
    }
    return port;
  }

  private static PersonaPack readPack(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return PersonaPack.from(in);
    } catch (IOException e) {
      throw new MotcuaException(
          "testkit.persona_pack.unreadable",
          "Cannot read the persona file given with --personas",
          e);
    }
  }

  /** Returns the usage text. */
  public static String usage() {
    return String.join(
        System.lineSeparator(),
        "usage: StubsMain [--port 8089] [--idp-port P|off] [--portal-port P|off]",
        "                 [--control-port P|off]",
        "                 [--bind 127.0.0.1]",
        "                 [--hostname localhost] [--personas pack.json] [--faults faults.txt]",
        "                 [--redirect-uri URI]... [--help]",
        "  --port P          identity provider on P, portal on P+1 (default 8089; 0: free ports)",
        "  --idp-port P      the identity provider's port (off: run only the portal)",
        "  --portal-port P   the portal's port (off: run only the identity provider)",
        "  --control-port P  the control API's port (default P+2; off: none; needs both stubs)",
        "  --bind ADDRESS    the interface to listen on (0.0.0.0 for all)",
        "  --hostname NAME   the host name in the URLs handed out",
        "  --personas FILE   a persona pack (JSON); default the shipped synthetic pack",
        "  --faults FILE     a fault schedule, applied at start (see docs/testing-vendors.md)",
        "  --redirect-uri U  a redirect URI of client "
            + Stubs.DEFAULT_CLIENT_ID
            + " (default "
            + Stubs.DEFAULT_REDIRECT_URI
            + ")");
  }
}
