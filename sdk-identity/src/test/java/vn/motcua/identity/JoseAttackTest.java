package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.Tokens.ATTACKER;
import static vn.motcua.identity.Tokens.EC;
import static vn.motcua.identity.Tokens.NONCE;
import static vn.motcua.identity.Tokens.RSA;
import static vn.motcua.identity.Tokens.b64;
import static vn.motcua.identity.Tokens.claims;
import static vn.motcua.identity.Tokens.json;
import static vn.motcua.identity.Tokens.raw;
import static vn.motcua.identity.Tokens.sign;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JOSE attacks of shared/SECURITY.md B that concern the verifier. */
class JoseAttackTest {
  private static final VerificationContext LOGIN =
      VerificationContext.expectingNonce(NONCE).build();

  private final IdTokenVerifier verifier = Tokens.verifier(RSA, EC).build();

  @ParameterizedTest
  @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
  void verify_rejectsUnsignedTokenWithAlgNoneInAnyCasing(String none) {
    String token = raw("{\"alg\":\"" + none + "\"}", json(claims()), "");
    String withSignature = raw("{\"alg\":\"" + none + "\"}", json(claims()), b64("x"));

    Rejected.withCode(IdentityCodes.TOKEN_ALGORITHM, () -> verifier.verify(token, LOGIN));
    Rejected.withCode(IdentityCodes.TOKEN_ALGORITHM, () -> verifier.verify(withSignature, LOGIN));
  }

  @Test
  void verify_rejectsHs256SignedWithTheRsaPublicKeyAsSecret() {
    byte[] publicKeyBytes = RSA.toPublicJWK().toJSONString().getBytes();
    byte[] encoded = rsaPublicKeyBytes();

    for (byte[] secret : List.of(publicKeyBytes, encoded)) {
      String token = Tokens.hmac(JWSAlgorithm.HS256, secret, claims());
      Rejected.withCode(IdentityCodes.TOKEN_ALGORITHM, () -> verifier.verify(token, LOGIN));
    }
  }

