package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.identity.Tokens.NONCE;
import static vn.motcua.identity.Tokens.RSA;
import static vn.motcua.identity.Tokens.claims;
import static vn.motcua.identity.Tokens.sign;

import com.nimbusds.jose.CompressionAlgorithm;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEEncrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Encrypted (JWE) ID tokens: decrypted with the client's key, then verified as usual. */
class EncryptedIdTokenTest {
  private static final RSAKey CLIENT_RSA = Tokens.rsa("client-enc", 2048);
  private static final ECKey CLIENT_EC = Tokens.ec("client-ec", Curve.P_256);
  private static final VerificationContext LOGIN =
      VerificationContext.expectingNonce(NONCE).build();

  private final IdTokenVerifier verifier =
      Tokens.verifier(RSA)
          .decryptionKeys(new JWKSet(List.<JWK>of(CLIENT_RSA, CLIENT_EC)).toString(false))
          .build();

  @Test
  void verify_decryptsRsaOaep256TokenThenVerifiesTheSignedToken() throws Exception {
    String token =
        encrypt(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .contentType("JWT")
                .keyID("client-enc")
                .build(),
            new RSAEncrypter(CLIENT_RSA.toRSAPublicKey()),
            sign(RSA, claims()));

    VerifiedIdToken verified = verifier.verify(token, LOGIN);

    assertThat(verified.wasEncrypted()).isTrue();
    assertThat(verified.subject()).isEqualTo("sub-4711");
  }

  @Test
  void verify_decryptsEcdhEsA256kwTokenWithoutKid() throws Exception {
    String token =
        encrypt(
            new JWEHeader.Builder(JWEAlgorithm.ECDH_ES_A256KW, EncryptionMethod.A128CBC_HS256)
                .contentType("JWT")
                .build(),
            new ECDHEncrypter(CLIENT_EC.toECPublicKey()),
            sign(RSA, claims()));

    assertThat(verifier.verify(token, LOGIN).wasEncrypted()).isTrue();
  }

  @Test
  void verify_stillVerifiesTheSignatureInsideTheEncryption() throws Exception {
    String token =
        encrypt(
            new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM),
            new RSAEncrypter(CLIENT_RSA.toRSAPublicKey()),
            sign(Tokens.rs256().build(), Tokens.ATTACKER, claims()));

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsUnsignedPlaintextInsideTheEncryption() throws Exception {
    String unsigned = Tokens.raw("{\"alg\":\"none\"}", Tokens.json(claims()), "");
    String token =
        encrypt(
            new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM),
            new RSAEncrypter(CLIENT_RSA.toRSAPublicKey()),
            unsigned);

    Rejected.withCode(IdentityCodes.TOKEN_ALGORITHM, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_refusesPbes2() throws Exception {
    String token =
        encrypt(
            new JWEHeader(JWEAlgorithm.PBES2_HS256_A128KW, EncryptionMethod.A128GCM),
            new PasswordBasedEncrypter("password-guessable", 8, 1000),
            sign(RSA, claims()));

    Rejected.withCode(IdentityCodes.TOKEN_ALGORITHM, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_refusesRsa1_5() throws Exception {
    @SuppressWarnings("deprecation") // RSA1_5 is what is being refused.
    JWEAlgorithm rsa15 = JWEAlgorithm.RSA1_5;
    String token =
        encrypt(
            new JWEHeader(rsa15, EncryptionMethod.A128CBC_HS256),
            new RSAEncrypter(CLIENT_RSA.toRSAPublicKey()),
            sign(RSA, claims()));

    Rejected.withCode(IdentityCodes.TOKEN_ALGORITHM, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_boundsAZipBombToTheMaximumTokenLength() throws Exception {
    // 5 MB of zeros deflate to a few kilobytes: the JWE fits the length limit, the plaintext never.
    String token =
        encrypt(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .compressionAlgorithm(CompressionAlgorithm.DEF)
                .build(),
            new RSAEncrypter(CLIENT_RSA.toRSAPublicKey()),
            new Payload(new byte[5_000_000]));
    assertThat(token.length()).isLessThan(16 * 1024);

    Rejected.withCode(IdentityCodes.TOKEN_DECRYPTION, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_acceptsACompressedTokenWithinTheLimit() throws Exception {
    String token =
        encrypt(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .compressionAlgorithm(CompressionAlgorithm.DEF)
                .build(),
            new RSAEncrypter(CLIENT_RSA.toRSAPublicKey()),
            sign(RSA, claims()));

    assertThat(verifier.verify(token, LOGIN).wasEncrypted()).isTrue();
  }

  @Test
  void verify_rejectsTokenEncryptedToAnotherKey() throws Exception {
    String token =
        encrypt(
            new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM),
            new RSAEncrypter(Tokens.RSA_2.toRSAPublicKey()),
            sign(RSA, claims()));

    Rejected.withCode(IdentityCodes.TOKEN_DECRYPTION, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsEncryptedTokenWhenNoDecryptionKeyIsConfigured() throws Exception {
    String token =
        encrypt(
            new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM),
            new RSAEncrypter(CLIENT_RSA.toRSAPublicKey()),
            sign(RSA, claims()));

    Rejected.withCode(
        IdentityCodes.TOKEN_DECRYPTION, () -> Tokens.verifier(RSA).build().verify(token, LOGIN));
  }

  @Test
  void decryptionKeys_refusesPublicOnlyOrWeakKeys() {
    assertThatThrownBy(
            () ->
                Tokens.verifier(RSA)
                    .decryptionKeys(new JWKSet(CLIENT_RSA).toPublicJWKSet().toString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Tokens.verifier(RSA)
                    .decryptionKeys(new JWKSet(Tokens.rsa("weak", 1024)).toString(false)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String encrypt(JWEHeader header, JWEEncrypter encrypter, String payload)
      throws JOSEException {
    return encrypt(header, encrypter, new Payload(payload));
  }

  private static String encrypt(JWEHeader header, JWEEncrypter encrypter, Payload payload)
      throws JOSEException {
    JWEObject jwe = new JWEObject(header, payload);
    jwe.encrypt(encrypter);
    return jwe.serialize();
  }
}
