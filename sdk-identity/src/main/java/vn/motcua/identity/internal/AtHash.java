package vn.motcua.identity.internal;

import com.nimbusds.jose.JWSAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The {@code at_hash} of OpenID Connect Core 3.1.3.6: the left half of the access token's hash,
 * with the hash of the ID token's signature algorithm, base64url-encoded.
 */
final class AtHash {
  private AtHash() {}

  static boolean matches(JWSAlgorithm algorithm, String accessToken, String atHash) {
    String name = algorithm.getName();
    String digest = name.endsWith("384") ? "SHA-384" : name.endsWith("512") ? "SHA-512" : "SHA-256";
    byte[] hash;
    try {
      hash = MessageDigest.getInstance(digest).digest(accessToken.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + digest, e);
    }
    String expected =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(Arrays.copyOf(hash, hash.length / 2));
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), atHash.getBytes(StandardCharsets.UTF_8));
  }
}
