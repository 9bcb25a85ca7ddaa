package vn.motcua.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.internal.DecryptionKeys;
import vn.motcua.identity.internal.JwsAlgorithms;
import vn.motcua.identity.internal.TokenVerification;
import vn.motcua.identity.internal.VerifierSettings;

/**
 * Verifies OpenID Connect ID tokens completely, for one issuer and one client.
 *
 * <p>Checked, in this order, each failure with its own code ({@link IdentityCodes}): length before
 * parsing ({@code identity.token.too_large}); compact shape and strict base64url ({@code
 * .malformed}); decryption when the token is a JWE ({@code .decryption}); {@code alg} against the
 * configured allow-list, exactly and case-sensitively, never trusting the header ({@code
 * .algorithm}: {@code none} in any casing, unlisted algorithms, HMAC without a configured secret);
 * unknown {@code crit} ({@code .crit}); {@code typ} absent, {@code JWT} or {@code application/jwt}
 * ({@code .type}); the key from the {@link JwksSource} by {@code kid} ({@code .key_not_found},
 * {@code .weak_key}, {@code identity.jwks.unavailable}); the signature ({@code .signature}); then
 * the claims: no {@code events} (a logout token), {@code iss} equal to the issuer, {@code sub},
 * {@code aud} containing the client id with every other audience trusted, {@code azp} when there
 * are several audiences, {@code exp}, {@code nbf} and {@code iat} within the clock skew and the
 * maximum token age, the context's nonce, subject, {@code max_age} and {@code at_hash}, and the
 * level of assurance. The nonce is recorded as used last ({@code identity.nonce.replay}).
 *
 * <p>Keys come only from the {@link JwksSource}: {@code jwk}, {@code jku}, {@code x5u} and {@code
 * x5c} headers are ignored. Claims are parsed only after the signature verified, by one strict JSON
 * parser that rejects duplicate names. Nothing of the token appears in any exception or log line.
 *
 * <p>Immutable and thread-safe: build one per issuer and client at start-up and share it. The
 * signature verifiers for the provider's keys are built once per key set, not per token.
 */
public final class IdTokenVerifier {
  private static final Set<JWSAlgorithm> DEFAULT_ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

  private final VerifierSettings settings;
  private final TokenVerification verification;

  private IdTokenVerifier(VerifierSettings settings) {
    this.settings = settings;
    this.verification = new TokenVerification(settings);
  }

  /** Returns a builder; issuer, client id and a key source are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies an ID token.
   *
   * @param idToken the {@code id_token} of a token response, compact JWS or JWE
   * @param context the nonce and other per-login expectations
   * @return the verified token, whose claims a {@link ClaimProfile} maps to an identity
   * @throws TokenExpiredException when the token has expired
   * @throws AssuranceTooLowException when the level of assurance is below the required one
   * @throws TokenRejectedException for every other check that fails, its code naming the check
   * @throws IdentityException {@code identity.jwks.unavailable} (retryable) when no key set may be
   *     used, {@code identity.nonce.store_full} (retryable) when the nonce store is full
   */
  public VerifiedIdToken verify(String idToken, VerificationContext context) {
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(context, "context");
    try {
      return new VerifiedIdToken(verification.verify(idToken, context));
    } catch (IdentityException e) {
      throw e;
    } catch (RuntimeException unexpected) {
      // A library failing on hostile input must still surface as a typed, value-free rejection.
      throw new TokenRejectedException(
          IdentityCodes.TOKEN_MALFORMED,
          Map.of(),
          new IllegalStateException(unexpected.getClass().getName()));
    }
  }

