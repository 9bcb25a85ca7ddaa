package vn.motcua.examples.desk;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import vn.motcua.core.MotcuaException;

/**
 * The command line of the one-stop desk example.
 *
 * <pre>
 * ./mvnw -q -pl examples/one-stop-desk -am compile exec:java
 * ./mvnw -q -pl examples/one-stop-desk -am compile exec:java -Dexec.args="--config desk.properties"
 * </pre>
 *
 * <p>Exit status: 0 when the dossier was returned and the portal's record matches, 1 when a step
 * failed, 2 for bad configuration or arguments (every problem listed on the error stream).
 */
public final class OneStopDeskApp {
  /** Exit status of a successful run. */
  public static final int OK = 0;

  /** Exit status when a step failed. */
  public static final int FAILED = 1;

  /** Exit status for bad configuration or arguments. */
  public static final int BAD_CONFIG = 2;

  private OneStopDeskApp() {}

  /**
   * Runs the desk; exits with a non-zero status when it fails.
   *
   * @throws InterruptedException when interrupted while waiting for delivery
   */
  public static void main(String[] args) throws InterruptedException {
    // Route Hibernate Validator's own logging through SLF4J (see simplelogger.properties).
    System.setProperty("org.jboss.logging.provider", "slf4j");
    int status = run(args, System.getenv(), System.in, System.out, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the desk with these arguments and environment, and returns the exit status.
   *
   * @throws InterruptedException when interrupted while waiting for delivery
   */
  public static int run(
      String[] args,
      Map<String, String> environment,
      InputStream in,
      PrintStream out,
      PrintStream err)
      throws InterruptedException {
    Path configFile = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          out.print(USAGE);
          return OK;
        }
        case "--config" -> {
          if (i + 1 >= args.length) {
            err.println("--config needs a file name\n");
            err.print(USAGE);
            return BAD_CONFIG;
          }
          try {
            configFile = Path.of(args[++i]);
          } catch (InvalidPathException e) {
            err.println("--config: not a file name");
            return BAD_CONFIG;
          }
        }
        default -> {
          err.println("Unknown argument: " + args[i] + "\n");
          err.print(USAGE);
          return BAD_CONFIG;
        }
      }
    }
    DeskConfig config;
    try {
      config = DeskConfig.load(configFile, environment);
    } catch (DeskConfigException e) {
      err.println(e.getMessage());
      return BAD_CONFIG;
    }
    try {
      new OneStopDesk(config, in, out).run();
      return OK;
    } catch (MotcuaException e) {
      out.flush();
      err.println();
      err.println("Failed [" + e.code() + "]: " + e.getMessage());
      if (e.isRetryable()) {
        err.println("This failure is temporary; run again later.");
      }
      return FAILED;
    }
  }

  private static final String USAGE =
      """
      Usage: one-stop-desk [--config FILE] [--help]

      Runs a one-stop desk end to end: citizen sign-in at VNeID level 2, dossier, receipt,
      durable submission through the outbox, processing to "result returned", portal lookup.
      Without configuration it starts an embedded stub identity provider and stub portal.

        --config FILE   a properties file (UTF-8); MOTCUA_CONFIG names one too
        --help          this text

      Settings (environment variable over config file key over default):
        MOTCUA_IDP_ISSUER       idp.issuer          real identity provider (else the stub)
        MOTCUA_CLIENT_ID        idp.client-id       required with idp.issuer
        MOTCUA_CLIENT_SECRET    idp.client-secret   required with idp.issuer
        MOTCUA_REDIRECT_URI     idp.redirect-uri    required with idp.issuer
        MOTCUA_STUB_PERSONA     stub.persona        stub only; default citizen-01
        MOTCUA_PORTAL_URL       portal.url          real DVCQG adapter (else the stub)
        MOTCUA_PORTAL_USER      portal.user         required with portal.url
        MOTCUA_PORTAL_PASSWORD  portal.password     required with portal.url
        MOTCUA_PORTAL_DSTCODE   portal.dstcode      optional, with portal.url
        MOTCUA_AGENCY_CODE      agency.code         default 000.00.12.H01
        MOTCUA_AGENCY_NAME      agency.name         default UBND phường Tràng Tiền
        MOTCUA_PROCEDURE_CODE   procedure.code      default 1.001193 (sample catalogue)
        MOTCUA_DATA_DIR         data.dir            default target/one-stop-desk
        MOTCUA_RECEIPT_KEY_FILE receipt.key-file    private EC P-256 JWK; default a key per run
        MOTCUA_DELIVERY_TIMEOUT_SECONDS delivery.timeout-seconds  default 60
      """;
}
