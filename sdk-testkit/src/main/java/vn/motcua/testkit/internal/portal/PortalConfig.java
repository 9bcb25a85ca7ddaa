package vn.motcua.testkit.internal.portal;

import java.time.Clock;
import java.time.Duration;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;

/**
 * The stub portal's fixed settings.
 *
 * @param clock the clock for tokens and {@code Retry-After} dates
 * @param username the DVCQG adapter account
 * @param password its password
 * @param clientId the LGSP client id
 * @param clientSecret its secret
 * @param tokenLifetime how long LGSP tokens live
 * @param catalogue the procedures served
 */
public record PortalConfig(
    Clock clock,
    String username,
    String password,
    String clientId,
    String clientSecret,
    Duration tokenLifetime,
    ProcedureCatalogue catalogue) {}