  @Test
  void verify_neverChecksHmacAgainstTheProvidersPublicKeysEvenWhenHmacIsAllowed() {
    IdTokenVerifier both =
        Tokens.verifier(RSA)
            .allowedAlgorithms("RS256", "HS256")
            .clientSecret("the-registered-client-secret-32-bytes!")
            .build();
    byte[] encoded = rsaPublicKeyBytes();
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(RSA.getKeyID()).build(),
            hmacSigner(encoded),
            claims());

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> both.verify(token, LOGIN));
  }

  @Test
  void verify_ignoresEmbeddedJwkOfAnAttackerWithItsOwnKid() {
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(ATTACKER.getKeyID())
                .jwk(ATTACKER.toPublicJWK())
                .build(),
            ATTACKER,
            claims());

    Rejected.withCode(IdentityCodes.TOKEN_KEY_NOT_FOUND, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_ignoresEmbeddedJwkOfAnAttackerClaimingTheProvidersKid() {
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(RSA.getKeyID())
                .jwk(ATTACKER.toPublicJWK())
                .build(),
            ATTACKER,
            claims());

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_ignoresX5cAndX5uHeaders() throws Exception {
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(RSA.getKeyID())
                .x509CertURL(URI.create("https://attacker.example/cert.pem"))
                .x509CertChain(List.of(Base64URL.encode("not a certificate")))
                .build(),
            ATTACKER,
            claims());

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(token, LOGIN));
  }

  static Stream<String> hostileKids() {
    return Stream.of(
        "../../../../etc/passwd",
        "' OR '1'='1' --",
        "https://attacker.example/jwks.json",
        "rsa-1\u0000",
        "\u0000",
        "rsa-1/../rsa-1",
        "x".repeat(10_000));
  }

  @ParameterizedTest
  @MethodSource("hostileKids")
  void verify_treatsHostileKidsAsOpaqueLookupKeys(String kid) {
    String token =
        sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), RSA, claims());

    MotcuaExceptionAssertions.noValueIn(
        Rejected.withCode(IdentityCodes.TOKEN_KEY_NOT_FOUND, () -> verifier.verify(token, LOGIN)),
        kid);
  }

  @Test
  void verify_rejectsUnknownCriticalHeader() {
    String token =
        sign(
            Tokens.rs256()
                .criticalParams(Set.of("urn:example:must-understand"))
                .customParam("urn:example:must-understand", true)
                .build(),
            RSA,
            claims());

    Rejected.withCode(IdentityCodes.TOKEN_CRIT, () -> verifier.verify(token, LOGIN));
  }

  static Stream<Arguments> psychicSignatures() throws Exception {
    BigInteger n = EC.toECPublicKey().getParams().getOrder();
    byte[] zero = new byte[64];
    byte[] rsn = new byte[64];
    byte[] order = unsigned32(n);
    System.arraycopy(order, 0, rsn, 0, 32);
    System.arraycopy(order, 0, rsn, 32, 32);
    return Stream.of(Arguments.of("r=s=0", zero), Arguments.of("r=s=n", rsn));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("psychicSignatures")
  void verify_rejectsPsychicEcdsaSignatures(String name, byte[] signature) {
    String signed = sign(EC, claims());
    String forged = signed.substring(0, signed.lastIndexOf('.') + 1) + Base64URL.encode(signature);

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(forged, LOGIN));
  }

  @Test
  void verify_rejectsDerEncodedEcdsaSignature() throws Exception {
    String signed = sign(EC, claims());
    byte[] der = ECDSA.transcodeSignatureToDER(Tokens.signatureOf(signed).decode());
    String token = signed.substring(0, signed.lastIndexOf('.') + 1) + Base64URL.encode(der);

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsEcdsaSignatureOfWrongLength() {
    String signed = sign(EC, claims());
    byte[] valid = Tokens.signatureOf(signed).decode();
    for (byte[] wrong : List.of(Arrays.copyOf(valid, 63), Arrays.copyOf(valid, 65), new byte[1])) {
      String token = signed.substring(0, signed.lastIndexOf('.') + 1) + Base64URL.encode(wrong);
      Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(token, LOGIN));
    }
  }

  @Test
  void verify_refusesTokensSignedWithAnRsa1024Key() {
    var weak = Tokens.rsa("weak", 1024);
    IdTokenVerifier withWeak = Tokens.verifier(RSA, weak).build();

    Rejected.withCode(
        IdentityCodes.TOKEN_WEAK_KEY, () -> withWeak.verify(sign(weak, claims()), LOGIN));
  }

  @Test
  void verify_refusesSecp256k1Keys() {
    var k1 = Tokens.ec("k1", Curve.SECP256K1);
    IdTokenVerifier withK1 = Tokens.verifier(RSA, k1).build();
    String token =
        sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1").build(), EC, claims());

    Rejected.withCode(IdentityCodes.TOKEN_WEAK_KEY, () -> withK1.verify(token, LOGIN));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> IdTokenVerifier.builder().allowedAlgorithms("ES256K"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"at+jwt", "application/at+jwt", "logout+jwt", "JOSE", "secevent+jwt"})
  void verify_rejectsTokensTypedAsSomethingElse(String typ) {
    String token = sign(Tokens.rs256().type(new JOSEObjectType(typ)).build(), RSA, claims());

    Rejected.withCode(IdentityCodes.TOKEN_TYPE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_acceptsTypJwtInAnyCasing() {
    String token = sign(Tokens.rs256().type(new JOSEObjectType("jwt")).build(), RSA, claims());

    assertThat(verifier.verify(token, LOGIN).subject()).isEqualTo("sub-4711");
  }

  @Test
  void verify_rejectsLogoutTokenCarryingEvents() {
    String token =
        sign(
            RSA,
            claims(
                c ->
                    c.put(
                        "events",
                        java.util.Map.of(
                            "http://schemas.openid.net/event/backchannel-logout",
                            java.util.Map.of()))));

    Rejected.withCode(IdentityCodes.TOKEN_TYPE, () -> verifier.verify(token, LOGIN));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"tomorrow\"",
        "9223372036854775808",
        "99999999999999999999999999",
        "1.7E9",
        "1700000000.5",
        "-1",
        "253402300800",
        "true",
        "null",
        "[1700000000]"
      })
  void verify_rejectsExpThatIsNotAnIntegerTime(String exp) {
    String payload =
        json(claims(c -> c.remove("exp"))).replaceFirst("\\{", "{\"exp\":" + exp + ",");
    String token = signRawPayload(payload);

    Rejected.withCode(IdentityCodes.TOKEN_CLAIM_TYPE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsExpOf1e400AsClaimType() {
    String payload = json(claims(c -> c.remove("exp"))).replaceFirst("\\{", "{\"exp\":1e400,");

    Rejected.withCode(
        IdentityCodes.TOKEN_CLAIM_TYPE, () -> verifier.verify(signRawPayload(payload), LOGIN));
  }

  @Test
  void verify_rejectsDuplicateClaimNames() {
    String payload = json(claims()).replaceFirst("\\{", "{\"sub\":\"admin\",");

    Rejected.withCode(
        IdentityCodes.TOKEN_MALFORMED, () -> verifier.verify(signRawPayload(payload), LOGIN));
  }

  @Test
  void verify_rejectsDuplicateNamesInNestedClaims() {
    String payload =
        json(claims())
            .replaceFirst("\\{", "{\"address\":{\"formatted\":\"a\",\"formatted\":\"b\"},");

    Rejected.withCode(
        IdentityCodes.TOKEN_MALFORMED, () -> verifier.verify(signRawPayload(payload), LOGIN));
  }

  @Test
  void verify_rejectsDuplicateHeaderParameters() {
    String token = raw("{\"alg\":\"RS256\",\"alg\":\"none\"}", json(claims()), b64("sig"));

    Rejected.withCode(IdentityCodes.TOKEN_MALFORMED, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsDeeplyNestedTokenBeforeParsing() {
    String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    String token = raw(deep, json(claims()), b64("sig"));

    Rejected.withCode(IdentityCodes.TOKEN_TOO_LARGE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsNestingWithinTheLengthLimitAsMalformed() {
    String deep = "{\"alg\":\"RS256\",\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
    String token = raw(deep, json(claims()), b64("sig"));

    Rejected.withCode(IdentityCodes.TOKEN_MALFORMED, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsMegabyteTokenBeforeParsing() {
    String token = sign(RSA, claims(c -> c.put("pad", "x".repeat(1_000_000))));

    Rejected.withCode(IdentityCodes.TOKEN_TOO_LARGE, () -> verifier.verify(token, LOGIN));
  }

  static Stream<String> garbage() {
    String valid = sign(RSA, claims());
    String[] p = valid.split("\\.");
    return Stream.of(
        "",
        ".",
        "..",
        "abc",
        p[0] + "." + p[1],
        p[0] + "." + p[1] + "." + p[2] + "." + p[2],
        p[0] + "." + p[1] + "." + p[2] + "..",
        "=" + valid,
        valid + " ",
        " " + valid,
        p[0] + "." + p[1] + "." + p[2] + "=",
        "+" + p[0].substring(1) + "." + p[1] + "." + p[2],
        p[0] + "x." + p[1] + "." + p[2],
        b64("[\"RS256\"]") + "." + p[1] + "." + p[2],
        b64("\"RS256\"") + "." + p[1] + "." + p[2],
        b64("{\"alg\":42}") + "." + p[1] + "." + p[2],
        b64("{\"alg\":\"RS256\",\"kid\":7}") + "." + p[1] + "." + p[2],
        b64("{\"alg\":\"RS256\"") + "." + p[1] + "." + p[2],
        b64("{\"alg\":\"RS256\"}") + "." + b64("[1,2]") + "." + p[2],
        "e30.e30.e30",
        "\u00e9" + valid);
  }

  @ParameterizedTest
  @MethodSource("garbage")
  void verify_rejectsGarbageWithATypedError(String token) {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> verifier.verify(token, LOGIN)))
        .isInstanceOf(TokenRejectedException.class);
  }

  @Test
  void verify_rejectsTwoAndFourSegmentsAsMalformed() {
    String[] p = sign(RSA, claims()).split("\\.");

    Rejected.withCode(
        IdentityCodes.TOKEN_MALFORMED, () -> verifier.verify(p[0] + "." + p[1], LOGIN));
    Rejected.withCode(
        IdentityCodes.TOKEN_MALFORMED,
        () -> verifier.verify(p[0] + "." + p[1] + "." + p[2] + "." + p[2], LOGIN));
  }

  @Test
  void verify_rejectsHeaderThatIsAJsonArrayAsMalformed() {
    String[] p = sign(RSA, claims()).split("\\.");

    Rejected.withCode(
        IdentityCodes.TOKEN_MALFORMED,
        () -> verifier.verify(b64("[{\"alg\":\"RS256\"}]") + "." + p[1] + "." + p[2], LOGIN));
  }

  private static String signRawPayload(String payloadJson) {
    try {
      com.nimbusds.jose.JWSObject jws =
          new com.nimbusds.jose.JWSObject(
              Tokens.rs256().build(), new com.nimbusds.jose.Payload(payloadJson));
      jws.sign(new com.nimbusds.jose.crypto.RSASSASigner(RSA));
      return jws.serialize();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static com.nimbusds.jose.JWSSigner hmacSigner(byte[] secret) {
    try {
      return new com.nimbusds.jose.crypto.MACSigner(secret);
    } catch (com.nimbusds.jose.KeyLengthException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] rsaPublicKeyBytes() {
    try {
      return RSA.toRSAPublicKey().getEncoded();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] unsigned32(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length);
  }
}
