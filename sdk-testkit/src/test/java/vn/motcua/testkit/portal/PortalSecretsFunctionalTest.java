package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.testing.CapturedLogs;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.LgspClient;

/** No password, client secret, session or token reaches a log line or an exception. */
class PortalSecretsFunctionalTest {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Test
  void logsAndErrors_neverCarryCredentialsSessionsOrTokens() {
    List<String> messages = new ArrayList<>();
    int linesBefore = CapturedLogs.lines().size();
    try (StubPortal portal = StubPortal.builder().build().start();
        HttpTransport transport =
            HttpTransport.builder()
                .options(HttpOptions.builder().wireLogging(true).build())
                .retryPolicy(RetryPolicy.none())
                .build();
        DvcqgClient dvcqg = PortalFixtures.dvcqg(portal, transport).build();
        LgspClient lgsp = PortalFixtures.lgsp(portal, transport).build()) {
      dvcqg.syncDossier(PortalFixtures.acceptedDossier());
      portal.expireSessions();
      dvcqg.pushProgress(
          PortalFixtures.acceptedDossier().code(),
          PortalFixtures.step(DossierStatus.IN_PROCESS, 9));
      lgsp.syncDocument(PortalFixtures.acceptedDossier());
      portal.faults().next("DongBoHoSoMC", PortalFault.HTTP_503);
      messages.add(
          String.valueOf(
              catchThrowable(
                  () ->
                      dvcqg.syncDossier(
                          PortalFixtures.acceptedDossier().toBuilder().summary("khác").build()))));
      portal.faults().every("UpdateDocumentTraces", PortalFault.SESSION_EXPIRED);
      messages.add(
          String.valueOf(
              catchThrowable(
                  () ->
                      lgsp.updateTraces(
                          PortalFixtures.acceptedDossier().code(),
                          PortalFixtures.step(DossierStatus.RESULT_READY, 10)))));
      messages.add(dvcqg.toString());
      messages.add(lgsp.toString());
      assertThat(portal.logins()).isEqualTo(2);
    }

    String all = CapturedLogs.all() + String.join("\n", messages);
    // The wire log of this test's own requests was captured (the operation name travels in the
    // body, which the wire log does not print, so look for the endpoints).
    List<String> lines = CapturedLogs.lines();
    assertThat(String.join("\n", lines.subList(linesBefore, lines.size())))
        .contains("/dvcqg/adapter", "/lgsp/Document/SyncDocument", "/lgsp/token");
    assertThat(all)
        .doesNotContain(StubPortal.DEFAULT_PASSWORD, StubPortal.DEFAULT_CLIENT_SECRET, "stub-")
        .doesNotContain("Nguyễn Văn An", "001099012345");
    assertThat(UUID.matcher(all).find()).isFalse();
  }
}
