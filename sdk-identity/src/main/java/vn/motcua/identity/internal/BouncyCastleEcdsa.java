package vn.motcua.identity.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The only class that refers to BouncyCastle; loaded by {@link EcdsaProvider} only once it knows
 * BouncyCastle is present, so that motcua runs without it.
 */
final class BouncyCastleEcdsa {
  private BouncyCastleEcdsa() {}

  static Provider provider() {
    return new BouncyCastleProvider();
  }
}
