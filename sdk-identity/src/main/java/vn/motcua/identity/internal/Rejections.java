package vn.motcua.identity.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.TokenRejectedException;

/** Builds the rejections of the verifier; arguments are names and limits, never token content. */
final class Rejections {
  private Rejections() {}

  static TokenRejectedException reject(String code) {
    return new TokenRejectedException(code, Map.of(), null);
  }

  static TokenRejectedException reject(String code, String arg, Object value) {
    return new TokenRejectedException(code, Map.of(arg, value), null);
  }

  static TokenRejectedException reject(String code, @Nullable Throwable libraryFailure) {
    return new TokenRejectedException(
        code, Map.of(), libraryFailure == null ? null : RedactedCause.of(libraryFailure));
  }

  static TokenRejectedException malformed() {
    return reject(IdentityCodes.TOKEN_MALFORMED);
  }

  static TokenRejectedException missingClaim(String claim) {
    return reject(IdentityCodes.TOKEN_MISSING_CLAIM, "claim", claim);
  }

  static TokenRejectedException claimType(String claim) {
    return reject(IdentityCodes.TOKEN_CLAIM_TYPE, "claim", claim);
  }
}