  /**
   * Verifies a signed userinfo answer (media type {@code application/jwt}, OpenID Connect Core
   * 5.3.2) with the same keys, algorithm allow-list and decryption keys as ID tokens, and returns
   * its claims for {@link ClaimProfile#toIdentity(VerifiedIdToken, Map)}.
   *
   * <p>The header and signature checks are those of {@link #verify}; then {@code sub} must equal
   * {@code expectedSubject} (the ID token's), and {@code iss} and {@code aud}, optional here, must
   * name the issuer and include the client id when present. No time claim is required and no nonce
   * is involved. A plain JSON userinfo answer needs none of this: only its {@code sub} is compared,
   * which {@link ClaimProfile#toIdentity(VerifiedIdToken, Map)} does.
   *
   * @param userInfoJwt the body of the userinfo answer, a compact JWS (or a JWE holding one)
   * @param expectedSubject the verified ID token's subject
   * @return every claim, unmodifiable at every depth; personal data, never log it
   * @throws TokenRejectedException for a failed check, its code naming it as for an ID token
   * @throws IdentityException {@code identity.userinfo.subject_mismatch} when {@code sub} differs,
   *     {@code identity.jwks.unavailable} (retryable) when no key set may be used
   */
  public Map<String, Object> verifyUserInfo(String userInfoJwt, String expectedSubject) {
    Objects.requireNonNull(userInfoJwt, "userInfoJwt");
    Objects.requireNonNull(expectedSubject, "expectedSubject");
    Map<String, Object> claims;
    try {
      claims = verification.verifyUserInfo(userInfoJwt);
    } catch (IdentityException e) {
      throw e;
    } catch (RuntimeException unexpected) {
      throw new TokenRejectedException(
          IdentityCodes.TOKEN_MALFORMED,
          Map.of(),
          new IllegalStateException(unexpected.getClass().getName()));
    }
    if (!expectedSubject.equals(claims.get("sub"))) {
      throw new IdentityException(IdentityCodes.USERINFO_SUBJECT_MISMATCH, Map.of(), false, null);
    }
    return claims;
  }

  /** Returns the issuer tokens must come from. */
  public String issuer() {
    return settings.issuer();
  }

  /** Returns the client id tokens must be meant for. */
  public String clientId() {
    return settings.clientId();
  }

