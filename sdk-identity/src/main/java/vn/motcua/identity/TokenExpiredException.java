package vn.motcua.identity;

import java.util.Map;

/**
 * The ID token has expired ({@code identity.token.expired}): its {@code exp} lies further in the
 * past than the allowed clock skew. The usual reaction is a fresh sign-in, not an alarm.
 */
public class TokenExpiredException extends TokenRejectedException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with code {@link IdentityCodes#TOKEN_EXPIRED}. */
  public TokenExpiredException() {
    super(IdentityCodes.TOKEN_EXPIRED, Map.of(), null);
  }
}
