package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalException;

class StubPortalFunctionalTest {
  @Test
  void faultSchedule_withCallerRetries_storesEveryDossierExactlyOnce() {
    try (StubPortal portal = StubPortal.builder().build().start();
        HttpTransport transport = PortalFixtures.transport();
        DvcqgClient client = PortalFixtures.dvcqg(portal, transport).build()) {
      portal
          .faults()
          .schedule(
              FaultSchedule.random(
                  42,
                  0.4,
                  List.of(
                      PortalFault.HTTP_503,
                      PortalFault.CONNECTION_RESET,
                      PortalFault.RATE_LIMITED)));
      for (int i = 1; i <= 20; i++) {
        Dossier dossier =
            PortalFixtures.acceptedDossier().toBuilder()
                .code(DossierCode.parse(String.format("000.00.12.H01-250310-%04d", i)))
                .build();
        sendUntilDelivered(client, dossier);
      }

      assertThat(portal.faults().injected()).isPositive();
      assertThat(portal.dossierCodes()).hasSize(20);
      assertThat(portal.dossierCodes())
          .allSatisfy(code -> assertThat(portal.versions(code)).hasSize(1));
    }
  }

  private static void sendUntilDelivered(DvcqgClient client, Dossier dossier) {
    for (int attempt = 0; ; attempt++) {
      try {
        client.syncDossier(dossier);
        return;
      } catch (PortalException e) {
        if (!e.isRetryable() || attempt > 20) {
          throw e;
        }
      }
    }
  }

  @Test
  void main_configure_readsOptions_andRefusesUnknownOnes() {
    StubPortal portal =
        StubPortalMain.configure("--port", "0", "--username", "u", "--password", "p");
    assertThat(portal.username()).isEqualTo("u");
    assertThat(portal.isRunning()).isFalse();
    assertThatThrownBy(() -> StubPortalMain.configure("--colour", "blue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--colour");
  }

  @Test
  void port_beforeStart_saysToStart() {
    assertThatThrownBy(() -> StubPortal.builder().build().port())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("start()");
  }
}
