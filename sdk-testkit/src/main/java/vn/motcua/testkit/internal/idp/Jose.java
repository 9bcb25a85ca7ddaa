package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.opts.AllowWeakRSAKey;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import vn.motcua.core.MotcuaException;
import vn.motcua.testkit.idp.SigningAlgorithm;

/** Small JOSE helpers: encoding, hashing, raw signing over a signing input of our own. */
final class Jose {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Jose() {}

  static JWSAlgorithm jws(SigningAlgorithm algorithm) {
    return JWSAlgorithm.parse(algorithm.name());
  }

  static String b64(byte[] bytes) {
    return Base64URL.encode(bytes).toString();
  }

  static String b64(String text) {
    return b64(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns 32 random bytes, base64url: codes, tokens, nonces. */
  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return b64(bytes);
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The {@code at_hash} of an access token for the SHA-256 algorithms: the left half of its hash
   * (OpenID Connect Core 3.1.3.6).
   */
  static String atHash(String accessToken) {
    return b64(Arrays.copyOf(sha256(accessToken), 16));
  }

  /** The PKCE S256 transform (RFC 7636 4.2). */
  static String s256(String verifier) {
    return b64(sha256(verifier));
  }

  /** Signs bytes with a private JWK; the header passed to Nimbus only selects the algorithm. */
  static byte[] sign(JWK key, JWSAlgorithm algorithm, byte[] signingInput) {
    try {
      JWSHeader selector = new JWSHeader(algorithm);
      if (key instanceof RSAKey rsa) {
        // The weak key of TokenFault.WEAK_RSA_KEY needs the option; it is harmless for others.
        return new RSASSASigner(rsa.toPrivateKey(), Set.of(AllowWeakRSAKey.getInstance()))
            .sign(selector, signingInput)
            .decode();
      }
      if (key instanceof ECKey ec) {
        return new ECDSASigner(ec).sign(selector, signingInput).decode();
      }
      throw new IllegalArgumentException("cannot sign with a " + key.getKeyType() + " key");
    } catch (JOSEException e) {
      throw cryptoFailure(e);
    }
  }

  static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  static MotcuaException cryptoFailure(Exception e) {
    return new MotcuaException(
        "testkit.idp.crypto_failed", "The stub identity provider could not sign or encrypt", e);
  }
}
