package vn.motcua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StubsCommandTest {
  @Test
  void runsBothStubsUntilStoppedAndPrintsTheirUrls() throws Exception {
    Running stubs = Running.start("stubs", "--idp-port", "0", "--portal-port", "0");
    // Wait for the URLs: the stubs are up once they are printed (or the command ended).
    String printed = stubs.awaitOutput("LGSP gateway:");
    assertThat(printed).as(stubs.errors()).contains("identity provider").contains("portal");
    String discovery = find(printed, "discovery:\\s+(\\S+)");
    String dvcqg = find(printed, "DVCQG adapter:\\s+(\\S+)");

    OkHttpClient http = new OkHttpClient();
    try {
      try (Response response =
          http.newCall(new Request.Builder().url(discovery).build()).execute()) {
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().string()).contains("\"jwks_uri\"");
      }

      assertThat(stubs.stop()).isZero();
      assertThatThrownBy(
              () -> http.newCall(new Request.Builder().url(discovery).build()).execute().close())
          .isInstanceOf(IOException.class);
      assertThat(dvcqg).startsWith("http://localhost:");
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void noPortalRunsOnlyTheIdentityProviderWithTheClientAsked() throws Exception {
    Running stubs =
        Running.start(
            "stubs",
            "--no-portal",
            "--idp-port",
            "0",
            "--client-id",
            "demo",
            "--client-secret",
            "demo-secret",
            "--redirect-uri",
            "http://localhost:3000/callback");
    String printed = stubs.awaitOutput("client:");
    try {
      assertThat(printed).as(stubs.errors()).contains("identity provider");
      assertThat(find(printed, "client:\\s+(.+)")).isEqualTo("demo (client_secret_basic)");
      assertThat(printed).doesNotContain("portal").doesNotContain("demo-secret");

      // The client is known at the token endpoint: a made-up code is refused as a bad grant, not
      // as an unknown client.
      OkHttpClient http = new OkHttpClient();
      try {
        String discovery;
        try (Response response =
            http.newCall(new Request.Builder().url(find(printed, "discovery:\\s+(\\S+)")).build())
                .execute()) {
          discovery = response.body().string();
        }
        Request token =
            new Request.Builder()
                .url(find(discovery, "\"token_endpoint\"\\s*:\\s*\"([^\"]+)\""))
                .header("Authorization", Credentials.basic("demo", "demo-secret"))
                .post(
                    new FormBody.Builder()
                        .add("grant_type", "authorization_code")
                        .add("code", "made-up")
                        .add("redirect_uri", "http://localhost:3000/callback")
                        .build())
                .build();
        try (Response response = http.newCall(token).execute()) {
          assertThat(response.code()).isEqualTo(400);
          assertThat(response.body().string()).contains("invalid_grant");
        }
      } finally {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
    } finally {
      assertThat(stubs.stop()).isZero();
    }
  }

  @Test
  void aTakenPortExitsOne() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      Cli.Result result =
          Cli.run("stubs", "--no-portal", "--idp-port", Integer.toString(taken.getLocalPort()));

      assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
      assertThat(result.err()).contains("could not start").contains("in use");
      assertThat(result.out()).isEmpty();
    }
  }

  @Test
  void usageErrors() {
    Cli.Result nothing = Cli.run("stubs", "--no-idp", "--no-portal");
    assertThat(nothing.exitCode()).isEqualTo(2);
    assertThat(nothing.err()).contains("nothing to run");

    Cli.Result client = Cli.run("stubs", "--idp-port", "0", "--client-id", "demo");
    assertThat(client.exitCode()).isEqualTo(2);
    assertThat(client.err()).contains("--client-secret");

    Cli.Result port = Cli.run("stubs", "--idp-port", "eighty");
    assertThat(port.exitCode()).isEqualTo(2);
    assertThat(port.err()).contains("--idp-port");

    Cli.Result withoutIdp =
        Cli.run("stubs", "--no-idp", "--personas", "p.json", "--client-id", "demo");
    assertThat(withoutIdp.exitCode()).isEqualTo(2);
    assertThat(withoutIdp.err())
        .contains("--personas, --client-id would configure what --no-idp leaves out");

    Cli.Result withoutPortal = Cli.run("stubs", "--no-portal", "--portal-port", "0");
    assertThat(withoutPortal.exitCode()).isEqualTo(2);
    assertThat(withoutPortal.err())
        .contains("--portal-port would configure what --no-portal leaves out");

    Cli.Result personas = Cli.run("stubs", "--idp-port", "0", "--personas", "/nonexistent/p.json");
    assertThat(personas.exitCode()).isEqualTo(2);
    assertThat(personas.err()).contains("persona file");
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }

  /** The {@code stubs} command running on a thread of its own, its output captured. */
  private record Running(
      Thread runner, StringWriter out, StringWriter err, AtomicInteger exitCode) {
    static Running start(String... args) {
      CommandLine commandLine = MotcuaCli.commandLine(new ByteArrayInputStream(new byte[0]));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      AtomicInteger exitCode = new AtomicInteger(-1);
      Thread runner = new Thread(() -> exitCode.set(commandLine.execute(args)), "stubs-test");
      runner.start();
      return new Running(runner, out, err, exitCode);
    }

    /**
     * Waits until the output holds {@code marker} or the command ends; returns the output. Fails
     * after a minute without either, rather than leaving the build to its own timeout.
     */
    String awaitOutput(String marker) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (!out.toString().contains(marker) && runner.isAlive()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "the stubs command printed no '"
                  + marker
                  + "' within a minute; output so far: "
                  + out);
        }
        Thread.sleep(50);
      }
      return out.toString();
    }

    String errors() {
      return err.toString();
    }

    /** Stops the command as Ctrl-C would and returns its exit code. */
    int stop() throws InterruptedException {
      runner.interrupt();
      runner.join(TimeUnit.MINUTES.toMillis(1));
      assertThat(runner.isAlive()).as("the stubs command stopped within a minute").isFalse();
      return exitCode.get();
    }
  }
}
