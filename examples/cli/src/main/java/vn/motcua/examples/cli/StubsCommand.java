package vn.motcua.examples.cli;

import java.io.PrintWriter;
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
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.idp.StubIdentityProviderMain;
import vn.motcua.testkit.portal.StubPortal;
import vn.motcua.testkit.portal.StubPortalMain;

/** {@code motcua stubs}: the stub identity provider and the stub portal, until Ctrl-C. */
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
    if (noIdp && noPortal) {
      throw new ParameterException(
          spec.commandLine(), "--no-idp and --no-portal leave nothing to run");
    }
    StubIdentityProvider idp = noIdp ? null : configureIdp();
    StubPortal portal = noPortal ? null : configurePortal();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop(idp, portal);
              stopped.countDown();
            },
            "motcua-stubs-shutdown");
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (idp != null) {
        idp.start();
      }
      if (portal != null) {
        portal.start();
      }
    } catch (RuntimeException e) {
      stop(idp, portal);
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "motcua: a stub could not start ("
              + e.getClass().getSimpleName()
              + "); is port "
              + (idp != null && !idp.isRunning() ? idpPort : portalPort)
              + " in use? Use --idp-port/--portal-port, or 0 for a free port");
      err.flush();
      return MotcuaCli.INVALID;
    }
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("motcua stubs (synthetic data only); Ctrl-C stops them");
    if (idp != null) {
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
    if (portal != null) {
      out.println("portal");
      out.println(
          "  DVCQG adapter: " + portal.dvcqgBaseUrl() + " (login /login, services /adapter)");
      out.println("  LGSP gateway:  " + portal.lgspBaseUrl());
    }
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // Stopped by the caller rather than by Ctrl-C: stop the stubs and drop the hook.
      stop(idp, portal);
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is already stopping; the hook runs anyway
      }
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static void stop(StubIdentityProvider idp, StubPortal portal) {
    if (portal != null) {
      portal.stop();
    }
    if (idp != null) {
      idp.stop();
    }
  }

  private StubIdentityProvider configureIdp() {
    List<String> args = new ArrayList<>();
    add(args, "--port", Integer.toString(idpPort));
    add(args, "--bind", bind);
    add(args, "--hostname", hostname);
    if (personas != null) {
      add(args, "--personas", personas);
    }
    if (clientId != null) {
      add(args, "--client-id", clientId);
    }
    if (clientSecret != null) {
      add(args, "--client-secret", clientSecret);
    }
    redirectUris.forEach(uri -> add(args, "--redirect-uri", uri));
    try {
      return StubIdentityProviderMain.configure(args.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (MotcuaException e) {
      throw new ParameterException(
          spec.commandLine(), "Cannot use the persona file (" + e.code() + ")");
    }
  }

  private StubPortal configurePortal() {
    try {
      return StubPortalMain.configure(
          "--port", Integer.toString(portalPort), "--bind", bind, "--hostname", hostname);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void add(List<String> args, String option, String value) {
    args.add(option);
    args.add(value);
  }
}
