package vn.motcua.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.LgspClient;
import vn.motcua.dossier.portal.PortalException;
import vn.motcua.dossier.portal.PortalReceipt;
import vn.motcua.dossier.portal.PortalRejectedException;
import vn.motcua.testkit.portal.PortalFault;
import vn.motcua.testkit.portal.StubPortal;

/** The snippets of docs/portal.md, run as they are printed there. */
class PortalGuideFunctionalTest {
  static StubPortal portal = StubPortal.builder().build();

  @BeforeAll
  static void start() {
    portal.start();
  }

  @AfterAll
  static void stop() {
    portal.stop();
  }

  static Dossier dossier() throws IOException {
    byte[] json =
        PortalGuideFunctionalTest.class
            .getResourceAsStream("/vn/motcua/testkit/portal/accepted-dossier.json")
            .readAllBytes();
    return DvcqgMapping.defaults().fromPortal(MotcuaJson.lenient().read(json, PortalDossier.class));
  }

  @Test
  void guide_syncsADossierAndItsSteps_throughTheStub() throws IOException {
    Dossier dossier = dossier();
    URI adapterUrl = portal.dvcqgBaseUrl();
    String username = portal.username();
    String password = portal.password();

    // --- guide: dvcqg ---
    DvcqgClient client =
        DvcqgClient.builder()
            .baseUrl(adapterUrl) // login at {base}/login, services at {base}/adapter
            .username(username)
            .password(password) // never logged, never in toString()
            .agencyCode("000.00.12.H01") // madonvi
            .retryPolicy(RetryPolicy.builder().maxAttempts(4).build())
            .build();

    PortalReceipt receipt = client.syncDossier(dossier); // TraCuuHoSo, then DongBoHoSoMC
    client.pushProgress(
        dossier.code(),
        ProcessingStep.builder()
            .status(DossierStatus.IN_PROCESS)
            .at(OffsetDateTime.of(2025, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7)))
            .build());
    // --- guide: end ---

    assertThat(receipt.updated()).isFalse();
    assertThat(portal.status(dossier.code().value())).contains(DossierStatus.IN_PROCESS);

