package vn.motcua.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets of a login (state, nonce, PKCE verifier, assertion ids) and the PKCE S256 challenge. */
public final class Randoms {
  /** 256 bits: twice the 128 bits OAuth asks for, and 43 characters, PKCE's minimum length. */
  private static final int BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private Randoms() {}

  /** Returns 256 random bits from {@link SecureRandom}, base64url without padding (43 chars). */
  public static String token() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return BASE64URL.encodeToString(bytes);
  }

  /** Returns the PKCE S256 challenge of {@code verifier} (RFC 7636 4.2). */
  public static String s256(String verifier) {
    return BASE64URL.encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
  }

  /** Returns base64url without padding of {@code bytes}. */
  static String base64url(byte[] bytes) {
    return BASE64URL.encodeToString(bytes);
  }

  static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
