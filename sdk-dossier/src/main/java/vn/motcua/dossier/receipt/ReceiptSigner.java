package vn.motcua.dossier.receipt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.security.interfaces.ECPrivateKey;
import java.text.ParseException;
import java.util.Objects;
import vn.motcua.dossier.internal.lifecycle.ReceiptClaims;

/**
 * Signs receipts with the agency's private key as a compact JWS, short enough for a QR code (about
 * 400 characters for a typical receipt). The algorithm is ES256 (ECDSA on P-256 with SHA-256): the
 * shortest signature among the widely supported algorithms.
 *
 * <p>The signed form carries only what a person scanning the code needs to match the paper receipt
 * and look the dossier up: the dossier, procedure and agency codes, the receipt and due times, the
 * document count, the fee total and the applicant's masked name ({@code N*** V*** A***}). It never
 * carries an ID number (nor a hash of one: a hash of a 12-digit number is as identifying as the
 * number), an address, a phone number or the procedure's name. It has no expiry: a receipt stays
 * proof of receipt for as long as the agency's key is published.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReceiptSigner {
  private final ECPrivateKey key;
  private final String keyId;

  private ReceiptSigner(ECPrivateKey key, String keyId) {
    this.key = key;
    this.keyId = keyId;
  }

  /**
   * Returns a signer for a P-256 private key.
   *
   * @param keyId the id under which the agency publishes the public key in its JWKS ({@code kid})
   * @throws ReceiptException with code {@code dossier.receipt.key} when the key is not on P-256 or
   *     the id is blank
   */
  public static ReceiptSigner es256(String keyId, ECPrivateKey key) {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    if (keyId.isBlank()) {
      throw new ReceiptException(ReceiptException.KEY, "A receipt key needs a non-blank id", null);
    }
    if (!Curve.P_256.equals(Curve.forECParameterSpec(key.getParams()))) {
      throw new ReceiptException(
          ReceiptException.KEY, "A receipt key for ES256 must be on curve P-256", null);
    }
    return new ReceiptSigner(key, keyId);
  }

  /**
   * Returns a signer for a private P-256 key given as a JWK (JSON) with a {@code kid}.
   *
   * @throws ReceiptException with code {@code dossier.receipt.key} when the JWK is not a private EC
   *     P-256 key with an id
   */
  public static ReceiptSigner fromJwk(String jwkJson) {
    try {
      JWK jwk = JWK.parse(jwkJson);
      if (!(jwk instanceof ECKey ec) || !ec.isPrivate() || ec.getKeyID() == null) {
        throw new ReceiptException(
            ReceiptException.KEY, "A receipt key must be a private EC JWK with a kid", null);
      }
      return es256(ec.getKeyID(), ec.toECPrivateKey());
    } catch (ParseException | JOSEException e) {
      throw new ReceiptException(ReceiptException.KEY, "The receipt key JWK cannot be read", null);
    }
  }

  /** Returns the id of the signing key. */
  public String keyId() {
    return keyId;
  }

  /**
   * Returns the receipt signed as a compact JWS ({@code header.payload.signature}, base64url).
   *
   * @throws ReceiptException with code {@code dossier.receipt.key} when signing fails
   */
  public String sign(Receipt receipt) {
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(),
            new Payload(ReceiptClaims.of(receipt)));
    try {
      jws.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new ReceiptException(ReceiptException.KEY, "The receipt could not be signed", e);
    }
    return jws.serialize();
  }

  /** Returns the key id; never the key. */
  @Override
  public String toString() {
    return "ReceiptSigner[ES256, kid=" + keyId + "]";
  }
}
