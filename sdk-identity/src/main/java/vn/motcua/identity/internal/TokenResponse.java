package vn.motcua.identity.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.privacy.Mask;

/**
 * The parts of a successful token endpoint answer the flow uses.
 *
 * @param idToken null only in a refresh answer, where OpenID Connect Core 12.2 allows leaving it
 *     out
 * @param refreshToken null when the provider issued none
 * @param expiresAt when the access token expires, if the answer said
 */
public record TokenResponse(
    String accessToken,
    @Nullable String idToken,
    @Nullable String refreshToken,
    @Nullable Instant expiresAt) {

  /** Returns which parts are present; never a token. */
  @Override
  public String toString() {
    return "TokenResponse[accessToken="
        + Mask.secret(accessToken)
        + ", idToken="
        + Mask.secret(idToken)
        + ", refreshToken="
        + Mask.secret(refreshToken)
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
