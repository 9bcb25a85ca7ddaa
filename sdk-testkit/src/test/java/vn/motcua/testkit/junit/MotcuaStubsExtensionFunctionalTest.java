package vn.motcua.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalUnavailableException;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.testkit.Stubs;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.idp.TokenFault;
import vn.motcua.testkit.persona.PersonaPack;
import vn.motcua.testkit.portal.PortalFault;
import vn.motcua.testkit.portal.StubPortal;

@MotcuaStubs
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MotcuaStubsExtensionFunctionalTest {
  static Stubs classStubs;
  static Stubs seenInBeforeAll;
  private Stubs stubs;
  HttpTransport transport;
  DvcqgClient client;

  @BeforeAll
  static void beforeAll(Stubs fromParameter) {
    seenInBeforeAll = fromParameter;
    assertThat(fromParameter.isRunning()).isTrue();
  }

  @BeforeEach
  void connect() {
    transport = StubsTestSupport.transport();
    client = StubsTestSupport.dvcqg(stubs, transport);
  }

  @AfterEach
  void close() {
    client.close();
    transport.close();
  }

  @Test
  @Order(1)
  void injects_oneRunningPair_intoFieldsAndParameters(
      Stubs param, StubIdentityProvider idp, StubPortal portal, PersonaPack personas) {
    assertThat(classStubs).isNotNull().isSameAs(stubs).isSameAs(param).isSameAs(seenInBeforeAll);
    assertThat(idp).isSameAs(stubs.identityProvider());
    assertThat(portal).isSameAs(stubs.portal());
    assertThat(personas).isSameAs(stubs.personas()).isEqualTo(PersonaPack.defaults());
    assertThat(idp.isRunning()).isTrue();
    assertThat(portal.isRunning()).isTrue();
    assertThat(stubs.issuer().toString()).startsWith("http://localhost:");
    assertThat(stubs.dvcqgBaseUrl().toString()).endsWith("/dvcqg");
    assertThat(stubs.redirectUris()).containsExactly(Stubs.DEFAULT_REDIRECT_URI);
    assertThat(idp.client(Stubs.DEFAULT_CLIENT_ID)).isPresent();
  }

  @Test
  @Order(2)
  void firstTest_leavesStateBehind() {
    stubs.identityProvider().signInAs("citizen-07");
    CitizenIdentity citizen = StubsTestSupport.signIn(stubs, transport);
    assertThat(citizen.personalIdNumber()).contains(stubs.persona("citizen-07").personalIdNumber());

    client.syncDossier(StubsTestSupport.acceptedDossier());
    assertThat(stubs.portal().dossierCodes()).hasSize(1);

    stubs.portalFaults().every(null, PortalFault.HTTP_503);
    stubs.identityProviderFaults().everyIdToken(TokenFault.EXPIRED);
    assertThatThrownBy(client::procedures).isInstanceOf(PortalUnavailableException.class);
    assertThat(stubs.portal().logins()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void nextTest_findsEverythingReset() {
    StubPortal portal = stubs.portal();
    assertThat(portal.dossierCodes()).isEmpty();
    assertThat(portal.logins()).isZero();
    assertThat(portal.requestCount()).isZero();
    assertThat(portal.faults().injected()).isZero();
    assertThat(portal.attemptsByKey()).isEmpty();

    // no fault left, the session of the last test is gone (a new login), the default persona
    assertThat(client.procedures()).isNotEmpty();
    assertThat(portal.logins()).isEqualTo(1);
    CitizenIdentity citizen = StubsTestSupport.signIn(stubs, transport);
    assertThat(citizen.personalIdNumber())
        .contains(stubs.personas().defaultPersona().personalIdNumber());
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class NestedWithoutAnnotation {
    @Test
    @Order(1)
    void sharesTheEnclosingClassStubs(Stubs param) {
      assertThat(param).isSameAs(classStubs).isSameAs(stubs);
      client.syncDossier(StubsTestSupport.acceptedDossier());
    }

    @Test
    @Order(2)
    void isResetBeforeEachOfItsTests(Stubs param) {
      assertThat(param.portal().dossierCodes()).isEmpty();
    }
  }

  @Nested
  @MotcuaStubs
  class NestedWithItsOwnAnnotation {
    Stubs own;

    @Test
    void getsStubsOfItsOwn(Stubs param) {
      assertThat(own).isSameAs(param).isNotSameAs(classStubs);
      assertThat(own.portal().port()).isNotEqualTo(classStubs.portal().port());
      assertThat(classStubs.isRunning()).isTrue();
    }
  }
}
