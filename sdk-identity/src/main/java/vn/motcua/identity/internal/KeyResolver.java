package vn.motcua.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import org.jspecify.annotations.Nullable;

/** Finds the verifier for a token's {@code kid} and algorithm in a provider's key set. */
public interface KeyResolver {

  /**
   * Returns the lookup's outcome; a remote resolver may refresh its keys first.
   *
   * @param kid the token's key id, an opaque string compared for equality only
   * @throws vn.motcua.identity.IdentityException {@code identity.jwks.unavailable} when no key set
   *     may be used
   */
  KeyLookup find(@Nullable String kid, JWSAlgorithm algorithm);
}
