package vn.motcua.dossier.receipt;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.motcua.dossier.internal.lifecycle.ReceiptClaims;

/**
 * Verifies signed receipts offline with the agencies' public keys. The algorithm is pinned to ES256
 * and never taken from the token's header: a token claiming any other algorithm, {@code none}
 * included, is refused before its signature is looked at. The key is chosen by the header's {@code
 * kid} among the configured keys only.
 *
 * <p>Immutable and thread-safe. Errors are {@link ReceiptException}s whose messages never hold the
 * token or its content.
 */
public final class ReceiptVerifier {
  /** Tokens longer than this are refused unread; a receipt is about 400 characters. */
  public static final int MAX_TOKEN_LENGTH = 4096;

  private final Map<String, ECPublicKey> keys;

  private ReceiptVerifier(Map<String, ECPublicKey> keys) {
    this.keys = Map.copyOf(keys);
  }

  /**
   * Returns a verifier trusting one P-256 public key under {@code keyId}.
   *
   * @throws ReceiptException with code {@code dossier.receipt.key} when the key is not on P-256
   */
  public static ReceiptVerifier of(String keyId, ECPublicKey key) {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    if (!Curve.P_256.equals(Curve.forECParameterSpec(key.getParams()))) {
      throw new ReceiptException(
          ReceiptException.KEY, "A receipt key for ES256 must be on curve P-256", null);
    }
    return new ReceiptVerifier(Map.of(keyId, key));
  }

  /**
   * Returns a verifier trusting the P-256 keys with a {@code kid} in a JWKS document ({@code
   * {"keys":[…]}}); other keys are ignored, private parts are never used.
   *
   * @throws ReceiptException with code {@code dossier.receipt.key} when the document cannot be read
   *     or holds no usable key
   */
  public static ReceiptVerifier fromJwks(String jwksJson) {
    Objects.requireNonNull(jwksJson, "jwksJson");
    Map<String, ECPublicKey> keys = new HashMap<>();
    try {
      for (JWK jwk : JWKSet.parse(jwksJson).getKeys()) {
        if (jwk instanceof ECKey ec
            && Curve.P_256.equals(ec.getCurve())
            && ec.getKeyID() != null
            && (ec.getAlgorithm() == null || JWSAlgorithm.ES256.equals(ec.getAlgorithm()))) {
          keys.put(ec.getKeyID(), ec.toECPublicKey());
        }
      }
    } catch (ParseException | JOSEException e) {
      throw new ReceiptException(ReceiptException.KEY, "The JWKS document cannot be read", null);
    }
    if (keys.isEmpty()) {
      throw new ReceiptException(
          ReceiptException.KEY, "The JWKS document holds no P-256 key with a kid", null);
    }
    return new ReceiptVerifier(keys);
  }

  /** Returns the ids of the trusted keys. */
  public Set<String> keyIds() {
    return keys.keySet();
  }

  /**
   * Verifies a signed receipt and returns what it carries.
   *
   * @throws ReceiptException with code {@code dossier.receipt.malformed} when the token is not a
   *     compact JWS carrying a receipt, or {@code dossier.receipt.signature} when its algorithm is
   *     not ES256, its key is unknown or its signature does not match (tampered or forged)
   */
  public VerifiedReceipt verify(String token) {
    Objects.requireNonNull(token, "token");
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw ReceiptClaims.malformed("it is longer than " + MAX_TOKEN_LENGTH + " characters", null);
    }
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw ReceiptClaims.malformed("it is not a compact JWS of three parts", null);
    }
    Header header;
    try {
      header = Header.parse(new Base64URL(parts[0]));
    } catch (ParseException e) {
      throw ReceiptClaims.malformed("its header cannot be read", null);
    }
    if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
      throw new ReceiptException(
          ReceiptException.SIGNATURE, "The receipt is not signed with ES256", null);
    }
    JWSObject jws;
    try {
      jws = JWSObject.parse(token);
    } catch (ParseException e) {
      throw ReceiptClaims.malformed("it is not a valid JWS", null);
    }
    String kid = jws.getHeader().getKeyID();
    ECPublicKey key = kid == null ? null : keys.get(kid);
    if (key == null || jws.getHeader().getCriticalParams() != null) {
      throw new ReceiptException(
          ReceiptException.SIGNATURE, "The receipt is signed with an unknown key", null);
    }
    boolean valid;
    try {
      valid = jws.verify(new ECDSAVerifier(key));
    } catch (JOSEException e) {
      valid = false;
    }
    if (!valid) {
      throw new ReceiptException(
          ReceiptException.SIGNATURE, "The receipt's signature does not match", null);
    }
    Map<String, Object> claims = jws.getPayload().toJSONObject();
    if (claims == null) {
      throw ReceiptClaims.malformed("its payload is not a JSON object", null);
    }
    return ReceiptClaims.read(claims, kid);
  }

  /** Returns the trusted key ids. */
  @Override
  public String toString() {
    return "ReceiptVerifier[ES256, kids=" + keys.keySet() + "]";
  }
}
