package vn.motcua.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The signature algorithms motcua verifies, and which keys fit each. */
public final class JwsAlgorithms {
  private static final Map<String, JWSAlgorithm> SUPPORTED =
      Map.ofEntries(
          entry(JWSAlgorithm.RS256),
          entry(JWSAlgorithm.RS384),
          entry(JWSAlgorithm.RS512),
          entry(JWSAlgorithm.PS256),
          entry(JWSAlgorithm.PS384),
          entry(JWSAlgorithm.PS512),
          entry(JWSAlgorithm.ES256),
          entry(JWSAlgorithm.ES384),
          entry(JWSAlgorithm.ES512),
          entry(JWSAlgorithm.HS256),
          entry(JWSAlgorithm.HS384),
          entry(JWSAlgorithm.HS512));

  /** EC curves accepted for signatures; secp256k1 and anything weaker are refused. */
  static final Set<Curve> ACCEPTED_CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

  /** The smallest RSA modulus accepted, in bits. */
  static final int MIN_RSA_BITS = 2048;

  private JwsAlgorithms() {}

  /** Returns the algorithm named exactly {@code name} (case-sensitive), if motcua supports it. */
  public static Optional<JWSAlgorithm> supported(String name) {
    return Optional.ofNullable(SUPPORTED.get(name));
  }

  /** Returns whether {@code algorithm} is an HMAC algorithm, verified with the client secret. */
  public static boolean isHmac(JWSAlgorithm algorithm) {
    return JWSAlgorithm.Family.HMAC_SHA.contains(algorithm);
  }

  /** Returns whether {@code algorithm} is verified with an RSA key. */
  static boolean isRsa(JWSAlgorithm algorithm) {
    return JWSAlgorithm.Family.RSA.contains(algorithm);
  }

  /** Returns the only curve whose keys verify {@code algorithm}, or null if not ECDSA. */
  static @Nullable Curve curveOf(JWSAlgorithm algorithm) {
    if (JWSAlgorithm.ES256.equals(algorithm)) {
      return Curve.P_256;
    }
    if (JWSAlgorithm.ES384.equals(algorithm)) {
      return Curve.P_384;
    }
    if (JWSAlgorithm.ES512.equals(algorithm)) {
      return Curve.P_521;
    }
    return null;
  }

  private static Map.Entry<String, JWSAlgorithm> entry(JWSAlgorithm algorithm) {
    return Map.entry(algorithm.getName(), algorithm);
  }
}
