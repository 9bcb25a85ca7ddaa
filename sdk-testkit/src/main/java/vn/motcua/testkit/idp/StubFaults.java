package vn.motcua.testkit.idp;

import vn.motcua.testkit.internal.idp.FaultPlan;

/**
 * The faults a {@link StubIdentityProvider} puts into its responses: {@code next*} faults apply to
 * one response each, in the order they were queued; an {@code every*} fault applies to every
 * response of its kind once the queued ones are used, until {@link #clear()}.
 *
 * <p>Thread-safe. Faults apply to responses in the order the stub builds them, so a test that
 * queues a fault should make the request it is meant for before any other of that kind.
 */
public final class StubFaults {
  private final FaultPlan plan;

  StubFaults(FaultPlan plan) {
    this.plan = plan;
  }

  /** Puts a defect into the next ID token minted (authorization code or refresh grant). */
  public StubFaults nextIdToken(TokenFault fault) {
    plan.idToken().next(fault);
    return this;
  }

  /** Puts a defect into every ID token minted from now on. */
  public StubFaults everyIdToken(TokenFault fault) {
    plan.idToken().every(fault);
    return this;
  }

  /** Puts a defect into the next redirect of the authorization endpoint (success or error). */
  public StubFaults nextAuthorizationResponse(AuthorizationResponseFault fault) {
    plan.authorizationResponse().next(fault);
    return this;
  }

  /** Puts a defect into every redirect of the authorization endpoint from now on. */
  public StubFaults everyAuthorizationResponse(AuthorizationResponseFault fault) {
    plan.authorizationResponse().every(fault);
    return this;
  }

  /** Puts a defect into the next successful userinfo response. */
  public StubFaults nextUserInfo(UserInfoFault fault) {
    plan.userInfo().next(fault);
    return this;
  }

  /** Puts a defect into every successful userinfo response from now on. */
  public StubFaults everyUserInfo(UserInfoFault fault) {
    plan.userInfo().every(fault);
    return this;
  }

  /** Puts a defect into the next discovery document served. */
  public StubFaults nextDiscovery(DiscoveryFault fault) {
    plan.discovery().next(fault);
    return this;
  }

  /** Puts a defect into every discovery document served from now on. */
  public StubFaults everyDiscovery(DiscoveryFault fault) {
    plan.discovery().every(fault);
    return this;
  }

  /** Makes the next JWKS request fail or surprise as the fault says. */
  public StubFaults nextJwks(JwksFault fault) {
    plan.jwks().next(fault);
    return this;
  }

  /** Makes every JWKS request fail or surprise as the fault says, from now on. */
  public StubFaults everyJwks(JwksFault fault) {
    plan.jwks().every(fault);
    return this;
  }

  /** Removes every queued and sticky fault of every kind. */
  public StubFaults clear() {
    plan.clear();
    return this;
  }

  @Override
  public String toString() {
    return "StubFaults";
  }
}
