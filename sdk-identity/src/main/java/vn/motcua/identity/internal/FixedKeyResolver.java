package vn.motcua.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import org.jspecify.annotations.Nullable;

/** A key set given once, for tests, gateways and providers whose keys are configured by hand. */
public final class FixedKeyResolver implements KeyResolver {
  private final KeySet keys;

  /** Creates a resolver over {@code keys}. */
  public FixedKeyResolver(KeySet keys) {
    this.keys = keys;
  }

  @Override
  public KeyLookup find(@Nullable String kid, JWSAlgorithm algorithm) {
    return keys.lookup(kid, algorithm);
  }

  @Override
  public String toString() {
    return "FixedKeyResolver[" + keys + "]";
  }
}
