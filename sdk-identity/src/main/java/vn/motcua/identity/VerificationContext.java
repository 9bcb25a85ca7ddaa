package vn.motcua.identity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.privacy.Mask;

/**
 * What one verification must check besides the verifier's fixed settings: the nonce the login sent,
 * the access token the ID token came with, the {@code max_age} the login asked for, a level of
 * assurance stricter than the verifier's, the subject a refreshed token must keep.
 *
 * <p>Whether a nonce is expected is always an explicit choice: start from {@link
 * #expectingNonce(String)} for a login response, or {@link #withoutNonce()} for a refreshed ID
 * token (which carries no nonce). Immutable and thread-safe; {@link #toString()} never shows the
 * nonce or the access token.
 */
public final class VerificationContext {
  private final @Nullable String nonce;
  private final @Nullable String accessToken;
  private final boolean atHashRequired;
  private final @Nullable Duration maxAge;
  private final @Nullable AssuranceLevel requiredAssurance;
  private final @Nullable String expectedSubject;

  private VerificationContext(Builder b) {
    this.nonce = b.nonce;
    this.accessToken = b.accessToken;
    this.atHashRequired = b.atHashRequired;
    this.maxAge = b.maxAge;
    this.requiredAssurance = b.requiredAssurance;
    this.expectedSubject = b.expectedSubject;
  }

  /**
   * Starts a context for a token answering a login request that sent {@code nonce}: the token must
   * carry the same nonce ({@code identity.nonce.missing}, {@code identity.nonce.mismatch}), which
   * is then recorded as used ({@code identity.nonce.replay} for a second token with it).
   */
  public static Builder expectingNonce(String nonce) {
    Objects.requireNonNull(nonce, "nonce");
    if (nonce.isEmpty()) {
      throw new IllegalArgumentException("nonce must not be empty");
    }
    return new Builder(nonce);
  }

  /**
   * Starts a context for a token with no nonce to check, such as a refreshed ID token. A nonce in
   * the token is then neither compared nor recorded.
   */
  public static Builder withoutNonce() {
    return new Builder(null);
  }

  /** Returns the nonce the login sent, if one is expected. */
  public Optional<String> nonce() {
    return Optional.ofNullable(nonce);
  }

  /** Returns the access token whose {@code at_hash} is checked, if given. */
  public Optional<String> accessToken() {
    return Optional.ofNullable(accessToken);
  }

  /** Returns whether the token must carry an {@code at_hash}. */
  public boolean isAtHashRequired() {
    return atHashRequired;
  }

  /** Returns the {@code max_age} the login asked for, if any. */
  public Optional<Duration> maxAge() {
    return Optional.ofNullable(maxAge);
  }

  /** Returns the level of assurance this verification requires, if stricter than the verifier's. */
  public Optional<AssuranceLevel> requiredAssurance() {
    return Optional.ofNullable(requiredAssurance);
  }

  /** Returns the subject the token must have, if given. */
  public Optional<String> expectedSubject() {
    return Optional.ofNullable(expectedSubject);
  }

  @Override
  public String toString() {
    return "VerificationContext[nonce="
        + Mask.secret(nonce)
        + ", accessToken="
        + Mask.secret(accessToken)
        + ", atHashRequired="
        + atHashRequired
        + ", maxAge="
        + maxAge
        + ", requiredAssurance="
        + requiredAssurance
        + ", expectedSubject="
        + (expectedSubject == null ? "null" : Mask.idNumber(expectedSubject))
        + "]";
  }

  /** Collects a context; not thread-safe. */
  public static final class Builder {
    private final @Nullable String nonce;
    private @Nullable String accessToken;
    private boolean atHashRequired;
    private @Nullable Duration maxAge;
    private @Nullable AssuranceLevel requiredAssurance;
    private @Nullable String expectedSubject;

    private Builder(@Nullable String nonce) {
      this.nonce = nonce;
    }

    /**
     * Sets the access token of the same token response: when the ID token carries {@code at_hash},
     * it must match ({@code identity.token.at_hash}).
     */
    public Builder accessToken(String accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
      return this;
    }

    /**
     * Requires {@code at_hash} in the token ({@code identity.token.missing_claim} without it);
     * needs {@link #accessToken(String)}.
     */
    public Builder requireAtHash() {
      this.atHashRequired = true;
      return this;
    }

    /**
     * Sets the {@code max_age} the login asked for: the token must carry {@code auth_time}, no
     * older than this plus the clock skew ({@code identity.auth_time.too_old}).
     */
    public Builder maxAge(Duration maxAge) {
      Objects.requireNonNull(maxAge, "maxAge");
      if (maxAge.isNegative()) {
        throw new IllegalArgumentException("maxAge must not be negative");
      }
      this.maxAge = maxAge;
      return this;
    }

    /**
     * Requires at least this level of assurance for this verification, when it is stricter than the
     * verifier's own requirement ({@link AssuranceTooLowException} otherwise).
     */
    public Builder requiredAssurance(AssuranceLevel level) {
      this.requiredAssurance = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Requires the token's subject to be {@code subject} ({@code identity.token.subject}), as a
     * refreshed ID token must keep the subject of the first one.
     */
    public Builder expectedSubject(String subject) {
      this.expectedSubject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * Returns the context.
     *
     * @throws IllegalStateException when {@code at_hash} is required without an access token
     */
    public VerificationContext build() {
      if (atHashRequired && accessToken == null) {
        throw new IllegalStateException("requireAtHash() needs the access token");
      }
      return new VerificationContext(this);
    }
  }
}
