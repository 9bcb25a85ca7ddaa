package vn.motcua.testkit.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.ClientAuthentication;
import vn.motcua.identity.LoginTransaction;
import vn.motcua.identity.RelyingParty;
import vn.motcua.testkit.Stubs;

/** Clients of the SDK pointed at injected stubs, without retries. */
final class StubsTestSupport {
  static final String AGENCY = "000.00.12.H01";

  private StubsTestSupport() {}

  static HttpTransport transport() {
    return HttpTransport.builder().retryPolicy(RetryPolicy.none()).build();
  }

  static DvcqgClient dvcqg(Stubs stubs, HttpTransport transport) {
    return DvcqgClient.builder()
        .baseUrl(stubs.dvcqgBaseUrl())
        .username(stubs.portal().username())
        .password(stubs.portal().password())
        .agencyCode(AGENCY)
        .transport(transport)
        .build();
  }

  /** Signs in through the default client, letting the stub pick the persona. */
  static CitizenIdentity signIn(Stubs stubs, HttpTransport transport) {
    try (RelyingParty rp =
        RelyingParty.builder()
            .issuer(stubs.issuer().toString())
            .clientId(stubs.clientId())
            .clientAuthentication(ClientAuthentication.clientSecretBasic(stubs.clientSecret()))
            .redirectUri(stubs.redirectUris().get(0))
            .transport(transport)
            .build()) {
      AuthorizationRequest request = rp.beginLogin();
      LoginTransaction transaction = request.transaction();
      URI callback = stubs.identityProvider().simulateLogin(request.url());
      return rp.complete(transaction, callback).identity();
    }
  }

  /** The accepted (status 2) synthetic dossier of the portal tests. */
  static Dossier acceptedDossier() {
    try (InputStream in =
        StubsTestSupport.class.getResourceAsStream(
            "/vn/motcua/testkit/portal/accepted-dossier.json")) {
      PortalDossier element = MotcuaJson.lenient().read(in.readAllBytes(), PortalDossier.class);
      return DvcqgMapping.defaults().fromPortal(element);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
