package vn.motcua.testkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalAuthException;
import vn.motcua.dossier.portal.PortalException;
import vn.motcua.dossier.portal.PortalRateLimitedException;
import vn.motcua.dossier.portal.PortalUnavailableException;

/** Every fault kind, injected into every attempt, surfaces as the right typed error. */
class PortalFaultsFunctionalTest {
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
    portal.faults().delay(Duration.ofSeconds(1));
    transport = PortalFixtures.transport();
    client = PortalFixtures.dvcqg(portal, transport).build();
  }

  @AfterEach
  void close() {
    client.close();
    transport.close();
  }

  @ParameterizedTest
  @EnumSource(PortalFault.class)
  void everyFault_whenRetriesAreExhausted_surfacesAsItsTypedError(PortalFault fault) {
    portal.faults().every("DongBoHoSoMC", fault);

    Class<? extends PortalException> expected =
        switch (fault) {
          case RATE_LIMITED, RATE_LIMITED_HTTP_DATE -> PortalRateLimitedException.class;
          case SESSION_EXPIRED -> PortalAuthException.class;
          default -> PortalUnavailableException.class;
        };
    assertThatThrownBy(() -> client.syncDossier(PortalFixtures.acceptedDossier()))
        .isInstanceOf(expected)
        .satisfies(
            e -> {
              PortalException p = (PortalException) e;
              assertThat(p.service()).isEqualTo("DongBoHoSoMC");
              assertThat(p.isRetryable()).isEqualTo(expected != PortalAuthException.class);
              if (expected == PortalRateLimitedException.class) {
                assertThat(p.retryAfter()).isPresent();
              }
            });
    if (fault != PortalFault.DELAY) {
      // DELAY processes the request and holds the answer: the portal may have acted.
      assertThat(portal.dossierCodes()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = PortalFault.class,
      names = {"SESSION_EXPIRED", "DELAY"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyFault_once_isRecoveredByTheTransport(PortalFault fault) {
    portal.faults().next("DongBoHoSoMC", fault);

    client.syncDossier(PortalFixtures.acceptedDossier());

    assertThat(portal.dossierCodes()).hasSize(1);
    assertThat(portal.faults().injected()).isEqualTo(1);
  }
}
