package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The byte-level pieces of token faults. */
final class TokenFaults {
  private TokenFaults() {}

  static byte[] flipLastBit(byte[] signature) {
    byte[] out = signature.clone();
    out[out.length - 1] ^= 1;
    return out;
  }

  /** The RSA public key as PEM text, as an HS256 confusion attack uses it for a secret. */
  static String publicKeyPem(JWK rsa) {
    try {
      return Jose.pem("PUBLIC KEY", ((RSAKey) rsa).toRSAPublicKey().getEncoded());
    } catch (JOSEException e) {
      throw Jose.cryptoFailure(e);
    }
  }

  static byte[] hmacSha256(byte[] secret, byte[] input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw Jose.cryptoFailure(e);
    }
  }

  /** The public JWK as a header value: without its certificate chain, as an attacker sends it. */
  static Map<String, Object> withoutCertificates(JWK key) {
    Map<String, Object> json = new LinkedHashMap<>(key.toPublicJWK().toJSONObject());
    json.remove("x5c");
    return json;
  }

  /** A kid that is every injection at once, 10,000 characters long. */
  static String hostileKid() {
    String mix =
        "../../../../etc/passwd\u0000' OR '1'='1' -- %2e%2e%2f http://kid.untrusted.example/ ";
    StringBuilder out = new StringBuilder(10_000);
    while (out.length() < 10_000) {
      out.append(mix);
    }
    out.setLength(10_000);
    return out.toString();
  }

  /** r = s = n as a 64-byte JOSE ECDSA signature. */
  static byte[] orderSignature(BigInteger order) {
    byte[] n = unsigned32(order);
    byte[] out = Arrays.copyOf(n, 64);
    System.arraycopy(n, 0, out, 32, 32);
    return out;
  }

  private static byte[] unsigned32(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] out = new byte[32];
    int copy = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
    return out;
  }

  static byte[] toDer(byte[] joseSignature) {
    try {
      return ECDSA.transcodeSignatureToDER(joseSignature);
    } catch (JOSEException e) {
      throw Jose.cryptoFailure(e);
    }
  }

  /** Puts a character outside the base64url alphabet in the middle of the payload segment. */
  static String breakPayloadBase64(String compact) {
    int firstDot = compact.indexOf('.');
    int secondDot = compact.indexOf('.', firstDot + 1);
    int middle = (firstDot + secondDot) / 2;
    return compact.substring(0, middle) + "!" + compact.substring(middle);
  }
}
