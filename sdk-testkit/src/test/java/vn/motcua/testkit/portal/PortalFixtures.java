package vn.motcua.testkit.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.LgspClient;

/** Synthetic dossiers and clients wired to a stub portal, retrying without waiting. */
final class PortalFixtures {
  static final String AGENCY = "000.00.12.H01";
  static final ZoneOffset VN = ZoneOffset.ofHours(7);

  private PortalFixtures() {}

  /** A dossier accepted at the desk (status 2). */
  static Dossier acceptedDossier() {
    try (InputStream in =
        PortalFixtures.class.getResourceAsStream(
            "/vn/motcua/testkit/portal/accepted-dossier.json")) {
      PortalDossier element = MotcuaJson.lenient().read(in.readAllBytes(), PortalDossier.class);
      return DvcqgMapping.defaults().fromPortal(element);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ProcessingStep step(DossierStatus status, int hour) {
    return ProcessingStep.builder()
        .status(status)
        .at(OffsetDateTime.of(2025, 3, 10, hour, 0, 0, 0, VN))
        .content("Chuyển xử lý")
        .build();
  }

  /** A transport that retries 3 times without sleeping, with short timeouts. */
  static HttpTransport transport() {
    return HttpTransport.builder()
        .retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(3)
                .baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofSeconds(5))
                .build())
        .options(
            HttpOptions.builder()
                .readTimeout(Duration.ofMillis(500))
                .callTimeout(Duration.ofSeconds(5))
                .build())
        .sleeper(d -> {})
        .build();
  }

  static DvcqgClient.Builder dvcqg(StubPortal portal, HttpTransport transport) {
    return DvcqgClient.builder()
        .baseUrl(portal.dvcqgBaseUrl())
        .username(portal.username())
        .password(portal.password())
        .agencyCode(AGENCY)
        .dstcode("000.00.00.G22")
        .transport(transport);
  }

  static LgspClient.Builder lgsp(StubPortal portal, HttpTransport transport) {
    return LgspClient.builder()
        .baseUrl(portal.lgspBaseUrl())
        .clientId(portal.clientId())
        .clientSecret(portal.clientSecret())
        .agencyCode(AGENCY)
        .transport(transport);
  }
}
