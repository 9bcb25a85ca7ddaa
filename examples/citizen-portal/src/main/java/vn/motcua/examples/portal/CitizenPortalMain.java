package vn.motcua.examples.portal;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the citizen portal with the stub identity provider and the stub portal in this process, and
 * prints the URL to open.
 *
 * <pre>
 * ./mvnw -q -pl examples/citizen-portal -am compile exec:java
 * ./mvnw -q -pl examples/citizen-portal -am compile exec:java \
 *     -Dexec.args="--port 0"
 * </pre>
 *
 * <p>Options (each also a system property {@code citizenPortal.<name>}): {@code --port N} (default
 * 8080; 0 picks a free port), {@code --data-dir DIR} (default {@code
 * <java.io.tmpdir>/motcua-citizen-portal}), {@code --secure-cookie} (add {@code Secure} to the
 * session cookie: use it behind HTTPS), {@code --persona ID} (the stub persona who signs in,
 * default {@code citizen-01}), {@code --max-request-bytes N} (default 25 MiB).
 */
public final class CitizenPortalMain {
  private CitizenPortalMain() {}

  /** Starts the portal and runs until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    System.setProperty("java.awt.headless", "true");
    PortalConfig config = configure(args);
    CitizenPortal app = CitizenPortal.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                },
                "citizen-portal-shutdown"));
    System.out.println();
    System.out.println("Citizen portal (example, synthetic data) is running.");
    System.out.println("  Open:      " + app.baseUri() + "/");
    System.out.println("  Data dir:  " + config.dataDir().toAbsolutePath());
    System.out.println(
        "  Signs in:  "
            + (config.persona() == null ? "citizen-01" : config.persona())
            + " (stub identity provider at "
            + app.identityProvider().issuer()
            + ")");
    System.out.println("  Stop with Ctrl+C.");
    stopped.await();
  }

  /** Reads the options; see the class comment. */
  static PortalConfig configure(String[] args) {
    Path defaultDir = Path.of(System.getProperty("java.io.tmpdir"), "motcua-citizen-portal");
    PortalConfig config =
        PortalConfig.defaults(Path.of(property("dataDir", defaultDir.toString())))
            .withPort(Integer.parseInt(property("port", String.valueOf(PortalConfig.DEFAULT_PORT))))
            .withSecureCookie(Boolean.parseBoolean(property("secureCookie", "false")))
            .withMaxRequestBytes(
                Long.parseLong(
                    property(
                        "maxRequestBytes", String.valueOf(PortalConfig.DEFAULT_MAX_REQUEST_BYTES))))
            .withPersona(System.getProperty("citizenPortal.persona"));
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--port" -> config = config.withPort(Integer.parseInt(value(args, ++i, arg)));
        case "--data-dir" ->
            config =
                new PortalConfig(
                    config.port(),
                    config.bindAddress(),
                    config.hostname(),
                    Path.of(value(args, ++i, arg)),
                    config.secureCookie(),
                    config.maxRequestBytes(),
                    config.procedureCode(),
                    config.agencyCode(),
                    config.agencyName(),
                    config.persona());
        case "--secure-cookie" -> config = config.withSecureCookie(true);
        case "--persona" -> config = config.withPersona(value(args, ++i, arg));
        case "--max-request-bytes" ->
            config = config.withMaxRequestBytes(Long.parseLong(value(args, ++i, arg)));
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return config;
  }

  private static String property(String name, String fallback) {
    return System.getProperty("citizenPortal." + name, fallback);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
