package vn.motcua.identity.internal;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEDecrypter;
import com.nimbusds.jose.JWEDecrypterOption;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.opts.MaxDecompressedPlainTextLength;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.IdentityCodes;

/**
 * The client's private keys for encrypted (JWE) ID tokens, and the decryption itself.
 *
 * <p>Key management: RSA-OAEP-256 and ECDH-ES with or without AES key wrap. Refused: RSA1_5
 * (padding oracles), RSA-OAEP with SHA-1 (deprecated), PBES2 (passwords, and unbounded iteration
 * counts), {@code dir} and the symmetric key wraps (no shared secret is configured). Content
 * encryption: AES-GCM and AES-CBC-HMAC-SHA2. Compression ({@code zip=DEF}) is inflated to at most
 * the maximum token length, so a zip bomb stops there. Decrypters are made per token: they are
 * cheap next to the RSA or ECDH operation, and Nimbus's keep state between calls.
 */
public final class DecryptionKeys {
  private static final Set<JWEAlgorithm> ALGORITHMS =
      Set.of(
          JWEAlgorithm.RSA_OAEP_256,
          JWEAlgorithm.ECDH_ES,
          JWEAlgorithm.ECDH_ES_A128KW,
          JWEAlgorithm.ECDH_ES_A192KW,
          JWEAlgorithm.ECDH_ES_A256KW);
  private static final Set<EncryptionMethod> METHODS =
      Set.of(
          EncryptionMethod.A128GCM,
          EncryptionMethod.A192GCM,
          EncryptionMethod.A256GCM,
          EncryptionMethod.A128CBC_HS256,
          EncryptionMethod.A192CBC_HS384,
          EncryptionMethod.A256CBC_HS512);
  private static final String ALLOWED =
      names(ALGORITHMS.stream().map(JWEAlgorithm::getName))
          + "; "
          + names(METHODS.stream().map(EncryptionMethod::getName));

  private final List<JWK> keys;

  private DecryptionKeys(List<JWK> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * Reads private keys from a JWKS document. Keys marked {@code use=sig}, public-only keys, and RSA
   * keys under 2048 bits or EC keys off P-256/384/521 are skipped.
   *
   * @throws IllegalArgumentException when the document is malformed or holds no usable key
   */
  public static DecryptionKeys parse(String jwksJson) {
    byte[] bytes = jwksJson.getBytes(StandardCharsets.UTF_8);
    Map<String, Object> document = JoseJson.withMaxLength(bytes.length + 1L).object(bytes);
    if (document == null || !(document.get("keys") instanceof List<?> entries)) {
      throw new IllegalArgumentException("decryption keys must be a JWKS: {\"keys\":[...]}");
    }
    List<JWK> keys = new ArrayList<>();
    for (Object entry : entries) {
      JWK key = usable(entry);
      if (key != null) {
        keys.add(key);
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(
          "no usable decryption key: private RSA (2048 bits or more) or EC (P-256/384/521) keys"
              + " not marked use=sig");
    }
    return new DecryptionKeys(keys);
  }

  /**
   * Decrypts a JWE and returns its plaintext, which must itself be a token.
   *
   * @throws vn.motcua.identity.TokenRejectedException {@code identity.token.malformed}, {@code
   *     .algorithm}, {@code .crit} or {@code .decryption}
   */
  String decrypt(CompactToken token, int maxPlaintextLength, JoseJson json) {
    byte[] headerBytes = token.decode(0);
    Map<String, Object> header = headerBytes == null ? null : json.object(headerBytes);
    if (header == null) {
      throw Rejections.malformed();
    }
    if (!(header.get("alg") instanceof String alg) || !(header.get("enc") instanceof String enc)) {
      throw Rejections.malformed();
    }
    if (ALGORITHMS.stream().noneMatch(a -> a.getName().equals(alg))
        || METHODS.stream().noneMatch(m -> m.getName().equals(enc))) {
      throw Rejections.reject(IdentityCodes.TOKEN_ALGORITHM, "allowed", ALLOWED);
    }
    if (header.containsKey("crit")) {
      throw Rejections.reject(IdentityCodes.TOKEN_CRIT);
    }
    Object zip = header.get("zip");
    if (zip != null && !"DEF".equals(zip)) {
      throw Rejections.malformed();
    }
    JWEHeader jweHeader;
    try {
      jweHeader = JWEHeader.parse(header, new Base64URL(token.segment(0)));
    } catch (java.text.ParseException | RuntimeException e) {
      throw Rejections.malformed();
    }
    byte[] aad = token.segment(0).getBytes(StandardCharsets.US_ASCII);
    Set<JWEDecrypterOption> options =
        Set.of(new MaxDecompressedPlainTextLength(maxPlaintextLength));
    Throwable last = null;
    for (JWK key : candidates(jweHeader)) {
      try {
        byte[] plain =
            decrypter(key, options)
                .decrypt(
                    jweHeader, part(token, 1), part(token, 2), part(token, 3), part(token, 4), aad);
        return new String(plain, StandardCharsets.UTF_8);
      } catch (JOSEException | RuntimeException e) {
        last = e;
      }
    }
    throw Rejections.reject(IdentityCodes.TOKEN_DECRYPTION, last);
  }

  private List<JWK> candidates(JWEHeader header) {
    boolean rsa = JWEAlgorithm.Family.RSA.contains(header.getAlgorithm());
    String kid = header.getKeyID();
    List<JWK> fitting = new ArrayList<>();
    for (JWK key : keys) {
      if (kid != null && !kid.equals(key.getKeyID())) {
        continue;
      }
      if (rsa ? key instanceof RSAKey : fitsEcdh(key, header)) {
        fitting.add(key);
      }
    }
    return fitting;
  }

  private static boolean fitsEcdh(JWK key, JWEHeader header) {
    return key instanceof ECKey ec
        && header.getEphemeralPublicKey() instanceof ECKey epk
        && ec.getCurve().equals(epk.getCurve());
  }

  private static JWEDecrypter decrypter(JWK key, Set<JWEDecrypterOption> options)
      throws JOSEException {
    return key instanceof RSAKey rsa
        ? new RSADecrypter(rsa, options)
        : new ECDHDecrypter((ECKey) key, options);
  }

  private static @Nullable Base64URL part(CompactToken token, int index) {
    String segment = token.segment(index);
    return segment.isEmpty() ? null : new Base64URL(segment);
  }

  private static @Nullable JWK usable(@Nullable Object entry) {
    if (!(entry instanceof Map<?, ?>)) {
      return null;
    }
    @SuppressWarnings("unchecked") // JoseJson builds every object as Map<String, Object>.
    Map<String, Object> map = (Map<String, Object>) entry;
    JWK key;
    try {
      key = JWK.parse(map);
    } catch (java.text.ParseException | RuntimeException e) {
      return null;
    }
    if (!key.isPrivate() || KeyUse.SIGNATURE.equals(key.getKeyUse())) {
      return null;
    }
    if (key instanceof RSAKey rsa && rsa.size() >= JwsAlgorithms.MIN_RSA_BITS) {
      return key;
    }
    if (key instanceof ECKey ec && JwsAlgorithms.ACCEPTED_CURVES.contains(ec.getCurve())) {
      return key;
    }
    return null;
  }

  private static String names(java.util.stream.Stream<String> names) {
    return names.sorted().collect(Collectors.joining(", "));
  }

  /** Returns how many keys are held. */
  public int size() {
    return keys.size();
  }

  @Override
  public String toString() {
    return "DecryptionKeys[" + keys.size() + "]";
  }
}
