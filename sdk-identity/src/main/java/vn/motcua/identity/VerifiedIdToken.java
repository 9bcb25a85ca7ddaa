package vn.motcua.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.core.privacy.Mask;
import vn.motcua.identity.internal.TokenFacts;

/**
 * An ID token that passed every check of an {@link IdTokenVerifier}: signature, issuer, audience,
 * times, nonce, assurance and {@code at_hash} as configured.
 *
 * <p>{@link #claims()} holds every claim as plain Java values (maps, lists, strings, {@code Long}
 * or {@code BigInteger} integers, other numbers, booleans, {@code null}), unmodifiable at every
 * depth, for a {@link ClaimProfile} to map into a {@link CitizenIdentity}. <b>Claim values are
 * personal data</b> (names, ID numbers, birth dates): never log them. {@link #toString()} shows
 * only the issuer, the masked subject, the audience, times, the assurance level and claim names.
 *
 * <p>Immutable and thread-safe.
 */
public final class VerifiedIdToken {
  private final TokenFacts facts;

  VerifiedIdToken(TokenFacts facts) {
    this.facts = facts;
  }

  /** Returns the subject ({@code sub}): the provider's stable identifier of the account. */
  public String subject() {
    return facts.subject();
  }

  /** Returns the issuer ({@code iss}), equal to the configured one. */
  public String issuer() {
    return facts.issuer();
  }

  /** Returns the audience ({@code aud}), which contains the client id. */
  public List<String> audience() {
    return facts.audience();
  }

  /** Returns the authorized party ({@code azp}), if present; then it is the client id. */
  public Optional<String> authorizedParty() {
    return Optional.ofNullable(facts.authorizedParty());
  }

  /** Returns when the token was issued ({@code iat}). */
  public Instant issuedAt() {
    return facts.issuedAt();
  }

  /** Returns when the token expires ({@code exp}). */
  public Instant expiresAt() {
    return facts.expiresAt();
  }

  /** Returns when the user authenticated ({@code auth_time}), if the token says. */
  public Optional<Instant> authTime() {
    return Optional.ofNullable(facts.authTime());
  }

  /** Returns the authentication context class ({@code acr}), if present. */
  public Optional<String> acr() {
    return Optional.ofNullable(facts.acr());
  }

  /** Returns the authentication methods ({@code amr}); empty when absent. */
  public List<String> amr() {
    return facts.amr();
  }

  /**
   * Returns the level of assurance the verifier's {@link ClaimProfile} reads from the token's
   * claims; {@link AssuranceLevel#NONE} when it recognises none.
   */
  public AssuranceLevel assuranceLevel() {
    return facts.assuranceLevel();
  }

  /** Returns whether the token's nonce was compared with the login's and recorded as used. */
  public boolean isNonceChecked() {
    return facts.nonceChecked();
  }

  /** Returns the signature algorithm, such as {@code RS256}. */
  public String algorithm() {
    return facts.algorithm();
  }

  /** Returns the id of the key that verified the signature, if the token named one. */
  public Optional<String> keyId() {
    return Optional.ofNullable(facts.keyId());
  }

  /** Returns whether the token arrived encrypted (JWE) and was decrypted before verification. */
  public boolean wasEncrypted() {
    return facts.encrypted();
  }

  /**
   * Returns every claim, unmodifiable at every depth. The values are personal data: map them, do
   * not log them.
   */
  public Map<String, Object> claims() {
    return facts.claims();
  }

  /** Returns the claim {@code name}, if present and not JSON {@code null}. */
  public Optional<Object> claim(String name) {
    return Optional.ofNullable(facts.claims().get(name));
  }

  /** Returns the claim {@code name} if it is a JSON string. */
  public Optional<String> stringClaim(String name) {
    return facts.claims().get(name) instanceof String value ? Optional.of(value) : Optional.empty();
  }

  /** Returns issuer, masked subject, audience, times, assurance and claim names; no values. */
  @Override
  public String toString() {
    return "VerifiedIdToken[iss="
        + facts.issuer()
        + ", sub="
        + Mask.idNumber(facts.subject())
        + ", aud="
        + facts.audience()
        + ", iat="
        + facts.issuedAt()
        + ", exp="
        + facts.expiresAt()
        + ", alg="
        + facts.algorithm()
        + ", assurance="
        + facts.assuranceLevel()
        + ", claims="
        + facts.claims().keySet()
        + "]";
  }
}
