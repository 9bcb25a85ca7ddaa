package vn.motcua.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.examples.vendor.BirthRegistrationService.Outcome;
import vn.motcua.examples.vendor.BirthRegistrationService.Submission;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.TokenExpiredException;
import vn.motcua.testkit.Stubs;
import vn.motcua.testkit.idp.TokenFault;
import vn.motcua.testkit.junit.MotcuaStubs;
import vn.motcua.testkit.persona.Persona;
import vn.motcua.testkit.portal.PortalFault;

/**
 * The vendor's own test: the whole application against the stub e-ID provider and the stub portal,
 * started by {@code @MotcuaStubs} and reset before every test.
 */
@MotcuaStubs
class BirthRegistrationServiceTest {
  Stubs stubs; // injected
  BirthRegistrationService app;

  @BeforeEach
  void startApp() {
    app =
        new BirthRegistrationService(
            new BirthRegistrationService.Settings(
                stubs.issuer(),
                stubs.clientId(),
                stubs.clientSecret(),
                URI.create(stubs.redirectUris().get(0)),
                stubs.dvcqgBaseUrl(),
                stubs.portal().username(),
                stubs.portal().password(),
                AgencyCode.parse("000.00.12.H01"),
                "UBND phường Tràng Tiền",
                Duration.ofMillis(10)),
            Clock.systemUTC());
  }

  @AfterEach
  void stopApp() {
    app.close();
  }

  /**
   * What the browser does: follow the redirect to the provider, sign in as a persona, come back.
   */
  private CitizenIdentity signIn(String personaId) {
    URI toProvider = app.startLogin("browser-1");
    URI callback = stubs.identityProvider().simulateLogin(toProvider, personaId);
    return app.finishLogin("browser-1", callback);
  }

  @Test
  void citizen_signsIn_andTheDossierReachesThePortal() {
    Persona persona = stubs.persona("citizen-02");

    CitizenIdentity citizen = signIn(persona.id());
    Submission submission = app.submit(citizen);

    assertThat(citizen.personalIdNumber()).contains(persona.personalIdNumber());
    assertThat(submission.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(stubs.portal().stored(submission.dossierCode()))
        .hasValueSatisfying(
            d -> assertThat(d.ownerId()).isEqualTo(persona.personalIdNumber().value()));
  }

  @Test
  void portalAnswers503Once_theAppRetries_andTheDossierIsStoredOnce() {
    CitizenIdentity citizen = signIn("citizen-01");
    stubs.portalFaults().next("DongBoHoSoMC", PortalFault.HTTP_503);

    Submission submission = app.submit(citizen);

    assertThat(submission.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(stubs.portal().versions(submission.dossierCode())).hasSize(1);
    assertThat(stubs.portalFaults().injected()).isEqualTo(1);
    assertThat(stubs.portal().attemptsByKey().values()).containsExactly(2); // 503, then stored
  }

  @Test
  void portalStaysDown_theAppSaysRetryLater_andNothingIsStored() {
    CitizenIdentity citizen = signIn("citizen-01");
    stubs.portalFaults().every("DongBoHoSoMC", PortalFault.HTTP_503);

    Submission submission = app.submit(citizen);

    assertThat(submission.outcome()).isEqualTo(Outcome.RETRY_LATER);
    assertThat(submission.reasons()).containsExactly("portal.unavailable");
    assertThat(stubs.portal().dossierCodes()).isEmpty();
  }

  @Test
  void portalSessionExpires_theAppLogsInAgain_andGoesOn() {
    CitizenIdentity citizen = signIn("citizen-01");
    assertThat(app.submit(citizen).outcome()).isEqualTo(Outcome.ACCEPTED);

    stubs.portal().expireSessions();
    Submission second = app.submit(citizen);

    assertThat(second.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(stubs.portal().logins()).isEqualTo(2);
    assertThat(stubs.portal().dossierCodes()).hasSize(2);
  }

  @Test
  void expiredIdToken_isRefused_andNothingIsSubmitted() {
    stubs.identityProviderFaults().nextIdToken(TokenFault.EXPIRED);

    assertThatThrownBy(() -> signIn("citizen-01")).isInstanceOf(TokenExpiredException.class);
    assertThat(stubs.portal().requestCount()).isZero();
  }
}
