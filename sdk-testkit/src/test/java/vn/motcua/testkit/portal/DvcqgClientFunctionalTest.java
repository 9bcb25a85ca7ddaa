package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.testkit.portal.PortalFixtures.acceptedDossier;
import static vn.motcua.testkit.portal.PortalFixtures.step;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalAuthException;
import vn.motcua.dossier.portal.PortalIdempotency;
import vn.motcua.dossier.portal.PortalProcedureSummary;
import vn.motcua.dossier.portal.PortalRateLimitedException;
import vn.motcua.dossier.portal.PortalReceipt;
import vn.motcua.dossier.portal.PortalRejectedException;
import vn.motcua.dossier.portal.SatisfactionReport;

class DvcqgClientFunctionalTest {
  static final StubPortal portal = StubPortal.builder().build();
  HttpTransport transport;
  DvcqgClient client;

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
    client = PortalFixtures.dvcqg(portal, transport).build();
  }

  @AfterEach
  void close() {
    client.close();
    transport.close();
  }

  @Test
  void syncDossier_createsTheDossierThenUpdatesIt() {
    Dossier dossier = acceptedDossier();
    PortalReceipt first = client.syncDossier(dossier);
    PortalReceipt second = client.syncDossier(dossier.toBuilder().summary("Bổ sung").build());

    assertThat(first.updated()).isFalse();
    assertThat(second.updated()).isTrue();
    assertThat(first.idempotencyKey())
        .startsWith(dossier.code().value() + "/dossier/")
        .isNotEqualTo(second.idempotencyKey());
    assertThat(portal.versions(dossier.code().value())).hasSize(2);
    assertThat(portal.stored(dossier.code().value()).orElseThrow().summary()).isEqualTo("Bổ sung");
    assertThat(portal.logins()).isEqualTo(1);
  }

  @Test
  void syncDossier_sameContentTwice_isDeduplicatedByItsKey() {
    Dossier dossier = acceptedDossier();
    PortalReceipt first = client.syncDossier(dossier);
    PortalReceipt again = client.syncDossier(dossier);

    assertThat(again.idempotencyKey()).isEqualTo(first.idempotencyKey());
    assertThat(portal.versions(dossier.code().value())).hasSize(1);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
  }

  @Test
  void syncDossier_withTheCallersKey_sameKeyIsDeduplicated_freshKeyIsProcessedAgain() {
    Dossier dossier = acceptedDossier();
    String key = PortalIdempotency.forDossier(DvcqgMapping.defaults().toPortal(dossier));
    PortalReceipt first = client.syncDossier(dossier, key);
    PortalReceipt same = client.syncDossier(dossier, key);

    assertThat(same.idempotencyKey()).isEqualTo(first.idempotencyKey()).isEqualTo(key);
    assertThat(portal.versions(dossier.code().value())).hasSize(1);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);

    String fresh = PortalIdempotency.fresh(key);
    PortalReceipt again = client.syncDossier(dossier, fresh);

    assertThat(fresh).startsWith(key + PortalIdempotency.RESEND_MARK).hasSizeLessThan(256);
    assertThat(PortalIdempotency.fresh(fresh))
        .startsWith(key + PortalIdempotency.RESEND_MARK)
        .isNotEqualTo(fresh);
    assertThat(again.idempotencyKey()).isEqualTo(fresh);
    assertThat(again.updated()).isTrue();
    assertThat(portal.versions(dossier.code().value())).hasSize(2);
    assertThat(portal.attempts(key)).isEqualTo(2);
    assertThat(portal.attempts(fresh)).isEqualTo(1);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
  }

  @Test
  void pushProgress_withTheCallersKey_isSentUnderIt() {
    Dossier dossier = acceptedDossier();
    client.syncDossier(dossier);
    List<vn.motcua.dossier.ProcessingStep> steps = List.of(step(DossierStatus.IN_PROCESS, 9));

    PortalReceipt receipt = client.pushProgress(dossier.code(), steps, "custom-key-1");
    client.pushProgress(dossier.code(), steps, "custom-key-1");

    assertThat(receipt.idempotencyKey()).isEqualTo("custom-key-1");
    assertThat(portal.attempts("custom-key-1")).isEqualTo(2);
    assertThat(portal.steps(dossier.code().value())).hasSize(1);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
  }

  @Test
  void callersKey_mustBeVisibleAsciiOfAtMost255() {
    Dossier dossier = acceptedDossier();
    assertThatThrownBy(() -> client.syncDossier(dossier, "with space"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.syncDossier(dossier, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.syncDossier(dossier, "k".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(portal.requestCount()).isZero();
  }

  @Test
  void lookup_returnsTheStoredDossier_orEmpty() {
    Dossier dossier = acceptedDossier();
    assertThat(client.lookup(dossier.code())).isEmpty();

    client.syncDossier(dossier);

    PortalDossier found = client.lookup(dossier.code()).orElseThrow();
    assertThat(found.dossierCode()).isEqualTo(dossier.code().value());
    assertThat(found.status()).isEqualTo("2");
  }

  @Test
  void pushProgress_appendsStepsAndMovesTheStatus() {
    Dossier dossier = acceptedDossier();
    client.syncDossier(dossier);

    PortalReceipt receipt =
        client.pushProgress(
            dossier.code(),
            step(DossierStatus.IN_PROCESS, 9),
            step(DossierStatus.RESULT_READY, 10));

    assertThat(receipt.idempotencyKey()).startsWith(dossier.code().value() + "/progress/");
    assertThat(portal.steps(dossier.code().value()))
        .extracting(p -> p.status())
        .containsExactly("4", "9");
    assertThat(portal.status(dossier.code().value())).contains(DossierStatus.RESULT_READY);
  }

  @Test
  void pushProgress_illegalTransition_isRejectedAndNothingIsStored() {
    Dossier dossier = acceptedDossier();
    client.syncDossier(dossier);

    assertThatThrownBy(() -> client.pushProgress(dossier.code(), step(DossierStatus.RETURNED, 9)))
        .isInstanceOfSatisfying(
            PortalRejectedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("portal.rejected");
              assertThat(e.remoteCode()).contains("3");
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.service()).isEqualTo("CapNhatTienDoHoSoMC");
              assertThat(e.portalMessage()).hasValueSatisfying(m -> assertThat(m).contains("10"));
            });
    assertThat(portal.steps(dossier.code().value())).isEmpty();
    assertThat(portal.status(dossier.code().value())).contains(DossierStatus.ACCEPTED);
  }

  @Test
  void pushProgress_forAnUnknownDossier_isRejected() {
    assertThatThrownBy(
            () ->
                client.pushProgress(
                    DossierCode.parse("000.00.12.H01-250310-0009"),
                    step(DossierStatus.IN_PROCESS, 9)))
        .isInstanceOfSatisfying(
            PortalRejectedException.class, e -> assertThat(e.remoteCode()).contains("2"));
  }

  @Test
  void syncDossier_invalidPayload_isRejectedPermanently_withPathsButNoValues() {
    Dossier invalid =
        acceptedDossier().toBuilder().dueAt(acceptedDossier().receivedAt().minusDays(1)).build();

    assertThatThrownBy(() -> client.syncDossier(invalid))
        .isInstanceOfSatisfying(
            PortalRejectedException.class,
            e -> {
              assertThat(e.remoteCode()).contains("1");
              assertThat(e.isRetryable()).isFalse();
              assertThat(e.portalMessage())
                  .hasValueSatisfying(m -> assertThat(m).contains("/data/0/dueAt"));
              assertThat(e.getMessage())
                  .contains("DongBoHoSoMC", "error_code 1")
                  .doesNotContain("Nguyễn", "001099012345");
            });
    assertThat(portal.dossierCodes()).isEmpty();
  }

  @Test
  void procedure_readsTheCatalogueTheStubServes() {
    ProcedureDefinition expected = ProcedureCatalogue.sample().procedures().get(0);

    ProcedureDefinition fetched = client.procedure(expected.code());

    assertThat(fetched.code()).isEqualTo(expected.code());
    assertThat(fetched.name()).isEqualTo(expected.name());
    assertThat(fetched.sector().code()).isEqualTo(expected.sector().code());
    assertThat(fetched.components()).hasSameSizeAs(expected.components());
  }

  @Test
  void procedure_unknown_isRejected() {
    assertThatThrownBy(() -> client.procedure(ProcedureCode.parse("9.999999")))
        .isInstanceOfSatisfying(
            PortalRejectedException.class, e -> assertThat(e.remoteCode()).contains("4"));
  }

  @Test
  void procedures_listsTheCatalogue() {
    List<PortalProcedureSummary> list = client.procedures();

    assertThat(list)
        .extracting(PortalProcedureSummary::code)
        .containsExactlyElementsOf(
            ProcedureCatalogue.sample().procedures().stream().map(p -> p.code().value()).toList());
  }

  @Test
  void pushSatisfaction_isStoredWithoutTheSession() {
    SatisfactionReport report =
        new SatisfactionReport(
            YearMonth.of(2025, 3),
            List.of(Map.of("MaHoSo", "000.00.12.H01-250310-0001", "MucDoHaiLong", "5")));

    PortalReceipt receipt = client.pushSatisfaction(report);

    assertThat(receipt.idempotencyKey()).startsWith(PortalFixtures.AGENCY + "/satisfaction/");
    assertThat(portal.satisfactionReports()).hasSize(1);
    assertThat(portal.satisfactionReports().get(0).has("session")).isFalse();
    assertThat(portal.satisfactionReports().get(0).path("Thang").asString()).isEqualTo("3");
  }

  @Test
  void sessionExpiry_leadsToExactlyOneReLoginThenSuccess() {
    client.lookup(acceptedDossier().code());
    portal.expireSessions();

    client.syncDossier(acceptedDossier());

    assertThat(portal.logins()).isEqualTo(2);
    assertThat(portal.dossierCodes()).containsExactly(acceptedDossier().code().value());
  }

  @Test
  void sessionExpiringAgainAfterReLogin_failsWithAuth() {
    portal.faults().every("TraCuuHoSo", PortalFault.SESSION_EXPIRED);

    assertThatThrownBy(() -> client.lookup(acceptedDossier().code()))
        .isInstanceOfSatisfying(
            PortalAuthException.class,
            e -> {
              assertThat(e.code()).isEqualTo("portal.auth_failed");
              assertThat(e.remoteCode()).contains("401");
            });
    assertThat(portal.logins()).isEqualTo(2);
  }

  @Test
  void wrongPassword_failsWithAuth_withoutThePasswordAnywhere() {
    try (DvcqgClient wrong =
        PortalFixtures.dvcqg(portal, transport).password("not-the-password-xyz").build()) {
      assertThatThrownBy(() -> wrong.procedures())
          .isInstanceOfSatisfying(
              PortalAuthException.class,
              e -> {
                assertThat(e.service()).isEqualTo("login");
                assertThat(e.getMessage()).doesNotContain("not-the-password-xyz");
              });
      assertThat(wrong.toString()).doesNotContain("not-the-password-xyz", "motcua-adapter");
    }
  }

  @Test
  void unavailableThenUp_isRetriedWithTheSameKey_andStoredOnce() {
    Dossier dossier = acceptedDossier();
    String key =
        PortalIdempotency.forDossier(
            vn.motcua.dossier.dvcqg.DvcqgMapping.defaults().toPortal(dossier));
    portal.faults().next("DongBoHoSoMC", PortalFault.HTTP_503);

    PortalReceipt receipt = client.syncDossier(dossier);

    assertThat(receipt.idempotencyKey()).isEqualTo(key);
    assertThat(portal.attempts(key)).isEqualTo(2);
    assertThat(portal.versions(dossier.code().value())).hasSize(1);
  }

  @Test
  void answerLostAfterProcessing_retryIsRecognised_andNothingIsStoredTwice() {
    Dossier dossier = acceptedDossier();
    portal.faults().nextAfterProcessing("DongBoHoSoMC", PortalFault.CONNECTION_RESET);

    PortalReceipt receipt = client.syncDossier(dossier);

    assertThat(portal.attempts(receipt.idempotencyKey())).isEqualTo(2);
    assertThat(portal.duplicatesSuppressed()).isEqualTo(1);
    assertThat(portal.versions(dossier.code().value())).hasSize(1);
  }

  @Test
  void rateLimitedWithinTheRetryPolicy_isRetriedByTheTransport() {
    portal.faults().next("DongBoHoSoMC", PortalFault.RATE_LIMITED);

    PortalReceipt receipt = client.syncDossier(acceptedDossier());

    assertThat(portal.attempts(receipt.idempotencyKey())).isEqualTo(2);
  }

  @Test
  void rateLimitedLongerThanTheRetryPolicyAllows_surfacesTheDelay() {
    portal
        .faults()
        .retryAfter(Duration.ofSeconds(120))
        .next("DongBoHoSoMC", PortalFault.RATE_LIMITED);

    assertThatThrownBy(() -> client.syncDossier(acceptedDossier()))
        .isInstanceOfSatisfying(
            PortalRateLimitedException.class,
            e -> {
              assertThat(e.code()).isEqualTo("portal.rate_limited");
              assertThat(e.isRetryable()).isTrue();
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
            });
    assertThat(portal.dossierCodes()).isEmpty();
  }

  @Test
  void asyncVariants_completeWithTheResult_orTheTypedError() {
    Dossier dossier = acceptedDossier();

    assertThat(client.syncDossierAsync(dossier).join().updated()).isFalse();
    assertThat(client.lookupAsync(dossier.code()).join()).isPresent();
    assertThat(client.proceduresAsync().join()).isNotEmpty();
    assertThatThrownBy(
            () ->
                client
                    .pushProgressAsync(dossier.code(), List.of(step(DossierStatus.RETURNED, 9)))
                    .join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(PortalRejectedException.class);
  }
}