  /** Returns the allowed signature algorithms' names. */
  public Set<String> allowedAlgorithms() {
    return settings.allowedAlgorithms().stream()
        .map(JWSAlgorithm::getName)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Returns the claim profile that reads the level of assurance. */
  public ClaimProfile claimProfile() {
    return settings.profile();
  }

  /** Returns issuer, client id and settings; never the client secret or keys. */
  @Override
  public String toString() {
    return "IdTokenVerifier[issuer="
        + settings.issuer()
        + ", clientId="
        + settings.clientId()
        + ", algorithms="
        + allowedAlgorithms()
        + ", clockSkew="
        + settings.clockSkew()
        + ", maxTokenAge="
        + settings.maxTokenAge()
        + ", requiredAssurance="
        + settings.requiredAssurance()
        + ", encrypted="
        + (settings.decryptionKeys() != null)
        + "]";
  }

  /**
   * Collects a verifier's settings; not thread-safe.
   *
   * <p>Defaults: algorithms RS256, PS256 and ES256; clock skew 60 s; maximum token age 10 minutes
   * (an ID token is verified seconds after the provider issues it, at the end of the login; ten
   * minutes tolerate slow networks and clocks while bounding how long a leaked token stays usable
   * and how long the nonce store must remember); maximum token length 16 KiB; no required level of
   * assurance; the {@linkplain ClaimProfiles#standardOidc() standard} claim profile for {@code
   * acr}; an in-memory nonce store of 100,000 entries; the system UTC clock.
   */
  public static final class Builder {
    private static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final int MIN_SECRET_BYTES = 32;

    private @Nullable String issuer;
    private @Nullable String clientId;
    private @Nullable JwksSource jwksSource;
    private Set<JWSAlgorithm> algorithms = DEFAULT_ALGORITHMS;
    private byte @Nullable [] clientSecret;
    private Set<String> trustedAudiences = Set.of();
    private Duration clockSkew = Duration.ofSeconds(60);
    private Duration maxTokenAge = Duration.ofMinutes(10);
    private int maxTokenLength = 16 * 1024;
    private AssuranceLevel requiredAssurance = AssuranceLevel.NONE;
    private ClaimProfile claimProfile = ClaimProfiles.standardOidc();
    private @Nullable DecryptionKeys decryptionKeys;
    private boolean encryptionRequired;
    private @Nullable NonceStore nonceStore;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the issuer identifier; the token's {@code iss} must equal it exactly. Required. */
    public Builder issuer(String issuer) {
      this.issuer = requireText(issuer, "issuer");
      return this;
    }

    /** Sets this client's id; the token's {@code aud} must contain it. Required. */
    public Builder clientId(String clientId) {
      this.clientId = requireText(clientId, "clientId");
      return this;
    }

    /** Sets where the provider's public keys come from; required unless only HMAC is allowed. */
    public Builder jwksSource(JwksSource jwksSource) {
      this.jwksSource = Objects.requireNonNull(jwksSource, "jwksSource");
      return this;
    }

    /**
     * Sets the allowed signature algorithms by name, replacing the default RS256, PS256, ES256.
     * Supported: RS256/384/512, PS256/384/512, ES256/384/512, and HS256/384/512 only together with
     * {@link #clientSecret(String)}. The token's {@code alg} must be one of them, exactly.
     *
     * @throws IllegalArgumentException for an empty list, {@code none} or an unsupported name
     */
    public Builder allowedAlgorithms(String... names) {
      Set<JWSAlgorithm> chosen = new LinkedHashSet<>();
      for (String name : names) {
        chosen.add(
            JwsAlgorithms.supported(Objects.requireNonNull(name, "name"))
                .orElseThrow(
                    () ->
                        new IllegalArgumentException("unsupported signature algorithm: " + name)));
      }
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("at least one algorithm must be allowed");
      }
      this.algorithms = Set.copyOf(chosen);
      return this;
    }

    /**
     * Sets the client secret that keys HMAC-signed tokens (its UTF-8 bytes); at least 32 bytes, and
     * as many bytes as the hash for HS384 (48) and HS512 (64). HMAC algorithms must still be listed
     * in {@link #allowedAlgorithms(String...)}: a secret alone allows nothing, and HMAC tokens are
     * never checked against the provider's public keys.
     */
    public Builder clientSecret(String clientSecret) {
      byte[] bytes =
          Objects.requireNonNull(clientSecret, "clientSecret").getBytes(StandardCharsets.UTF_8);
      if (bytes.length < MIN_SECRET_BYTES) {
        throw new IllegalArgumentException("the client secret must be at least 32 bytes for HMAC");
      }
      this.clientSecret = bytes;
      return this;
    }

    /**
     * Sets audiences besides the client id that a token may name (OpenID Connect Core 3.1.3.7:
     * other audiences must be trusted); a token with several audiences must also carry {@code azp}
     * equal to the client id.
     */
    public Builder trustedAudiences(String... audiences) {
      this.trustedAudiences = Set.of(audiences);
      return this;
    }

    /** Sets the tolerated clock difference with the provider; 0 to 5 minutes, 60 s by default. */
    public Builder clockSkew(Duration clockSkew) {
      Objects.requireNonNull(clockSkew, "clockSkew");
      if (clockSkew.isNegative() || clockSkew.compareTo(MAX_SKEW) > 0) {
        throw new IllegalArgumentException("clockSkew must be from 0 to 5 minutes");
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /**
     * Sets how long after {@code iat} a token is still accepted; 1 second to 1 day, 10 minutes by
     * default. Raise it only for tokens verified long after issuance.
     */
    public Builder maxTokenAge(Duration maxTokenAge) {
      Objects.requireNonNull(maxTokenAge, "maxTokenAge");
      if (maxTokenAge.compareTo(Duration.ofSeconds(1)) < 0
          || maxTokenAge.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("maxTokenAge must be from 1 second to 1 day");
      }
      this.maxTokenAge = maxTokenAge;
      return this;
    }

    /**
     * Sets the longest token accepted, in characters, checked before anything is parsed; 1 KiB to
     * 256 KiB, 16 KiB by default.
     */
    public Builder maxTokenLength(int maxTokenLength) {
      if (maxTokenLength < 1024 || maxTokenLength > 256 * 1024) {
        throw new IllegalArgumentException("maxTokenLength must be from 1 KiB to 256 KiB");
      }
      this.maxTokenLength = maxTokenLength;
      return this;
    }

    /**
     * Sets the level of assurance every token must reach ({@link AssuranceTooLowException}
     * otherwise); a {@link VerificationContext} may ask for more, never less.
     */
    public Builder requiredAssurance(AssuranceLevel requiredAssurance) {
      this.requiredAssurance = Objects.requireNonNull(requiredAssurance, "requiredAssurance");
      return this;
    }

    /** Sets the profile that reads the level of assurance from the token's claims. */
    public Builder claimProfile(ClaimProfile claimProfile) {
      this.claimProfile = Objects.requireNonNull(claimProfile, "claimProfile");
      return this;
    }

    /**
     * Sets the client's private keys (a JWKS document) for encrypted ID tokens: RSA-OAEP-256 and
     * ECDH-ES(+A128KW/A192KW/A256KW) with AES-GCM or AES-CBC-HMAC; RSA1_5, RSA-OAEP with SHA-1,
     * PBES2 and symmetric key management are refused.
     *
     * @throws IllegalArgumentException when the document holds no usable private key
     */
    public Builder decryptionKeys(String privateJwksJson) {
      this.decryptionKeys = DecryptionKeys.parse(Objects.requireNonNull(privateJwksJson, "json"));
      return this;
    }

    /**
     * Requires every token to be encrypted ({@code identity.token.encryption_required} for a signed
     * only one), as a client registered for encrypted ID tokens should. Needs decryption keys.
     */
    public Builder requireEncryption(boolean required) {
      this.encryptionRequired = required;
      return this;
    }

    /** Sets the store that detects replayed nonces; share one across instances of a cluster. */
    public Builder nonceStore(NonceStore nonceStore) {
      this.nonceStore = Objects.requireNonNull(nonceStore, "nonceStore");
      return this;
    }

    /** Sets the clock that times are checked against. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Returns the verifier.
     *
     * @throws IllegalStateException when issuer or client id is missing, a key source is missing
     *     for asymmetric algorithms, a client secret is missing or too short for the allowed HMAC
     *     algorithms, or encryption is required without decryption keys
     */
    public IdTokenVerifier build() {
      if (issuer == null || clientId == null) {
        throw new IllegalStateException("issuer and clientId are required");
      }
      List<JWSAlgorithm> hmac = algorithms.stream().filter(JwsAlgorithms::isHmac).toList();
      boolean asymmetric = hmac.size() < algorithms.size();
      if (asymmetric && jwksSource == null) {
        throw new IllegalStateException("jwksSource is required for " + algorithms);
      }
      JWSVerifier mac = hmac.isEmpty() ? null : macVerifier(hmac);
      if (encryptionRequired && decryptionKeys == null) {
        throw new IllegalStateException("requireEncryption needs decryptionKeys");
      }
      return new IdTokenVerifier(
          new VerifierSettings(
              issuer,
              clientId,
              trustedAudiences,
              algorithms,
              jwksSource == null ? null : jwksSource.resolver(),
              mac,
              clockSkew,
              maxTokenAge,
              maxTokenLength,
              requiredAssurance,
              claimProfile,
              decryptionKeys,
              encryptionRequired,
              nonceStore != null ? nonceStore : NonceStore.inMemory(100_000, clock),
              clock));
    }

    private JWSVerifier macVerifier(List<JWSAlgorithm> hmac) {
      byte[] secret = clientSecret;
      if (secret == null) {
        throw new IllegalStateException("HMAC algorithms need clientSecret(..)");
      }
      for (JWSAlgorithm algorithm : hmac) {
        int needed = Integer.parseInt(algorithm.getName().substring(2)) / 8;
        if (secret.length < needed) {
          throw new IllegalStateException(
              algorithm.getName() + " needs a client secret of at least " + needed + " bytes");
        }
      }
      try {
        return new MACVerifier(secret);
      } catch (JOSEException e) {
        throw new IllegalStateException("the client secret cannot key HMAC", e);
      }
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }
  }
}
