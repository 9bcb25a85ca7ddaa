package vn.motcua.identity;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.privacy.Mask;

/**
 * A completed login or refresh: the verified {@link CitizenIdentity}, the verified ID token it came
 * from, and the tokens the provider issued.
 *
 * <p>The access and refresh tokens are secrets, and the identity is personal data: keep them
 * server-side. {@link #toString()} masks the identity and shows no token. Immutable and
 * thread-safe.
 */
public final class LoginResult {
  private final CitizenIdentity identity;
  private final @Nullable VerifiedIdToken idToken;
  private final String accessToken;
  private final @Nullable String refreshToken;
  private final @Nullable Instant accessTokenExpiresAt;

  LoginResult(
      CitizenIdentity identity,
      @Nullable VerifiedIdToken idToken,
      String accessToken,
      @Nullable String refreshToken,
      @Nullable Instant accessTokenExpiresAt) {
    this.identity = identity;
    this.idToken = idToken;
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
    this.accessTokenExpiresAt = accessTokenExpiresAt;
  }

  /** Returns the verified person or business, at the required level of assurance. */
  public CitizenIdentity identity() {
    return identity;
  }

  /**
   * Returns the verified ID token. Always present after {@link RelyingParty#complete}; after {@link
   * RelyingParty#refresh}, present when the provider sent a new ID token (OpenID Connect Core 12.2
   * lets it leave it out, and then {@link #identity()} is the previous one).
   */
  public Optional<VerifiedIdToken> idToken() {
    return Optional.ofNullable(idToken);
  }

  /** Returns the access token, for the provider's APIs. A secret. */
  public String accessToken() {
    return accessToken;
  }

  /**
   * Returns the refresh token, for {@link RelyingParty#refresh}, if the provider issued one; after
   * a refresh that did not rotate it, the one refreshed with. A secret.
   */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /** Returns when the access token expires, if the provider said ({@code expires_in}). */
  public Optional<Instant> accessTokenExpiresAt() {
    return Optional.ofNullable(accessTokenExpiresAt);
  }

  /** Returns the masked identity and which tokens are present; never a token. */
  @Override
  public String toString() {
    return "LoginResult[identity="
        + identity
        + ", idToken="
        + (idToken == null ? "none" : "verified")
        + ", accessToken="
        + Mask.secret(accessToken)
        + ", refreshToken="
        + (refreshToken == null ? "none" : Mask.secret(refreshToken))
        + ", accessTokenExpiresAt="
        + accessTokenExpiresAt
        + "]";
  }
}
