package vn.motcua.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.testkit.portal.StubPortal;

class StubsMainFunctionalTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void launch_startsBothStubs_withPersonasAndFaults_andPrintsTheirUrls(@TempDir Path dir)
      throws Exception {
    Path personas = dir.resolve("personas.json");
    try (InputStream in =
        getClass().getResourceAsStream("/vn/motcua/testkit/persona/personas.json")) {
      Files.write(personas, in.readAllBytes());
    }
    Path faults =
        Files.writeString(dir.resolve("faults.txt"), "# one outage\nportal next login HTTP_503\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    Optional<Stubs> launched =
        StubsMain.launch(
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            "--port",
            "0",
            "--personas",
            personas.toString(),
            "--faults",
            faults.toString(),
            "--redirect-uri",
            "http://localhost:3000/callback");
    assertThat(launched).isPresent();
    try (Stubs stubs = launched.get()) {
      String out = printed.toString(StandardCharsets.UTF_8);
      URI issuer = URI.create(find(out, "issuer: +(\\S+)"));
      URI adapter = URI.create(find(out, "DVCQG adapter: +(\\S+)"));
      assertThat(issuer).isEqualTo(stubs.issuer());
      assertThat(adapter).isEqualTo(stubs.dvcqgBaseUrl());
      assertThat(out)
          .contains("LGSP gateway:  " + stubs.lgspBaseUrl())
          .contains(Stubs.DEFAULT_CLIENT_ID, "http://localhost:3000/callback")
          .contains("faults:          1 instructions")
          .contains("control API:     " + stubs.controlUrl().orElseThrow());

      HttpResponse<String> discovery =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(discovery.statusCode()).isEqualTo(200);
      assertThat(discovery.body()).contains("\"issuer\":\"" + issuer + "\"");

      String login =
          "{\"username\":\""
              + StubPortal.DEFAULT_USERNAME
              + "\",\"password\":\""
              + StubPortal.DEFAULT_PASSWORD
              + "\"}";
      assertThat(post(adapter + "/login", login).statusCode()).isEqualTo(503); // the schedule
      HttpResponse<String> second = post(adapter + "/login", login);
      assertThat(second.statusCode()).isEqualTo(200);
      assertThat(second.body()).contains("\"error_code\":0", "\"session\"");
      assertThat(stubs.portal().logins()).isEqualTo(1);
    }
    assertThat(launched.get().isRunning()).isFalse();
  }

  @Test
  void launch_help_printsTheUsage_andStartsNothing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    Optional<Stubs> launched =
        StubsMain.launch(new PrintStream(printed, true, StandardCharsets.UTF_8), "--help");

    assertThat(launched).isEmpty();
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("usage: StubsMain", "--port", "--personas", "--faults", "--redirect-uri");
  }

  @Test
  void configure_refusesBadOptions() {
    assertThatThrownBy(() -> StubsMain.configure("--port"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> StubsMain.configure("--port", "http"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--port needs a number");
    assertThatThrownBy(() -> StubsMain.configure("--portal-port", "70000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to 65535");
    assertThatThrownBy(() -> StubsMain.configure("--port", "65535"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--portal-port");
    assertThatThrownBy(() -> StubsMain.configure("--colour", "blue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown option --colour");
  }

  @Test
  void launch_portalPortOff_runsOnlyTheIdentityProvider() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    Optional<Stubs> launched =
        StubsMain.launch(
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            "--port",
            "0",
            "--portal-port",
            "off");
    assertThat(launched).isPresent();
    try (Stubs stubs = launched.get()) {
      String out = printed.toString(StandardCharsets.UTF_8);
      assertThat(stubs.includesPortal()).isFalse();
      assertThat(stubs.controlUrl()).isEmpty();
      assertThat(out)
          .contains("issuer:        " + stubs.issuer())
          .doesNotContain("portal", "DVCQG", "control API");
      HttpResponse<String> discovery =
          http.send(
              HttpRequest.newBuilder(stubs.discoveryUri()).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(discovery.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void launch_idpPortOff_runsOnlyThePortal() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    Optional<Stubs> launched =
        StubsMain.launch(
            new PrintStream(printed, true, StandardCharsets.UTF_8),
            "--port",
            "0",
            "--idp-port",
            "off");
    assertThat(launched).isPresent();
    try (Stubs stubs = launched.get()) {
      String out = printed.toString(StandardCharsets.UTF_8);
      assertThat(stubs.includesIdentityProvider()).isFalse();
      assertThat(stubs.portal().isRunning()).isTrue();
      assertThat(out)
          .contains("DVCQG adapter: " + stubs.dvcqgBaseUrl())
          .doesNotContain("identity provider", "issuer", "control API");
    }
  }

  @Test
  void configure_refusesOptionsThatNeedTheStubLeftOut() {
    assertThatThrownBy(() -> StubsMain.configure("--idp-port", "off", "--portal-port", "off"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing to run");
    assertThatThrownBy(() -> StubsMain.configure("--portal-port", "off", "--control-port", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--control-port needs both stubs");
    assertThatThrownBy(
            () ->
                StubsMain.configure(
                    "--idp-port", "off", "--redirect-uri", "http://localhost:3000/callback"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identity provider");
  }

  @Test
  void configure_refusesUnreadableOrInvalidFiles(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> StubsMain.configure("--faults", dir.resolve("none").toString()))
        .isInstanceOfSatisfying(
            MotcuaException.class, e -> assertThat(e.code()).isEqualTo(FaultFile.UNREADABLE));
    Path bad = Files.writeString(dir.resolve("bad.txt"), "portal next login TEAPOT\n");
    assertThatThrownBy(() -> StubsMain.configure("--faults", bad.toString()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.report().violations().get(0).path()).isEqualTo("/lines/1"));
    assertThatThrownBy(() -> StubsMain.configure("--personas", dir.resolve("none").toString()))
        .isInstanceOfSatisfying(
            MotcuaException.class,
            e -> assertThat(e.code()).isEqualTo("testkit.persona_pack.unreadable"));
  }

  @Test
  void configure_separatePorts_areUsed() throws Exception {
    int idpPort;
    int portalPort;
    try (java.net.ServerSocket a = new java.net.ServerSocket(0);
        java.net.ServerSocket b = new java.net.ServerSocket(0)) {
      idpPort = a.getLocalPort();
      portalPort = b.getLocalPort();
    }
    try (Stubs stubs =
        StubsMain.configure(
                "--idp-port", String.valueOf(idpPort), "--portal-port", String.valueOf(portalPort))
            .start()) {
      assertThat(stubs.identityProvider().port()).isEqualTo(idpPort);
      assertThat(stubs.portal().port()).isEqualTo(portalPort);
    }
  }

  @Test
  void controlApi_resetsAppliesFaultsAndShowsWhatThePortalStored() throws Exception {
    Optional<Stubs> launched =
        StubsMain.launch(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            "--port",
            "0");
    try (Stubs stubs = launched.orElseThrow()) {
      String control = stubs.controlUrl().orElseThrow().toString();
      String adapter = stubs.dvcqgBaseUrl().toString();
      String login =
          "{\"username\":\""
              + StubPortal.DEFAULT_USERNAME
              + "\",\"password\":\""
              + StubPortal.DEFAULT_PASSWORD
              + "\"}";

      HttpResponse<String> summary = get(control + "/");
      assertThat(summary.statusCode()).isEqualTo(200);
      assertThat(summary.body()).contains(stubs.issuer().toString(), "\"citizen-07\"");

      assertThat(post(control + "/faults", "portal next login HTTP_503").statusCode())
          .isEqualTo(204);
      assertThat(post(adapter + "/login", login).statusCode()).isEqualTo(503);
      HttpResponse<String> bad = post(control + "/faults", "portal next login TEAPOT");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("/lines/1", "testkit.faults.unknown_fault");

      assertThat(post(control + "/reset", "").statusCode()).isEqualTo(204);
      assertThat(get(control + "/portal/stats").body()).contains("\"requests\":0");

      String session = find(post(adapter + "/login", login).body(), "\"session\":\"([^\"]+)\"");
      String element;
      try (InputStream in =
          getClass().getResourceAsStream("/vn/motcua/testkit/portal/accepted-dossier.json")) {
        element = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      HttpResponse<String> stored =
          post(
              adapter + "/adapter",
              "{\"session\":\""
                  + session
                  + "\",\"madonvi\":\"000.00.12.H01\",\"service\":\"DongBoHoSoMC\","
                  + "\"isUpdating\":\"False\",\"data\":["
                  + element
                  + "]}");
      assertThat(stored.body()).contains("\"error_code\":\"0\"");

      assertThat(get(control + "/portal/dossiers").body())
          .contains("\"code\":\"000.00.12.H01-250310-0001\"", "\"status\":2", "\"versions\":1");
      assertThat(get(control + "/portal/dossiers/000.00.12.H01-250310-0001").body())
          .contains("\"latest\":{\"MaHoSo\":\"000.00.12.H01-250310-0001\"");
      assertThat(get(control + "/portal/dossiers/000.00.12.H01-250310-0002").statusCode())
          .isEqualTo(404);

      assertThat(post(control + "/idp/sign-in-as?persona=citizen-07", "").statusCode())
          .isEqualTo(204);
      assertThat(post(control + "/idp/sign-in-as?persona=nobody", "").statusCode()).isEqualTo(400);
      HttpResponse<String> unknown = get(control + "/nothing-here");
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(unknown.body()).contains("POST /reset");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as("output has %s", regex).isTrue();
    return m.group(1);
  }
}
