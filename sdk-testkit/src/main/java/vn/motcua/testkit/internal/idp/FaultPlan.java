package vn.motcua.testkit.internal.idp;

import vn.motcua.testkit.idp.AuthorizationResponseFault;
import vn.motcua.testkit.idp.DiscoveryFault;
import vn.motcua.testkit.idp.JwksFault;
import vn.motcua.testkit.idp.TokenFault;
import vn.motcua.testkit.idp.UserInfoFault;

/**
 * The faults waiting for each kind of response.
 *
 * @param idToken faults for minted ID tokens
 * @param authorizationResponse faults for redirects from the authorization endpoint
 * @param userInfo faults for userinfo responses
 * @param discovery faults for the discovery document
 * @param jwks faults for the JWKS endpoint
 */
public record FaultPlan(
    FaultChannel<TokenFault> idToken,
    FaultChannel<AuthorizationResponseFault> authorizationResponse,
    FaultChannel<UserInfoFault> userInfo,
    FaultChannel<DiscoveryFault> discovery,
    FaultChannel<JwksFault> jwks) {

  /** Creates a plan with no faults. */
  public FaultPlan() {
    this(
        new FaultChannel<>(),
        new FaultChannel<>(),
        new FaultChannel<>(),
        new FaultChannel<>(),
        new FaultChannel<>());
  }

  /** Removes every fault of every channel. */
  public void clear() {
    idToken.clear();
    authorizationResponse.clear();
    userInfo.clear();
    discovery.clear();
    jwks.clear();
  }
}
