package vn.motcua.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.examples.portal.PortalClient.fields;
import static vn.motcua.examples.portal.PortalClient.pdf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole journey, valid and invalid, leaves no personal data in the log. */
class PrivacyLogTest {
  @TempDir Path dataDir;

  @Test
  void theLogHoldsNoPersonalData() throws InterruptedException {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    DeliveryWaiter deliveries = new DeliveryWaiter();
    try (CitizenPortal app =
        CitizenPortal.start(PortalConfig.defaults(dataDir).withPort(0), deliveries)) {
      PortalClient browser = new PortalClient(app);
      browser.signIn("citizen-01");
      String csrf = browser.csrfToken();
      browser.postForm(
          fields("csrf", csrf, "summary", "Khai sinh cho bé Nguyễn Thị Canary", "phone", "x"),
          Map.of());
      String location =
          browser
              .postForm(
                  fields(
                      "csrf",
                      csrf,
                      "summary",
                      "Khai sinh cho bé Nguyễn Thị Canary",
                      "phone",
                      "0912000001",
                      "email",
                      "an.nguyen@example.vn"),
                  Map.of(
                      "doc-TK-KS", new PortalClient.FileField("canary-to-khai.pdf", pdf("a")),
                      "doc-GCS", new PortalClient.FileField("canary-gcs.pdf", pdf("b"))))
              .headers()
              .firstValue("Location")
              .orElseThrow();
      String code = location.substring(location.lastIndexOf('/') + 1);
      deliveries.awaitDelivered(code, Duration.ofSeconds(30));
      browser.get(location);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(log).contains("POST /apply 303", "delivered to the portal");
    assertThat(log)
        .doesNotContain(
            "Nguyễn Văn An",
            "001085901069",
            "019900001",
            "0912000001",
            "an.nguyen@example.vn",
            "Canary",
            "canary",
            "14/03/1985",
            "1985-03-14",
            "code=",
            "state=");
  }
}
