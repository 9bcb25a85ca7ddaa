package vn.motcua.testkit.idp;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A relying party registered with a {@link StubIdentityProvider}: its id, how it authenticates at
 * the token endpoint, where it may be redirected, and how it wants its tokens.
 *
 * <p>Immutable and thread-safe; only public keys are kept, whatever the builder was given. {@link
 * #toString()} never shows the secret.
 */
public final class StubClient {
  private final String clientId;
  private final ClientAuthMethod authMethod;
  private final @Nullable String secret;
  private final @Nullable JWKSet jwkSet;
  private final Set<URI> redirectUris;
  private final SigningAlgorithm idTokenAlgorithm;
  private final @Nullable RSAKey idTokenEncryptionKey;
  private final boolean userInfoSigned;

  private StubClient(Builder b) {
    this.clientId = b.clientId;
    this.secret = b.secret;
    this.jwkSet = b.jwkSet == null ? null : b.jwkSet.toPublicJWKSet();
    this.authMethod =
        b.authMethod != null
            ? b.authMethod
            : jwkSet != null
                ? ClientAuthMethod.PRIVATE_KEY_JWT
                : ClientAuthMethod.CLIENT_SECRET_BASIC;
    this.redirectUris = Set.copyOf(b.redirectUris);
    this.idTokenAlgorithm = b.idTokenAlgorithm;
    this.idTokenEncryptionKey =
        b.idTokenEncryptionKey == null ? null : b.idTokenEncryptionKey.toPublicJWK();
    this.userInfoSigned = b.userInfoSigned;
    if (redirectUris.isEmpty()) {
      throw new IllegalStateException("client " + clientId + " needs at least one redirect URI");
    }
    if (authMethod == ClientAuthMethod.PRIVATE_KEY_JWT) {
      if (jwkSet == null || jwkSet.getKeys().stream().noneMatch(StubClient::canVerify)) {
        throw new IllegalStateException(
            "client " + clientId + " uses private_key_jwt and needs a JWK set with a signing key");
      }
    } else if (secret == null) {
      throw new IllegalStateException(
          "client " + clientId + " uses " + authMethod.value() + " and needs a secret");
    }
  }

  private static boolean canVerify(JWK key) {
    return (key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
        && (KeyType.RSA.equals(key.getKeyType()) || KeyType.EC.equals(key.getKeyType()));
  }

  /**
   * Returns a builder for a client with this id.
   *
   * @throws IllegalArgumentException if the id is blank
   */
  public static Builder builder(String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("a client id must not be blank");
    }
    return new Builder(clientId);
  }

  /** Returns the client id. */
  public String clientId() {
    return clientId;
  }

  /** Returns how the client authenticates at the token endpoint. */
  public ClientAuthMethod authMethod() {
    return authMethod;
  }

  /** Returns the client secret, for the secret-based methods. */
  public Optional<String> secret() {
    return Optional.ofNullable(secret);
  }

  /** Returns the public keys that verify the client's {@code private_key_jwt} assertions. */
  public Optional<JWKSet> jwkSet() {
    return Optional.ofNullable(jwkSet);
  }

  /** Returns the registered redirect URIs; an authorization request must use one exactly. */
  public Set<URI> redirectUris() {
    return redirectUris;
  }

  /** Returns the algorithm of the client's ID tokens and signed userinfo. */
  public SigningAlgorithm idTokenAlgorithm() {
    return idTokenAlgorithm;
  }

  /**
   * Returns the public key ID tokens are encrypted to (RSA-OAEP-256 with A256GCM), when the client
   * asked for encrypted ID tokens.
   */
  public Optional<RSAKey> idTokenEncryptionKey() {
    return Optional.ofNullable(idTokenEncryptionKey);
  }

  /** Returns whether userinfo answers as a signed JWT ({@code application/jwt}) instead of JSON. */
  public boolean userInfoSigned() {
    return userInfoSigned;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StubClient other
        && clientId.equals(other.clientId)
        && authMethod == other.authMethod
        && Objects.equals(secret, other.secret)
        && Objects.equals(
            jwkSet == null ? null : jwkSet.toString(),
            other.jwkSet == null ? null : other.jwkSet.toString())
        && redirectUris.equals(other.redirectUris)
        && idTokenAlgorithm == other.idTokenAlgorithm
        && Objects.equals(idTokenEncryptionKey, other.idTokenEncryptionKey)
        && userInfoSigned == other.userInfoSigned;
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, authMethod, redirectUris, idTokenAlgorithm);
  }

  /** Returns the id, method, algorithm and redirect URIs; never the secret. */
  @Override
  public String toString() {
    return "StubClient[clientId="
        + clientId
        + ", authMethod="
        + authMethod.value()
        + ", idTokenAlgorithm="
        + idTokenAlgorithm
        + ", encrypted="
        + (idTokenEncryptionKey != null)
        + ", userInfoSigned="
        + userInfoSigned
        + ", redirectUris="
        + redirectUris
        + "]";
  }

  /** Collects a client's registration; not thread-safe. */
  public static final class Builder {
    private final String clientId;
    private @Nullable ClientAuthMethod authMethod;
    private @Nullable String secret;
    private @Nullable JWKSet jwkSet;
    private final List<URI> redirectUris = new ArrayList<>();
    private SigningAlgorithm idTokenAlgorithm = SigningAlgorithm.RS256;
    private @Nullable RSAKey idTokenEncryptionKey;
    private boolean userInfoSigned;

    private Builder(String clientId) {
      this.clientId = clientId;
    }

    /**
     * Sets the client secret, for {@code client_secret_basic} (the default when a secret is set) or
     * {@code client_secret_post}.
     */
    public Builder secret(String secret) {
      this.secret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * Sets the keys that verify the client's {@code private_key_jwt} assertions (the default method
     * when a JWK set is set). Private parts, if any, are dropped.
     */
    public Builder jwkSet(JWKSet jwkSet) {
      this.jwkSet = Objects.requireNonNull(jwkSet, "jwkSet");
      return this;
    }

    /** Sets the token endpoint authentication method explicitly. */
    public Builder authMethod(ClientAuthMethod authMethod) {
      this.authMethod = Objects.requireNonNull(authMethod, "authMethod");
      return this;
    }

    /**
     * Adds a redirect URI; at least one is required.
     *
     * @throws IllegalArgumentException if the URI is not absolute or carries a fragment
     */
    public Builder redirectUri(URI redirectUri) {
      Objects.requireNonNull(redirectUri, "redirectUri");
      if (!redirectUri.isAbsolute() || redirectUri.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "a redirect URI must be absolute and have no fragment (RFC 6749 3.1.2)");
      }
      redirectUris.add(redirectUri);
      return this;
    }

    /** Adds a redirect URI given as text; see {@link #redirectUri(URI)}. */
    public Builder redirectUri(String redirectUri) {
      return redirectUri(URI.create(redirectUri));
    }

    /** Sets the ID token signing algorithm; default {@link SigningAlgorithm#RS256}. */
    public Builder idTokenAlgorithm(SigningAlgorithm idTokenAlgorithm) {
      this.idTokenAlgorithm = Objects.requireNonNull(idTokenAlgorithm, "idTokenAlgorithm");
      return this;
    }

    /**
     * Asks for encrypted ID tokens: signed, then encrypted to this RSA key with RSA-OAEP-256 and
     * A256GCM ({@code cty: JWT}). Private parts, if any, are dropped.
     */
    public Builder idTokenEncryptionKey(RSAKey idTokenEncryptionKey) {
      this.idTokenEncryptionKey = Objects.requireNonNull(idTokenEncryptionKey, "key");
      return this;
    }

    /** Asks for userinfo as a JWT signed with the ID token algorithm; default plain JSON. */
    public Builder userInfoSigned(boolean userInfoSigned) {
      this.userInfoSigned = userInfoSigned;
      return this;
    }

    /**
     * Returns the registration.
     *
     * @throws IllegalStateException if no redirect URI was added, or the authentication method
     *     lacks its secret or keys
     */
    public StubClient build() {
      return new StubClient(this);
    }
  }
}
