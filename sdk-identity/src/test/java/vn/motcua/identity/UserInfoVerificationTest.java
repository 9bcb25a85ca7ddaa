package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.Tokens.RSA;
import static vn.motcua.identity.Tokens.sign;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Signed userinfo answers, verified with the ID token's keys and algorithm allow-list. */
class UserInfoVerificationTest {
  private static final String SUBJECT = "sub-4711";

  private final IdTokenVerifier verifier = Tokens.verifier(RSA).build();

  private static Map<String, Object> userInfo(Consumer<Map<String, Object>> change) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", Tokens.ISSUER);
    claims.put("aud", List.of(Tokens.CLIENT_ID));
    claims.put("sub", SUBJECT);
    claims.put("HoVaTen", "Nguyễn Văn An");
    change.accept(claims);
    return claims;
  }

  @Test
  void verifyUserInfo_returnsTheClaimsOfAValidAnswerWithoutTimeClaims() {
    Map<String, Object> claims = verifier.verifyUserInfo(sign(RSA, userInfo(c -> {})), SUBJECT);

    assertThat(claims).containsEntry("HoVaTen", "Nguyễn Văn An").doesNotContainKey("exp");
  }

  @Test
  void verifyUserInfo_acceptsAnAnswerWithoutIssuerOrAudience() {
    Map<String, Object> claims =
        verifier.verifyUserInfo(
            sign(
                RSA,
                userInfo(
                    c -> {
                      c.remove("iss");
                      c.remove("aud");
                    })),
            SUBJECT);

    assertThat(claims).containsEntry("sub", SUBJECT);
  }

  @Test
  void verifyUserInfo_rejectsABadSignature() {
    Rejected.withCode(
        IdentityCodes.TOKEN_SIGNATURE,
        () ->
            verifier.verifyUserInfo(
                sign(Tokens.rs256().build(), Tokens.RSA_2, userInfo(c -> {})), SUBJECT));
  }

  @Test
  void verifyUserInfo_rejectsAnAlgorithmOffTheAllowList() {
    IdTokenVerifier es256Only = Tokens.verifier(RSA).allowedAlgorithms("ES256").build();

    Rejected.withCode(
        IdentityCodes.TOKEN_ALGORITHM,
        () -> es256Only.verifyUserInfo(sign(RSA, userInfo(c -> {})), SUBJECT));
  }

  @Test
  void verifyUserInfo_rejectsAnotherSubject() {
    IdentityException error =
        (IdentityException)
            Rejected.withCode(
                IdentityCodes.USERINFO_SUBJECT_MISMATCH,
                () -> verifier.verifyUserInfo(sign(RSA, userInfo(c -> {})), "someone-else"));

    assertThat(error).isNotInstanceOf(TokenRejectedException.class);
  }

  @Test
  void verifyUserInfo_rejectsAMissingSubject() {
    Rejected.withCode(
        IdentityCodes.TOKEN_MISSING_CLAIM,
        () -> verifier.verifyUserInfo(sign(RSA, userInfo(c -> c.remove("sub"))), SUBJECT));
  }

  @Test
  void verifyUserInfo_rejectsAnotherIssuer() {
    Rejected.withCode(
        IdentityCodes.TOKEN_ISSUER,
        () ->
            verifier.verifyUserInfo(
                sign(RSA, userInfo(c -> c.put("iss", "https://evil.example"))), SUBJECT));
  }

  @Test
  void verifyUserInfo_rejectsAnAudienceWithoutTheClient() {
    Rejected.withCode(
        IdentityCodes.TOKEN_AUDIENCE,
        () ->
            verifier.verifyUserInfo(
                sign(RSA, userInfo(c -> c.put("aud", List.of("another-client")))), SUBJECT));
  }

  @Test
  void verifyUserInfo_rejectsGarbageWithATypedError() {
    Rejected.withCode(
        IdentityCodes.TOKEN_MALFORMED, () -> verifier.verifyUserInfo("not.a-token", SUBJECT));
    Rejected.withCode(
        IdentityCodes.TOKEN_ALGORITHM,
        () ->
            verifier.verifyUserInfo(
                Tokens.raw("{\"alg\":\"none\"}", "{\"sub\":\"sub-4711\"}", ""), SUBJECT));
  }

  @Test
  void verifyUserInfo_decryptsAnEncryptedAnswerEvenWhenIdTokensMustBeEncrypted() throws Exception {
    RSAKey clientKey = Tokens.rsa("client-enc", 2048);
    IdTokenVerifier encrypted =
        Tokens.verifier(RSA)
            .decryptionKeys(new JWKSet(clientKey).toString(false))
            .requireEncryption(true)
            .build();
    JWEObject jwe =
        new JWEObject(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .contentType("JWT")
                .build(),
            new Payload(
                sign(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(RSA.getKeyID()).build(),
                    RSA,
                    userInfo(c -> {}))));
    jwe.encrypt(new RSAEncrypter(clientKey.toRSAPublicKey()));

    assertThat(encrypted.verifyUserInfo(jwe.serialize(), SUBJECT)).containsEntry("sub", SUBJECT);
    assertThat(encrypted.verifyUserInfo(sign(RSA, userInfo(c -> {})), SUBJECT))
        .containsEntry("sub", SUBJECT);
  }
}
