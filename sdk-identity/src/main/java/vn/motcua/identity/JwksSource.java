package vn.motcua.identity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.identity.internal.FixedKeyResolver;
import vn.motcua.identity.internal.KeyResolver;
import vn.motcua.identity.internal.KeySet;
import vn.motcua.identity.internal.RemoteKeyResolver;

/**
 * Where an {@link IdTokenVerifier} finds the identity provider's public keys: its JWKS document.
 *
 * <p>Keys come only from here, never from a token: the {@code jwk}, {@code jku}, {@code x5u} and
 * {@code x5c} headers of a token are ignored and no URL in a token is ever fetched. A token's
 * {@code kid} is only compared for equality. A token without {@code kid} is accepted only when
 * exactly one usable key fits its algorithm.
 *
 * <p>Only public RSA and EC signing keys are used. Keys of other or unknown types, encryption keys,
 * malformed keys and keys publishing private material are ignored; RSA keys under 2048 bits and EC
 * keys on curves other than P-256, P-384 and P-521 are refused ({@code identity.token.weak_key}).
 *
 * <p>Instances are immutable and thread-safe; share one per provider between verifiers.
 */
public final class JwksSource {
  private final KeyResolver resolver;
  private final String description;

  private JwksSource(KeyResolver resolver, String description) {
    this.resolver = resolver;
    this.description = description;
  }

  /**
   * Returns the key set at {@code jwksUri} with the {@linkplain JwksOptions#defaults() default}
   * caching.
   *
   * @see #remote(URI, HttpTransport, JwksOptions)
   */
  public static JwksSource remote(URI jwksUri, HttpTransport transport) {
    return remote(jwksUri, transport, JwksOptions.defaults());
  }

  /**
   * Returns the key set at {@code jwksUri}, fetched through {@code transport} and cached as {@code
   * options} say: refreshed ahead of expiry in the background, refreshed once (rate-limited) when a
   * token names an unknown {@code kid}, fetched once for any number of concurrent callers, and kept
   * through a bounded outage before verification fails closed with {@code
   * identity.jwks.unavailable}. Nothing is fetched until the first token needs a key.
   *
   * <p>The transport's timeouts bound how long a fetch may take, slow answers included, and its
   * retry policy applies; its size limit bounds what is read. The caller keeps ownership of the
   * transport: closing the source is not needed, and closing the transport stops fetches.
   */
  public static JwksSource remote(URI jwksUri, HttpTransport transport, JwksOptions options) {
    Objects.requireNonNull(options, "options");
    RemoteKeyResolver resolver = new RemoteKeyResolver(jwksUri, transport, options);
    return new JwksSource(resolver, "remote " + resolver);
  }

  /**
   * Returns a key set given as a JWKS JSON document ({@code {"keys":[...]}}), for tests, gateways
   * and providers whose keys are configured by hand. Unusable keys in it are ignored as for a
   * remote set.
   *
   * @throws IllegalArgumentException when the document is not a JSON object with a {@code keys}
   *     array
   */
  public static JwksSource fixed(String jwksJson) {
    Objects.requireNonNull(jwksJson, "jwksJson");
    KeySet keys = KeySet.parse(jwksJson.getBytes(StandardCharsets.UTF_8), "a fixed key set");
    return new JwksSource(new FixedKeyResolver(keys), "fixed " + keys);
  }

  KeyResolver resolver() {
    return resolver;
  }

  @Override
  public String toString() {
    return "JwksSource[" + description + "]";
  }
}
