package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.motcua.core.MotcuaException;

/** Whatever the input, the verifier answers with a typed motcua error, never anything else. */
class IdTokenVerifierPropertiesTest {
  private static final IdTokenVerifier VERIFIER =
      Tokens.verifier(Tokens.RSA, Tokens.EC)
          .decryptionKeys(new com.nimbusds.jose.jwk.JWKSet(Tokens.rsa("enc", 2048)).toString(false))
          .build();
  private static final VerificationContext LOGIN =
      VerificationContext.expectingNonce(Tokens.NONCE).build();

  @Property(tries = 2000)
  void arbitraryStrings_failOnlyWithMotcuaExceptions(@ForAll String input) {
    assertOnlyMotcuaErrors(input);
  }

  @Property(tries = 2000)
  void tokenShapedInput_failsOnlyWithMotcuaExceptions(@ForAll("tokenShaped") String input) {
    assertOnlyMotcuaErrors(input);
  }

  @Provide
  Arbitrary<String> tokenShaped() {
    Arbitrary<String> json =
        Arbitraries.oneOf(
            Arbitraries.of(
                "{\"alg\":\"RS256\"}",
                "{\"alg\":\"ES256\",\"kid\":\"ec-1\"}",
                "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\"}",
                "{\"alg\":\"RS256\",\"crit\":[\"x\"],\"x\":1}",
                "{\"alg\":\"HS256\",\"kid\":\"rsa-1\"}",
                "{\"alg\":\"RS256\",\"jwk\":{\"kty\":\"RSA\"}}",
                "{\"alg\":\"RS256\",\"typ\":[1]}",
                "{\"iss\":1,\"exp\":\"x\",\"aud\":[null]}",
                "[]",
                "null",
                "{}"),
            Arbitraries.strings().ofMaxLength(60));
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            json.map(IdTokenVerifierPropertiesTest::b64),
            Arbitraries.strings().withChars("ABCabc019-_=+/.").ofMaxLength(40),
            Arbitraries.bytes()
                .array(byte[].class)
                .ofMaxSize(80)
                .map(IdTokenVerifierPropertiesTest::b64));
    Arbitrary<Integer> count = Arbitraries.of(1, 2, 3, 4, 5, 6);
    return Combinators.combine(segment.list().ofSize(6), count)
        .as((parts, n) -> String.join(".", parts.subList(0, n)));
  }

  private static void assertOnlyMotcuaErrors(String input) {
    Throwable thrown = catchThrowable(() -> VERIFIER.verify(input, LOGIN));
    assertThat(thrown).isInstanceOf(MotcuaException.class);
  }

  private static String b64(String text) {
    return b64(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
