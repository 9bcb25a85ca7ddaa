package vn.motcua.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.motcua.core.MotcuaException;
import vn.motcua.testkit.Stubs;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.idp.StubIdentityProviderMain;
import vn.motcua.testkit.persona.PersonaPack;
import vn.motcua.testkit.portal.StubPortal;
import vn.motcua.testkit.portal.StubPortalMain;

/**
 * {@code motcua stubs}: the stub identity provider and the stub portal, until Ctrl-C; the options
 * configure a testkit {@link Stubs}.
 */
@Command(
    name = "stubs",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Runs the testkit's stub identity provider (OpenID Connect with synthetic VNeID personas)"
          + " and stub portal (DVCQG adapter and LGSP gateway) on this machine, prints their"
          + " URLs, and keeps them running until Ctrl-C.",
      "For development and tests only: synthetic data, no TLS, published test keys."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped (Ctrl-C)",
      "1:a stub could not start (port in use)",
      "2:usage error: bad option, unreadable persona file"
    })
final class StubsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--idp-port",
      paramLabel = "PORT",
      defaultValue = "" + StubIdentityProviderMain.DEFAULT_PORT,
      description = "Identity provider port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int idpPort;

  @Option(
      names = "--portal-port",
      paramLabel = "PORT",
      defaultValue = "" + StubPortalMain.DEFAULT_PORT,
      description = "Portal port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int portalPort;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind;

  @Option(
      names = "--hostname",
      paramLabel = "HOST",
      defaultValue = "localhost",
      description = "Host name in the URLs the stubs publish (default: ${DEFAULT-VALUE}).")
  String hostname;

  @Option(names = "--no-idp", description = "Do not run the identity provider.")
  boolean noIdp;

  @Option(names = "--no-portal", description = "Do not run the portal.")
  boolean noPortal;

  @Option(
      names = "--personas",
      paramLabel = "FILE",
      description = "Persona pack JSON for the identity provider; default: the shipped one.")
  String personas;

  @Option(
      names = "--client-id",
      paramLabel = "ID",
      description =
          "Register an identity-provider client (client_secret_basic); needs --client-secret and"
              + " --redirect-uri.")
  String clientId;

  @Option(names = "--client-secret", paramLabel = "SECRET", description = "The client's secret.")
  String clientSecret;

  @Option(
      names = "--redirect-uri",
      paramLabel = "URI",
      description = "A redirect URI of the client; repeatable.")
  List<String> redirectUris = new ArrayList<>();

  @Override
  public Integer call() {
    Stubs stubs = configure();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stubs.stop();
              stopped.countDown();
            },
            "motcua-stubs-shutdown");
    try {
      stubs.start();
    } catch (RuntimeException e) {
      // Stubs.start() has stopped whatever it had started.
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "motcua: a stub could not start ("
              + e.getClass().getSimpleName()
              + "); is port "
              + ports()
              + " in use? Use --idp-port/--portal-port, or 0 for a free port");
      err.flush();
      return MotcuaCli.INVALID;
    }
    Runtime.getRuntime().addShutdownHook(hook);
    describe(stubs, spec.commandLine().getOut());
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // Stopped by the caller rather than by Ctrl-C: stop the stubs and drop the hook.
      stubs.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already stopping; the hook runs anyway
      }
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** Builds the stubs the options ask for; bad options are usage errors. */
  private Stubs configure() {
    if (noIdp && noPortal) {
      throw usage("--no-idp and --no-portal leave nothing to run");
    }
    if (noIdp) {
      refuseWith(
          "--no-idp",
          "--idp-port",
          "--personas",
          "--client-id",
          "--client-secret",
          "--redirect-uri");
    }
    if (noPortal) {
      refuseWith("--no-portal", "--portal-port");
    }
    Stubs.Builder builder = Stubs.builder().bindAddress(bind).hostname(hostname);
    if (noIdp) {
      builder.withoutIdentityProvider();
    } else {
      builder.identityProviderPort(checkPort("--idp-port", idpPort));
      if (personas != null) {
        builder.personas(readPersonas(personas));
      }
      StubClient client = client();
      if (client != null) {
        builder.client(client);
      }
    }
    if (noPortal) {
      builder.withoutPortal();
    } else {
      builder.portalPort(checkPort("--portal-port", portalPort));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw usage(e.getMessage());
    }
  }

  /**
   * Refuses {@code options} given together with {@code without}, which leaves out what they set.
   */
  private void refuseWith(String without, String... options) {
    List<String> given = new ArrayList<>();
    for (String option : options) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        given.add(option);
      }
    }
    if (!given.isEmpty()) {
      throw usage(String.join(", ", given) + " would configure what " + without + " leaves out");
    }
  }

  /** The client of --client-id, --client-secret and --redirect-uri; null if not asked for. */
  private StubClient client() {
    if (clientId == null) {
      if (clientSecret != null || !redirectUris.isEmpty()) {
        throw usage("--client-secret and --redirect-uri need --client-id");
      }
      return null;
    }
    if (clientSecret == null || redirectUris.isEmpty()) {
      throw usage("--client-id needs --client-secret and at least one --redirect-uri");
    }
    try {
      StubClient.Builder client = StubClient.builder(clientId).secret(clientSecret);
      redirectUris.forEach(client::redirectUri);
      return client.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw usage(e.getMessage());
    }
  }

  private PersonaPack readPersonas(String file) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return PersonaPack.from(in);
    } catch (IOException e) {
      throw usage("Cannot use the persona file (testkit.persona_pack.unreadable)");
    } catch (MotcuaException e) {
      throw usage("Cannot use the persona file (" + e.code() + ")");
    }
  }

  private int checkPort(String option, int port) {
    if (port < 0 || port > 65535) {
      throw usage(option + " must be 0 to 65535");
    }
    return port;
  }

  /** The ports asked for, for the message when one is taken. */
  private String ports() {
    if (noIdp) {
      return Integer.toString(portalPort);
    }
    if (noPortal) {
      return Integer.toString(idpPort);
    }
    return idpPort + " or " + portalPort;
  }

  private void describe(Stubs stubs, PrintWriter out) {
    out.println("motcua stubs (synthetic data only); Ctrl-C stops them");
    if (stubs.includesIdentityProvider()) {
      StubIdentityProvider idp = stubs.identityProvider();
      out.println("identity provider");
      out.println("  issuer:        " + idp.issuer());
      out.println("  discovery:     " + idp.discoveryUri());
      out.println("  jwks:          " + idp.jwksUri());
      out.println(
          "  personas:      "
              + idp.personas().size()
              + " (default "
              + idp.personas().defaultPersona().id()
              + ")");
      if (clientId != null) {
        out.println("  client:        " + clientId + " (client_secret_basic)");
      }
    }
    if (stubs.includesPortal()) {
      StubPortal portal = stubs.portal();
      out.println("portal");
      out.println(
          "  DVCQG adapter: " + portal.dvcqgBaseUrl() + " (login /login, services /adapter)");
      out.println("  LGSP gateway:  " + portal.lgspBaseUrl());
    }
    out.flush();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
