package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeySetTest {
  private static final RSAKey RSA = rsa("rsa", 2048);
  private static final ECKey EC = ec("ec", Curve.P_256);

  @Test
  void parse_ignoresUnknownAndUnusableKeysAndKeepsTheRest() throws Exception {
    String json =
        "{\"keys\":["
            + "{\"kty\":\"unknown-kty\",\"kid\":\"u\"},"
            + "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo\",\"kid\":\"ed\"},"
            + new OctetSequenceKeyGenerator(256).keyID("oct").generate().toJSONString()
            + ","
            + "42,"
            + "{\"kty\":\"RSA\",\"kid\":\"broken\",\"n\":\"AQAB\"},"
            + new RSAKey.Builder(rsa("enc", 2048).toRSAPublicKey())
                .keyID("enc")
                .keyUse(KeyUse.ENCRYPTION)
                .build()
                .toJSONString()
            + ","
            + new RSAKey.Builder(rsa("oaep", 2048).toRSAPublicKey())
                .keyID("oaep")
                .algorithm(com.nimbusds.jose.JWEAlgorithm.RSA_OAEP_256)
                .build()
                .toJSONString()
            + ","
            + RSA.toPublicJWK().toJSONString()
            + ","
            + EC.toPublicJWK().toJSONString()
            + "]}";

    KeySet keys = KeySet.parse(json.getBytes(StandardCharsets.UTF_8), "test", null);

    assertThat(keys.size()).isEqualTo(2);
    assertThat(keys.ignored()).isEqualTo(7);
    assertThat(keys.lookup("rsa", JWSAlgorithm.RS256).outcome()).isEqualTo(KeyLookup.Outcome.FOUND);
    assertThat(keys.lookup("ec", JWSAlgorithm.ES256).outcome()).isEqualTo(KeyLookup.Outcome.FOUND);
    assertThat(keys.lookup("enc", JWSAlgorithm.RS256).outcome())
        .isEqualTo(KeyLookup.Outcome.NOT_FOUND);
    assertThat(keys.lookup("oct", JWSAlgorithm.HS256).outcome())
        .isEqualTo(KeyLookup.Outcome.NOT_FOUND);
  }

  @Test
  void parse_ignoresKeysThatPublishPrivateMaterial() throws Exception {
    KeySet keys = KeySet.parse(new JWKSet(List.<JWK>of(RSA)).toString(false).getBytes(), "test");

    assertThat(keys.size()).isZero();
    assertThat(keys.lookup("rsa", JWSAlgorithm.RS256).outcome())
        .isEqualTo(KeyLookup.Outcome.NOT_FOUND);
  }

  @Test
  void parse_rejectsDocumentsWithoutAKeysArray() {
    for (String json :
        List.of("[]", "{}", "{\"keys\":{}}", "not json", "{\"keys\":[],\"keys\":[]}")) {
      assertThatThrownBy(() -> KeySet.parse(json.getBytes(StandardCharsets.UTF_8), "test"))
          .isInstanceOf(KeySetFormatException.class);
    }
  }

  @Test
  void lookup_matchesKeyAlgorithmAndCurveToTheTokenAlgorithm() throws Exception {
    RSAKey ps =
        new RSAKey.Builder(RSA.toRSAPublicKey()).keyID("ps").algorithm(JWSAlgorithm.PS256).build();
    KeySet keys = set(ps, EC.toPublicJWK());

    assertThat(keys.lookup("ps", JWSAlgorithm.PS256).outcome()).isEqualTo(KeyLookup.Outcome.FOUND);
    assertThat(keys.lookup("ps", JWSAlgorithm.RS256).outcome())
        .isEqualTo(KeyLookup.Outcome.NOT_FOUND);
    assertThat(keys.lookup("ec", JWSAlgorithm.ES384).outcome())
        .isEqualTo(KeyLookup.Outcome.NOT_FOUND);
    assertThat(keys.lookup("ec", JWSAlgorithm.RS256).outcome())
        .isEqualTo(KeyLookup.Outcome.NOT_FOUND);
  }

  @Test
  void lookup_withoutKidFindsTheOnlyFittingKeyOrReportsAmbiguity() {
    assertThat(set(RSA.toPublicJWK(), EC.toPublicJWK()).lookup(null, JWSAlgorithm.RS256).outcome())
        .isEqualTo(KeyLookup.Outcome.FOUND);
    assertThat(
            set(RSA.toPublicJWK(), rsa("second", 2048).toPublicJWK())
                .lookup(null, JWSAlgorithm.RS256)
                .outcome())
        .isEqualTo(KeyLookup.Outcome.AMBIGUOUS);
  }

  @Test
  void lookup_reportsWeakKeysAsWeak() {
    KeySet keys = set(rsa("weak", 1024).toPublicJWK(), ec("k1", Curve.SECP256K1).toPublicJWK());

    assertThat(keys.lookup("weak", JWSAlgorithm.RS256).outcome()).isEqualTo(KeyLookup.Outcome.WEAK);
    assertThat(keys.lookup("k1", JWSAlgorithm.ES256).outcome()).isEqualTo(KeyLookup.Outcome.WEAK);
    assertThat(keys.lookup(null, JWSAlgorithm.RS256).outcome()).isEqualTo(KeyLookup.Outcome.WEAK);
  }

  static Stream<Arguments> providersAndForgedSignatures() throws Exception {
    BigInteger n = EC.toECPublicKey().getParams().getOrder();
    byte[] order = unsigned32(n);
    byte[] rsn = new byte[64];
    System.arraycopy(order, 0, rsn, 0, 32);
    System.arraycopy(order, 0, rsn, 32, 32);
    byte[] rOnlyN = new byte[64];
    System.arraycopy(order, 0, rOnlyN, 0, 32);
    rOnlyN[63] = 1;
    Provider bc = new BouncyCastleProvider();
    return Stream.of(
        Arguments.of("JDK", null, "r=s=0", new byte[64]),
        Arguments.of("JDK", null, "r=s=n", rsn),
        Arguments.of("JDK", null, "r=n,s=1", rOnlyN),
        Arguments.of("BouncyCastle", bc, "r=s=0", new byte[64]),
        Arguments.of("BouncyCastle", bc, "r=s=n", rsn),
        Arguments.of("BouncyCastle", bc, "r=n,s=1", rOnlyN));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("providersAndForgedSignatures")
  void ecdsa_rejectsPsychicSignaturesWithEitherProvider(
      String name, @Nullable Provider provider, String forgery, byte[] signature) throws Exception {
    KeySet keys = KeySet.parse(jwks(EC.toPublicJWK()), "test", provider);
    JWSObject signed = signedByEc();

    var verifier = keys.lookup("ec", JWSAlgorithm.ES256).verifier();

    assertThat(verifier).isNotNull();
    assertThat(verifier.verify(signed.getHeader(), signed.getSigningInput(), signed.getSignature()))
        .as("the genuine signature verifies with %s", name)
        .isTrue();
    assertThat(safeVerify(verifier, signed, Base64URL.encode(signature))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("providers")
  void ecdsa_rejectsDerAndWrongLengthSignaturesWithEitherProvider(
      String name, @Nullable Provider provider) throws Exception {
    var verifier =
        KeySet.parse(jwks(EC.toPublicJWK()), "test", provider)
            .lookup("ec", JWSAlgorithm.ES256)
            .verifier();
    JWSObject signed = signedByEc();
    byte[] raw = signed.getSignature().decode();

    assertThat(safeVerify(verifier, signed, Base64URL.encode(ECDSA.transcodeSignatureToDER(raw))))
        .isFalse();
    assertThat(safeVerify(verifier, signed, Base64URL.encode(Arrays.copyOf(raw, 63)))).isFalse();
    assertThat(safeVerify(verifier, signed, Base64URL.encode(Arrays.copyOf(raw, 96)))).isFalse();
  }

  static Stream<Arguments> providers() {
    return Stream.of(
        Arguments.of("JDK", null), Arguments.of("BouncyCastle", new BouncyCastleProvider()));
  }

  @Test
  void ecdsaProvider_prefersBouncyCastleWhenPresent() {
    assertThat(EcdsaProvider.preferred()).isNotNull();
    assertThat(EcdsaProvider.preferred().getName()).isEqualTo("BC");
  }

  private static boolean safeVerify(
      com.nimbusds.jose.JWSVerifier verifier, JWSObject signed, Base64URL signature) {
    try {
      return verifier.verify(signed.getHeader(), signed.getSigningInput(), signature);
    } catch (com.nimbusds.jose.JOSEException e) {
      return false;
    }
  }

  private static JWSObject signedByEc() throws Exception {
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec").build(), new Payload("{}"));
    jws.sign(new ECDSASigner(EC));
    return jws;
  }

  private static KeySet set(JWK... keys) {
    try {
      return KeySet.parse(jwks(keys), "test", null);
    } catch (KeySetFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] jwks(JWK... keys) {
    return new JWKSet(List.of(keys)).toString(false).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] unsigned32(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length);
  }

  private static RSAKey rsa(String kid, int bits) {
    try {
      return new RSAKeyGenerator(bits, true).keyID(kid).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ECKey ec(String kid, Curve curve) {
    try {
      return new ECKeyGenerator(curve).provider(new BouncyCastleProvider()).keyID(kid).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
