package vn.motcua.identity;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The ID token is not accepted: malformed, badly signed, for another client, replayed, and so on;
 * {@link #code()} says which check failed. Retrying with the same token never helps: refuse the
 * login and let the user start it again.
 *
 * <p>Expiry has its own subtype, {@link TokenExpiredException}, because it is ordinary and calls
 * for a fresh sign-in rather than an alarm.
 */
public class TokenRejectedException extends IdentityException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param code a stable {@code identity.token.*}, {@code identity.nonce.*} or {@code
   *     identity.auth_time.*} code from {@link IdentityCodes}
   * @param args placeholder values: claim names and limits, never token content
   * @param cause the underlying failure, if any, free of token content
   */
  public TokenRejectedException(String code, Map<String, ?> args, @Nullable Throwable cause) {
    super(code, args, false, cause);
  }
}
