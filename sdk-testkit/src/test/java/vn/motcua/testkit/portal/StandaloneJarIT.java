package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalReceipt;
import vn.motcua.dossier.portal.PortalUnavailableException;

/**
 * The {@code -standalone} jar as vendors run it: {@code java -jar} in a process of its own, found
 * through the URLs it prints, driven through its control API and used by the SDK's own DVCQG
 * client. What only the jar can get wrong is checked here: its manifest, the merged service files
 * (Jackson modules, Jetty, Hibernate Validator behind the stub's payload checks) and the resources
 * (personas, the sample catalogue, message bundles) shaded into it. Runs in {@code verify}, after
 * {@code package} has built the jar.
 */
class StandaloneJarIT {
  private static final Duration START_DEADLINE = Duration.ofMinutes(1);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private Process process;
  private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

  @AfterEach
  void stopTheJar() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void javaDashJar_servesBothStubs_theControlApi_andTheSdksClient() throws Exception {
    List<String> printed = start("--port", "0");
    String out = String.join("\n", printed);
    URI issuer = URI.create(find(out, "issuer: +(\\S+)"));
    URI adapter = URI.create(find(out, "DVCQG adapter: +(\\S+)"));
    URI control = URI.create(find(out, "control API: +(\\S+)"));
    assertThat(out).contains("synthetic data only", "personas:");

    HttpResponse<String> discovery = get(URI.create(issuer + "/.well-known/openid-configuration"));
    assertThat(discovery.statusCode()).isEqualTo(200);
    assertThat(discovery.body()).contains("\"issuer\":\"" + issuer + "\"");
    HttpResponse<String> keys = get(URI.create(issuer + "/jwks"));
    assertThat(keys.statusCode()).isEqualTo(200);
    assertThat(keys.body()).contains("\"keys\"", "\"kid\"");

    Dossier dossier = PortalFixtures.acceptedDossier();
    try (DvcqgClient client =
        DvcqgClient.builder()
            .baseUrl(adapter)
            .username(StubPortal.DEFAULT_USERNAME)
            .password(StubPortal.DEFAULT_PASSWORD)
            .agencyCode(PortalFixtures.AGENCY)
            .transport(PortalFixtures.transport())
            .build()) {
      // The stub checks the payload with the SDK's validator: Hibernate Validator, its service
      // files and message bundles, all from inside the jar.
      PortalReceipt receipt = client.syncDossier(dossier);
      assertThat(receipt.updated()).as("new to the portal").isFalse();
      assertThat(client.lookup(dossier.code())).isPresent();

      HttpResponse<String> stored = get(URI.create(control + "/portal/dossiers"));
      assertThat(stored.statusCode()).isEqualTo(200);
      assertThat(stored.body()).contains("\"code\":\"" + dossier.code() + "\"");

      HttpResponse<String> faults =
          post(URI.create(control + "/faults"), "portal every DongBoHoSoMC HTTP_503\n");
      assertThat(faults.statusCode()).isEqualTo(204);
      assertThatThrownBy(() -> client.syncDossier(dossier))
          .isInstanceOf(PortalUnavailableException.class);

      HttpResponse<String> badFaults = post(URI.create(control + "/faults"), "portal sometimes\n");
      assertThat(badFaults.statusCode()).isEqualTo(400);
      assertThat(badFaults.body()).contains("/lines/1");

      assertThat(post(URI.create(control + "/reset"), "").statusCode()).isEqualTo(204);
      HttpResponse<String> afterReset = get(URI.create(control + "/portal/dossiers"));
      assertThat(afterReset.body()).doesNotContain(dossier.code().toString());
      assertThat(client.syncDossier(dossier).updated()).as("forgotten by the reset").isFalse();
    }
    HttpResponse<String> stats = get(URI.create(control + "/portal/stats"));
    assertThat(stats.statusCode()).isEqualTo(200);
    assertThat(stats.body()).contains("\"requests\"", "\"attemptsByKey\"");

    process.destroy(); // SIGTERM: the shutdown hook stops both stubs
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited on SIGTERM").isTrue();
  }

  @Test
  void javaDashJar_withABadOption_printsTheProblemAndTheUsage_andExitsWith2(@TempDir Path dir)
      throws Exception {
    Path jar = jar();
    Path output = dir.resolve("output.txt");
    process =
        new ProcessBuilder(java(), "-jar", jar.toString(), "--colour", "blue")
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("exited").isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(Files.readString(output)).contains("unknown option --colour", "usage: StubsMain");
  }

  /**
   * Starts the jar with {@code args} and returns what it printed up to the control API line. Its
   * output is read to the end by daemon threads, so that the process never blocks on a full pipe.
   */
  private List<String> start(String... args) throws Exception {
    Path jar = jar();
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    process = new ProcessBuilder(command).start();
    daemon(() -> copy(process.getErrorStream()));
    CompletableFuture<List<String>> banner = new CompletableFuture<>();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    daemon(
        () -> {
          List<String> lines = new ArrayList<>();
          try {
            for (String line; (line = reader.readLine()) != null; ) {
              if (!banner.isDone()) {
                lines.add(line);
                if (line.startsWith("control API:")) {
                  banner.complete(lines);
                }
              }
            }
          } catch (IOException e) {
            banner.completeExceptionally(e);
          }
          banner.completeExceptionally(
              new IllegalStateException("the jar ended its output early: " + lines));
        });
    try {
      return banner.get(START_DEADLINE.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new AssertionError(
          "the standalone jar did not print its URLs; its standard error: "
              + errors.toString(StandardCharsets.UTF_8),
          e);
    }
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "standalone-jar-output");
    thread.setDaemon(true);
    thread.start();
  }

  private void copy(InputStream in) {
    try (in) {
      in.transferTo(errors);
    } catch (IOException ignored) {
      // The process ended.
    }
  }

  private static Path jar() {
    String path = System.getProperty("motcua.standaloneJar");
    assumeTrue(
        path != null,
        "motcua.standaloneJar is not set: run this through Maven's verify phase (failsafe), which"
            + " builds the -standalone jar and passes its path");
    Path jar = Path.of(path);
    assertThat(jar).as("the -standalone jar built by package").isRegularFile();
    return jar;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI uri, String body) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("%s in %s", regex, text).isTrue();
    return m.group(1);
  }
}
