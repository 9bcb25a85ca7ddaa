package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.testkit.portal.PortalFixtures.acceptedDossier;
import static vn.motcua.testkit.portal.PortalFixtures.step;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.portal.LgspClient;
import vn.motcua.dossier.portal.PortalAuthException;
import vn.motcua.dossier.portal.PortalIdempotency;
import vn.motcua.dossier.portal.PortalReceipt;
import vn.motcua.dossier.portal.PortalRejectedException;
import vn.motcua.dossier.portal.PortalUnavailableException;

class LgspClientFunctionalTest {
  static final MutableClock clock = new MutableClock(Instant.parse("2025-03-11T02:00:00Z"));
  static final StubPortal portal =
      StubPortal.builder().clock(clock).tokenLifetime(Duration.ofMinutes(5)).build();
  HttpTransport transport;
  LgspClient client;

  @BeforeAll
  static void start() {
    portal.start();
  }

  @AfterAll
  static void stop() {
    portal.stop();
  }

  @BeforeEach
  void connect() {
    portal.reset();
    transport = PortalFixtures.transport();
    client = PortalFixtures.lgsp(portal, transport).clock(clock).build();
  }

  @AfterEach
  void close() {
    client.close();
    transport.close();
  }

  @Test
  void syncDocumentAndTraces_storeTheDossierAndSteps_withOneCachedToken() {
    Dossier dossier = acceptedDossier();

    PortalReceipt receipt = client.syncDocument(dossier);
    client.updateTraces(dossier.code(), step(DossierStatus.IN_PROCESS, 9));

    assertThat(receipt.service()).isEqualTo("SyncDocument");
    assertThat(portal.versions(dossier.code().value())).hasSize(1);
    assertThat(portal.steps(dossier.code().value())).hasSize(1);
    assertThat(portal.tokensIssued()).isEqualTo(1);
  }

  @Test
  void syncDocument_withTheCallersKey_sameKeyIsDeduplicated_freshKeyIsProcessedAgain() {
    Dossier dossier = acceptedDossier();
    PortalReceipt first = client.syncDocument(dossier);
    PortalReceipt same = client.syncDocument(dossier, first.idempotencyKey());
    String fresh = PortalIdempotency.fresh(first.idempotencyKey());
    PortalReceipt again = client.syncDocument(dossier, fresh);
    client.updateTraces(dossier.code(), List.of(step(DossierStatus.IN_PROCESS, 9)), "traces-key-1");

    assertThat(same.idempotencyKey()).isEqualTo(first.idempotencyKey());
    assertThat(again.idempotencyKey()).isEqualTo(fresh);
    assertThat(portal.versions(dossier.code().value())).hasSize(2);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
    assertThat(portal.attempts("traces-key-1")).isEqualTo(1);
    assertThat(portal.steps(dossier.code().value())).hasSize(1);
  }

  @Test
  void token_isReplacedShortlyBeforeItExpires() {
    client.syncDocument(acceptedDossier());
    clock.advance(Duration.ofMinutes(4).plusSeconds(31));

    client.updateTraces(acceptedDossier().code(), step(DossierStatus.IN_PROCESS, 9));

    assertThat(portal.tokensIssued()).isEqualTo(2);
  }

  @Test
  void tokenRevokedByThePortal_isReplacedOnce() {
    client.syncDocument(acceptedDossier());
    portal.expireSessions();

    client.updateTraces(acceptedDossier().code(), step(DossierStatus.IN_PROCESS, 9));

    assertThat(portal.tokensIssued()).isEqualTo(2);
    assertThat(portal.steps(acceptedDossier().code().value())).hasSize(1);
  }

  @Test
  void wrongSecret_failsWithAuth_withoutTheSecret() {
    try (LgspClient wrong =
        PortalFixtures.lgsp(portal, transport).clientSecret("wrong-secret-xyz").build()) {
      assertThatThrownBy(() -> wrong.syncDocument(acceptedDossier()))
          .isInstanceOfSatisfying(
              PortalAuthException.class,
              e -> {
                assertThat(e.service()).isEqualTo("token");
                assertThat(e.getMessage()).doesNotContain("wrong-secret-xyz");
              });
      assertThat(wrong.toString()).doesNotContain("wrong-secret-xyz");
    }
  }

  @Test
  void illegalTransition_isRejected() {
    client.syncDocument(acceptedDossier());

    assertThatThrownBy(
            () -> client.updateTraces(acceptedDossier().code(), step(DossierStatus.RETURNED, 9)))
        .isInstanceOfSatisfying(
            PortalRejectedException.class, e -> assertThat(e.remoteCode()).contains("3"));
  }

  @Test
  void gatewayDown_surfacesAsUnavailable_andAsyncCarriesIt() {
    portal.faults().every("SyncDocument", PortalFault.HTTP_502);

    assertThatThrownBy(() -> client.syncDocumentAsync(acceptedDossier()).join())
        .hasCauseInstanceOf(PortalUnavailableException.class);
  }
}
