package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.idp.PreviousKey;
import vn.motcua.testkit.idp.SigningAlgorithm;

/**
 * The stub's signing keys: one current key per algorithm, and the public keys the JWKS publishes
 * (current ones, old ones kept after a rotation, the weak key once a token used it). Thread-safe.
 */
public final class KeyRing {
  private final Map<SigningAlgorithm, JWK> current = new EnumMap<>(SigningAlgorithm.class);
  private final List<JWK> published = new ArrayList<>();
  private int generation;
  private @Nullable RSAKey weak;
  private boolean weakPublished;
  private @Nullable List<JWK> unusable;

  /** Creates a ring with a first key for each algorithm. */
  public KeyRing() {
    rotate(PreviousKey.KEEP_PUBLISHED);
  }

  /** Returns the private key the algorithm signs with now. */
  public synchronized JWK current(SigningAlgorithm algorithm) {
    return current.get(algorithm);
  }

  /** Returns the published public keys, oldest first. */
  public synchronized List<JWK> published() {
    return List.copyOf(published);
  }

  /** Publishes and starts using a new key for every algorithm. */
  public synchronized void rotate(PreviousKey previous) {
    generation++;
    if (previous == PreviousKey.REMOVE) {
      published.clear();
      weakPublished = false;
    }
    for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
      JWK key = generate(algorithm, generation);
      current.put(algorithm, key);
      published.add(key.toPublicJWK());
    }
  }

  /** Returns the 1024-bit RSA key, publishing it from now on. */
  public synchronized RSAKey publishWeakKey() {
    RSAKey key = weakKey();
    if (!weakPublished) {
      published.add(key.toPublicJWK());
      weakPublished = true;
    }
    return key;
  }

  /**
   * Returns keys a verifier must skip, as JSON objects: a key of unknown type, an RSA encryption
   * key and the 1024-bit RSA signing key.
   */
  public synchronized List<Map<String, Object>> unusableKeys() {
    List<Map<String, Object>> out = new ArrayList<>();
    out.add(
        Map.of(
            "kty", "XYZ",
            "kid", "unusable-unknown-type",
            "use", "sig",
            "x", "AQAB"));
    if (unusable == null) {
      unusable =
          List.of(
              generateRsa(JWSAlgorithm.RS256, "unusable-encryption", KeyUse.ENCRYPTION),
              weakKey().toPublicJWK());
    }
    for (JWK key : unusable) {
      out.add(key.toPublicJWK().toJSONObject());
    }
    return out;
  }

  private RSAKey weakKey() {
    if (weak == null) {
      try {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair pair = generator.generateKeyPair();
        weak =
            new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID("rs256-weak-1024")
                .algorithm(JWSAlgorithm.RS256)
                .keyUse(KeyUse.SIGNATURE)
                .build();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has RSA", e);
      }
    }
    return weak;
  }

  private static JWK generate(SigningAlgorithm algorithm, int generation) {
    String prefix = algorithm.name().toLowerCase(Locale.ROOT) + "-" + generation + "-";
    return algorithm == SigningAlgorithm.ES256
        ? generateEc(prefix)
        : generateRsa(Jose.jws(algorithm), prefix, KeyUse.SIGNATURE);
  }

  private static RSAKey generateRsa(JWSAlgorithm algorithm, String kidPrefix, KeyUse use) {
    try {
      RSAKey key = new RSAKeyGenerator(2048).generate();
      // The thumbprint makes ids unique across stubs and restarts; the prefix keeps them readable.
      String kid = kidPrefix + key.computeThumbprint().toString().substring(0, 8);
      RSAKey.Builder builder = new RSAKey.Builder(key).keyID(kid).keyUse(use);
      return (use == KeyUse.SIGNATURE ? builder.algorithm(algorithm) : builder).build();
    } catch (JOSEException e) {
      throw Jose.cryptoFailure(e);
    }
  }

  private static ECKey generateEc(String kidPrefix) {
    try {
      ECKey key = new ECKeyGenerator(Curve.P_256).generate();
      String kid = kidPrefix + key.computeThumbprint().toString().substring(0, 8);
      return new ECKey.Builder(key)
          .keyID(kid)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .build();
    } catch (JOSEException e) {
      throw Jose.cryptoFailure(e);
    }
  }
}