    // --- guide: errors ---
    try {
      client.pushProgress(
          dossier.code(),
          ProcessingStep.builder()
              .status(DossierStatus.RETURNED) // 4 -> 10 is not a legal change
              .at(OffsetDateTime.of(2025, 3, 10, 10, 0, 0, 0, ZoneOffset.ofHours(7)))
              .build());
    } catch (PortalRejectedException e) {
      // permanent: e.remoteCode() is the portal's error_code ("3" on the stub),
      // e.portalMessage() its reason (may echo data: keep it out of logs)
    } catch (PortalException e) {
      // e.isRetryable(): unavailable or rate limited; retry later with e.retryAfter()
      // auth failed: fix the credentials
    }
    // --- guide: end ---
    client.close();
  }

  @Test
  void guide_lgsp() throws IOException {
    Dossier dossier = dossier();
    URI gatewayUrl = portal.lgspBaseUrl();
    String clientId = portal.clientId();
    String clientSecret = portal.clientSecret();

    // --- guide: lgsp ---
    try (LgspClient lgsp =
        LgspClient.builder()
            .baseUrl(gatewayUrl) // {base}/token, {base}/Document/...
            .clientId(clientId)
            .clientSecret(clientSecret)
            .agencyCode("000.00.12.H01")
            .tokenRefreshMargin(Duration.ofSeconds(30))
            .build()) {
      lgsp.syncDocument(dossier);
    }
    // --- guide: end ---

    assertThat(portal.tokensIssued()).isPositive();
  }

  @Test
  void guide_stubFaultsAndInspection() throws IOException {
    portal.reset();
    Dossier dossier = dossier();
    try (HttpTransport transport =
            HttpTransport.builder()
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build())
                .build();
        DvcqgClient client =
            DvcqgClient.builder()
                .baseUrl(portal.dvcqgBaseUrl())
                .username(portal.username())
                .password(portal.password())
                .agencyCode("000.00.12.H01")
                .transport(transport)
                .build()) {
      // --- guide: stub ---
      portal.faults().next("DongBoHoSoMC", PortalFault.HTTP_503); // one 503, then normal
      portal.faults().nextAfterProcessing("DongBoHoSoMC", PortalFault.CONNECTION_RESET);
      portal.expireSessions(); // the next call must log in again

      PortalReceipt receipt = client.syncDossier(dossier);

      assertThat(portal.versions(dossier.code().value())).hasSize(1); // stored once
      assertThat(portal.attempts(receipt.idempotencyKey())).isEqualTo(3);
      assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
      // --- guide: end ---
    }
    portal.reset();
    assertThatThrownBy(() -> portal.faults().nextAfterProcessing("x", PortalFault.HTTP_503))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void guide_runsTheOutbox_withADispatcher() throws Exception {
    portal.reset();
    Dossier dossier = dossier();
    ProcessingStep inProcess =
        ProcessingStep.builder()
            .status(DossierStatus.IN_PROCESS)
            .at(OffsetDateTime.of(2025, 3, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7)))
            .build();
    Path dataDir = Path.of("target", "h2", "guide-" + UUID.randomUUID());
    CountDownLatch deliveries = new CountDownLatch(2);
    OutboxListener alerts =
        new OutboxListener() {
          @Override
          public void delivered(OutboxEntry entry) {
            deliveries.countDown();
          }
        };
    try (HttpTransport transport = HttpTransport.builder().build();
        DvcqgClient client =
            DvcqgClient.builder()
                .baseUrl(portal.dvcqgBaseUrl())
                .username(portal.username())
                .password(portal.password())
                .agencyCode("000.00.12.H01")
                .transport(transport)
                .build()) {
      // --- guide: outbox ---
      Outbox outbox =
          Outbox.embeddedBuilder(dataDir.resolve("motcua-outbox")) // H2 file database
              .listener(alerts) // submitted, attempt failed, delivered, dead-lettered
              .build();
      Dispatcher dispatcher =
          Dispatcher.builder(outbox, client) // or an LgspClient
              .threads(2)
              .pollInterval(Duration.ofSeconds(1))
              .build();
      dispatcher.start();

      OutboxEntry entry = outbox.submit(dossier); // returns once committed
      outbox.submitProgress(dossier.code(), List.of(inProcess)); // sent after the dossier
      // --- guide: end ---

      assertThat(deliveries.await(30, TimeUnit.SECONDS)).isTrue();

      // --- guide: monitor ---
      long depth = outbox.depth(); // PENDING + IN_FLIGHT
      Optional<Duration> age = outbox.oldestPendingAge(); // alert when it grows
      for (OutboxEntry dead : outbox.deadLetters()) {
        // dead.lastErrorCode() is "portal.rejected": fix the data and submit it anew
      }

      dispatcher.stop(Duration.ofSeconds(30)); // in-flight entries go back to PENDING
      outbox.close();
      // --- guide: end ---

      assertThat(depth).isZero();
      assertThat(age).isEmpty();
      assertThat(entry.idempotencyKey()).startsWith(dossier.code().value() + "/dossier/");
      assertThat(portal.versions(dossier.code().value())).hasSize(1);
      assertThat(portal.status(dossier.code().value())).contains(DossierStatus.IN_PROCESS);
    }
  }

  @Test
  void everySnippetInThisTest_isPrintedInTheGuide() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/vn/motcua/testkit/docs/PortalGuideFunctionalTest.java"));
    String page = normalize(Files.readString(Path.of("..", "docs", "portal.md")));
    Matcher m =
        Pattern.compile("// --- guide: [a-z]+ ---\\n(.*?)// --- guide: end ---", Pattern.DOTALL)
            .matcher(source);
    List<String> snippets = new ArrayList<>();
    while (m.find()) {
      snippets.add(m.group(1));
    }
    assertThat(snippets).hasSize(6);
    assertThat(snippets).allSatisfy(s -> assertThat(page).contains(normalize(s)));
  }

  private static String normalize(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
