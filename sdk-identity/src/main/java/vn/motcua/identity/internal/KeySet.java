package vn.motcua.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider's key set, parsed once into verifiers ready to use: each key's Java public key and
 * Nimbus verifier are built when the set is read, not per token.
 *
 * <p>Only public RSA and EC signing keys are kept. Ignored, without failing the set: keys of other
 * types ({@code oct}, {@code OKP}, unknown ones), keys marked for encryption ({@code use=enc}, or
 * {@code key_ops} without {@code verify}), keys whose {@code alg} is not a supported signature
 * algorithm, malformed keys, and keys that publish private material (such a key is compromised by
 * its own publication). Kept but refused when selected: RSA keys under 2048 bits and EC keys on
 * curves other than P-256, P-384 and P-521.
 *
 * <p>Immutable and thread-safe; a refresh replaces the whole set, so a key removed by the provider
 * stops verifying at once.
 */
public final class KeySet {
  private static final Logger LOG = LoggerFactory.getLogger(KeySet.class);
  private static final int MAX_KEYS = 100;

  private final List<Key> keys;
  private final int ignored;

  private KeySet(List<Key> keys, int ignored) {
    this.keys = List.copyOf(keys);
    this.ignored = ignored;
  }

  /**
   * Parses a JWKS document.
   *
   * @param json the document's bytes
   * @param source where the document came from, for logs (no query string)
   * @param ecdsaProvider the JCA provider for ECDSA, or null for the JDK's default
   * @throws KeySetFormatException when the document is not a JSON object with a {@code keys} array
   */
  public static KeySet parse(byte[] json, String source, @Nullable Provider ecdsaProvider) {
    Map<String, Object> document = JoseJson.withMaxLength(json.length + 1L).object(json);
    if (document == null || !(document.get("keys") instanceof List<?> entries)) {
      throw new KeySetFormatException();
    }
    List<Key> keys = new ArrayList<>();
    int ignored = 0;
    boolean privateSeen = false;
    for (Object entry : entries) {
      JWK jwk = keys.size() < MAX_KEYS ? jwk(entry) : null;
      if (jwk != null && jwk.isPrivate()) {
        privateSeen = true;
        jwk = null;
      }
      Key key = jwk == null ? null : Key.of(jwk, ecdsaProvider);
      if (key == null) {
        ignored++;
      } else {
        keys.add(key);
      }
    }
    if (privateSeen) {
      LOG.warn(
          "The key set from {} publishes private key material; those keys are ignored", source);
    }
    return new KeySet(keys, ignored);
  }

  /** Parses a JWKS document with the preferred ECDSA provider. */
  public static KeySet parse(byte[] json, String source) {
    return parse(json, source, EcdsaProvider.preferred());
  }

  /**
   * Finds the key for a token. With a {@code kid}: the usable key of that id that fits the
   * algorithm. Without: the only usable key that fits. Several fitting keys are ambiguous, because
   * trying each would let a token choose among them.
   */
  public KeyLookup lookup(@Nullable String kid, JWSAlgorithm algorithm) {
    Key match = null;
    int matches = 0;
    boolean weak = false;
    for (Key key : keys) {
      if (kid != null && !kid.equals(key.kid)) {
        continue;
      }
      if (!key.fits(algorithm)) {
        continue;
      }
      if (key.verifier == null) {
        weak = true;
        continue;
      }
      match = key;
      matches++;
    }
    if (matches == 1 && match != null && match.verifier != null) {
      return KeyLookup.found(match.verifier);
    }
    if (matches > 1) {
      return KeyLookup.AMBIGUOUS;
    }
    return weak ? KeyLookup.WEAK : KeyLookup.NOT_FOUND;
  }

  /** Returns how many keys were kept, weak ones included. */
  public int size() {
    return keys.size();
  }

  /** Returns how many entries were ignored as unusable. */
  public int ignored() {
    return ignored;
  }

  @Override
  public String toString() {
    return "KeySet[keys=" + keys.size() + ", ignored=" + ignored + "]";
  }

  private static @Nullable JWK jwk(@Nullable Object entry) {
    if (!(entry instanceof Map<?, ?>)) {
      return null;
    }
    @SuppressWarnings("unchecked") // JoseJson builds every object as Map<String, Object>.
    Map<String, Object> map = (Map<String, Object>) entry;
    try {
      return JWK.parse(map);
    } catch (java.text.ParseException | RuntimeException malformedOrUnknownType) {
      return null;
    }
  }

  /** A kept key: its id, what it may verify, and its verifier (null when too weak). */
  private static final class Key {
    private final @Nullable String kid;
    private final KeyType type;
    private final @Nullable JWSAlgorithm algorithm;
    private final @Nullable Curve curve;
    private final @Nullable JWSVerifier verifier;

    private Key(
        @Nullable String kid,
        KeyType type,
        @Nullable JWSAlgorithm algorithm,
        @Nullable Curve curve,
        @Nullable JWSVerifier verifier) {
      this.kid = kid;
      this.type = type;
      this.algorithm = algorithm;
      this.curve = curve;
      this.verifier = verifier;
    }

    static @Nullable Key of(JWK jwk, @Nullable Provider ecdsaProvider) {
      if (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse())) {
        return null;
      }
      if (jwk.getKeyOperations() != null && !jwk.getKeyOperations().contains(KeyOperation.VERIFY)) {
        return null;
      }
      JWSAlgorithm algorithm = null;
      if (jwk.getAlgorithm() != null) {
        algorithm = JwsAlgorithms.supported(jwk.getAlgorithm().getName()).orElse(null);
        if (algorithm == null || JwsAlgorithms.isHmac(algorithm)) {
          return null;
        }
      }
      try {
        if (jwk instanceof RSAKey rsa) {
          JWSVerifier verifier =
              rsa.size() < JwsAlgorithms.MIN_RSA_BITS
                  ? null
                  : new RSASSAVerifier(rsa.toRSAPublicKey());
          return new Key(jwk.getKeyID(), KeyType.RSA, algorithm, null, verifier);
        }
        if (jwk instanceof ECKey ec) {
          JWSVerifier verifier = null;
          if (JwsAlgorithms.ACCEPTED_CURVES.contains(ec.getCurve())) {
            ECDSAVerifier ecdsa = new ECDSAVerifier(ec.toECPublicKey());
            if (ecdsaProvider != null) {
              ecdsa.getJCAContext().setProvider(ecdsaProvider);
            }
            verifier = ecdsa;
          }
          return new Key(jwk.getKeyID(), KeyType.EC, algorithm, ec.getCurve(), verifier);
        }
      } catch (JOSEException | RuntimeException unusable) {
        return null;
      }
      return null;
    }

    boolean fits(JWSAlgorithm token) {
      if (algorithm != null && !algorithm.equals(token)) {
        return false;
      }
      if (KeyType.RSA.equals(type)) {
        return JwsAlgorithms.isRsa(token);
      }
      Curve expected = JwsAlgorithms.curveOf(token);
      if (expected == null) {
        return false;
      }
      // A key on a refused curve still "fits" an ECDSA token so that it is reported as weak.
      return expected.equals(curve) || !JwsAlgorithms.ACCEPTED_CURVES.contains(curve);
    }
  }
}
