package vn.motcua.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.testkit.FaultFile;
import vn.motcua.testkit.Stubs;
import vn.motcua.testkit.StubsMain;

/** Keeps docs/testing-vendors.md true to the runner, the schedule format and the codes. */
class VendorGuideFunctionalTest {
  static String page() throws IOException {
    return Files.readString(Path.of("..", "docs", "testing-vendors.md"));
  }

  @Test
  void faultScheduleExample_parses() throws IOException {
    Matcher block = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL).matcher(page());

    assertThat(block.find()).isTrue();
    assertThat(FaultFile.parse(block.group(1)).size()).isEqualTo(8);
  }

  @Test
  void everyOptionOfTheRunner_isDocumented() throws IOException {
    String page = page();
    Matcher option = Pattern.compile("--[a-z-]+").matcher(StubsMain.usage());
    while (option.find()) {
      assertThat(page).contains("`" + option.group());
    }
  }

  @Test
  void everyStubCode_isDocumented() throws IOException {
    Properties messages = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/vn/motcua/testkit/messages_en.properties")) {
      messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String page = page();
    for (String key : messages.stringPropertyNames()) {
      if (key.startsWith("testkit.portal.")) {
        assertThat(page).contains("`" + key + "`");
      } else if (key.startsWith("testkit.faults.")) {
        assertThat(page).contains(key.substring("testkit.faults.".length()));
      }
    }
    assertThat(page).contains("`testkit.portal.method`");
  }

  @Test
  void printedOutput_andControlRoutes_areAsDocumented(@TempDir Path dir) throws Exception {
    Path faults = Files.writeString(dir.resolve("faults.txt"), "portal next login HTTP_503\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String page = page();

    try (Stubs stubs =
        StubsMain.launch(
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                "--port",
                "0",
                "--faults",
                faults.toString())
            .orElseThrow()) {
      String out =
          printed
              .toString(StandardCharsets.UTF_8)
              .replace(":" + stubs.identityProvider().port(), ":8089")
              .replace(":" + stubs.portal().port(), ":8090")
              .replace(stubs.controlUrl().orElseThrow().toString(), "http://localhost:8091");
      for (String line : out.split("\\R")) {
        assertThat(page).contains(line);
      }

      HttpResponse<String> routes =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(stubs.controlUrl().orElseThrow() + "/?"))
                      .method("PUT", HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      Matcher route = Pattern.compile("\"(GET|POST|DELETE) (/[^\" ]*)").matcher(routes.body());
      int found = 0;
      while (route.find()) {
        assertThat(page).contains("`" + route.group(1) + " " + route.group(2).split("\\?")[0]);
        found++;
      }
      assertThat(found).isEqualTo(9);
    }
  }
}
