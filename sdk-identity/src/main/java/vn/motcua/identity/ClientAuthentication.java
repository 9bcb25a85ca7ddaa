package vn.motcua.identity;

import java.util.Objects;
import vn.motcua.identity.internal.ClientCredentials;

/**
 * How a {@link RelyingParty} authenticates at the provider's token endpoint (OpenID Connect Core
 * 9): with its client secret in HTTP Basic ({@code client_secret_basic}) or in the form ({@code
 * client_secret_post}), or with a JWT signed by its private key ({@code private_key_jwt}, RFC
 * 7523), which keeps no shared secret and is what FAPI profiles ask for.
 *
 * <p>Holds a secret or a private key: {@link #toString()} shows only the method. Immutable and
 * thread-safe. Compared by identity, as credentials are not values to be matched.
 */
public final class ClientAuthentication {
  /** The methods, with their registered names. */
  public enum Method {
    /** The client id and secret in an HTTP Basic {@code Authorization} header. */
    CLIENT_SECRET_BASIC("client_secret_basic"),
    /** The client id and secret as {@code client_id} and {@code client_secret} form fields. */
    CLIENT_SECRET_POST("client_secret_post"),
    /** A JWT signed with the client's private key, in {@code client_assertion}. */
    PRIVATE_KEY_JWT("private_key_jwt");

    private final String value;

    Method(String value) {
      this.value = value;
    }

    /** Returns the registered name, such as {@code client_secret_basic}. */
    public String value() {
      return value;
    }
  }

  private final Method method;
  private final ClientCredentials credentials;

  private ClientAuthentication(Method method, ClientCredentials credentials) {
    this.method = method;
    this.credentials = credentials;
  }

  /**
   * Returns {@code client_secret_basic} with {@code secret}, the default method of OpenID Connect.
   *
   * @throws IllegalArgumentException when the secret is empty
   */
  public static ClientAuthentication clientSecretBasic(String secret) {
    return new ClientAuthentication(
        Method.CLIENT_SECRET_BASIC,
        ClientCredentials.secret(
            ClientCredentials.Kind.SECRET_BASIC, Objects.requireNonNull(secret, "secret")));
  }

  /**
   * Returns {@code client_secret_post} with {@code secret}.
   *
   * @throws IllegalArgumentException when the secret is empty
   */
  public static ClientAuthentication clientSecretPost(String secret) {
    return new ClientAuthentication(
        Method.CLIENT_SECRET_POST,
        ClientCredentials.secret(
            ClientCredentials.Kind.SECRET_POST, Objects.requireNonNull(secret, "secret")));
  }

  /**
   * Returns {@code private_key_jwt} with the client's private key, one JWK as JSON (with {@code
   * d}): RSA of at least 2048 bits signs RS256 (PS256 when the key says {@code "alg":"PS256"}), EC
   * on P-256 signs ES256 (P-384 ES384, P-521 ES512). Register the public part with the provider.
   * Each assertion has {@code iss} = {@code sub} = the client id, {@code aud} the token endpoint, a
   * random {@code jti}, and expires a minute after it is made.
   *
   * @throws IllegalArgumentException when the JSON is not one private RSA or EC signing key of
   *     those kinds
   */
  public static ClientAuthentication privateKeyJwt(String privateJwkJson) {
    return new ClientAuthentication(
        Method.PRIVATE_KEY_JWT,
        ClientCredentials.privateKey(Objects.requireNonNull(privateJwkJson, "privateJwkJson")));
  }

  /** Returns the method. */
  public Method method() {
    return method;
  }

  ClientCredentials credentials() {
    return credentials;
  }

  /** Returns the method only; never the secret or key. */
  @Override
  public String toString() {
    return "ClientAuthentication[" + method.value() + "]";
  }
}
