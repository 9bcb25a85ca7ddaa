package vn.motcua.testkit.idp;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.testkit.persona.PersonaPack;

/**
 * Runs a {@link StubIdentityProvider} as a standalone server until the process is stopped, and
 * prints its issuer and discovery URL.
 *
 * <pre>
 * java -cp motcua-testkit.jar:... vn.motcua.testkit.idp.StubIdentityProviderMain \
 *     --port 8089 --client-id demo --client-secret demo-secret \
 *     --redirect-uri http://localhost:8080/callback
 * </pre>
 *
 * <p>Options: {@code --port} (default 8089, 0 for any free port), {@code --bind} (default {@code
 * 127.0.0.1}), {@code --hostname} (default {@code localhost}), {@code --personas} (a pack file,
 * default the shipped one), {@code --client-id} with {@code --client-secret} and one or more {@code
 * --redirect-uri} to register a {@code client_secret_basic} client. {@link #configure(String...)}
 * gives the configured stub to runners that start it themselves.
 */
public final class StubIdentityProviderMain {
  /** The port used when none is given. */
  public static final int DEFAULT_PORT = 8089;

  private StubIdentityProviderMain() {}

  /**
   * Starts the stub and returns; the server's threads keep the process alive until it is stopped,
   * and a shutdown hook stops the server. Prints usage and exits with status 2 on bad options.
   */
  public static void main(String[] args) {
    // A command-line runner: standard output is its user interface.
    PrintStream out = System.out;
    StubIdentityProvider idp;
    try {
      idp = configure(args);
    } catch (IllegalArgumentException | MotcuaException e) {
      System.err.println(e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    idp.start();
    Runtime.getRuntime().addShutdownHook(new Thread(idp::stop, "stub-idp-shutdown"));
    out.println("motcua stub identity provider (synthetic personas only)");
    out.println("issuer:    " + idp.issuer());
    out.println("discovery: " + idp.discoveryUri());
    out.println(
        "personas:  "
            + idp.personas().size()
            + " (default "
            + idp.personas().defaultPersona().id()
            + ")");
  }

  /**
   * Builds, without starting, the stub the options describe.
   *
   * @throws IllegalArgumentException if an option is unknown, lacks its value or is malformed
   * @throws MotcuaException if the persona file cannot be read or is invalid
   */
  public static StubIdentityProvider configure(String... args) {
    StubIdentityProvider.Builder builder = StubIdentityProvider.builder().port(DEFAULT_PORT);
    @Nullable String clientId = null;
    @Nullable String secret = null;
    List<String> redirects = new ArrayList<>();
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
        case "--personas" -> builder.personas(readPack(Path.of(value)));
        case "--client-id" -> clientId = value;
        case "--client-secret" -> secret = value;
        case "--redirect-uri" -> redirects.add(value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (clientId != null) {
      if (secret == null || redirects.isEmpty()) {
        throw new IllegalArgumentException(
            "--client-id needs --client-secret and at least one --redirect-uri");
      }
      StubClient.Builder client = StubClient.builder(clientId).secret(secret);
      redirects.forEach(client::redirectUri);
      builder.client(client.build());
    } else if (secret != null || !redirects.isEmpty()) {
      throw new IllegalArgumentException("--client-secret and --redirect-uri need --client-id");
    }
    return builder.build();
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port needs a number", e);
    }
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

  static String usage() {
    return "usage: StubIdentityProviderMain [--port 8089] [--bind 127.0.0.1] [--hostname localhost]"
        + " [--personas pack.json] [--client-id ID --client-secret SECRET --redirect-uri URI...]";
  }
}
