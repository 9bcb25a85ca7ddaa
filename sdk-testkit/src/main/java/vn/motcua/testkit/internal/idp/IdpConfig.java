package vn.motcua.testkit.internal.idp;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import vn.motcua.testkit.persona.AccountLevel;
import vn.motcua.testkit.persona.PersonaPack;

/**
 * The stub's fixed settings.
 *
 * @param clock the source of "now" for every time claim and expiry
 * @param personas who can sign in
 * @param codeLifetime how long an authorization code can be redeemed
 * @param accessTokenLifetime how long an access token works at userinfo
 * @param idTokenLifetime {@code exp} minus {@code iat} of an ID token
 * @param acrValues the {@code acr} value of each account level
 */
public record IdpConfig(
    Clock clock,
    PersonaPack personas,
    Duration codeLifetime,
    Duration accessTokenLifetime,
    Duration idTokenLifetime,
    Map<AccountLevel, String> acrValues) {

  /** Copies the map. */
  public IdpConfig {
    acrValues = Map.copyOf(acrValues);
  }

  String acr(AccountLevel level) {
    return acrValues.get(level);
  }
}
