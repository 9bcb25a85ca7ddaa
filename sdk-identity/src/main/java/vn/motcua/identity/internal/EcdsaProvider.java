package vn.motcua.identity.internal;

import java.security.Provider;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the JCA provider for ECDSA verification: BouncyCastle's when it is on the class path,
 * several times faster than the JDK's on Java 17, else the JDK's default.
 *
 * <p>BouncyCastle is an optional dependency. Its presence is tested by name, and the only class
 * that refers to it, {@link BouncyCastleEcdsa}, is loaded only after that test succeeded. The
 * provider is handed to Nimbus per verifier and never registered with {@link
 * java.security.Security}, which would change the JVM for everyone.
 */
final class EcdsaProvider {
  private static final String BOUNCY_CASTLE = "org.bouncycastle.jce.provider.BouncyCastleProvider";
  private static final @Nullable Provider PREFERRED = detect();

  private EcdsaProvider() {}

  /** Returns BouncyCastle's provider if available, else {@code null} for the JDK's default. */
  static @Nullable Provider preferred() {
    return PREFERRED;
  }

  private static @Nullable Provider detect() {
    try {
      Class.forName(BOUNCY_CASTLE, false, EcdsaProvider.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError absent) {
      return null;
    }
    try {
      return BouncyCastleEcdsa.provider();
    } catch (RuntimeException | LinkageError unusable) {
      return null;
    }
  }
}
