package vn.motcua.testkit.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.PasswordBasedDecrypter;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.crypto.impl.ECDSA;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.X509CertUtils;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.testkit.idp.TestRelyingParty.Answer;
import vn.motcua.testkit.idp.TestRelyingParty.Authorization;
import vn.motcua.testkit.persona.AccountLevel;
import vn.motcua.testkit.persona.Persona;

/**
 * Each {@link TokenFault} produces exactly the defect it names: the token is taken apart and the
 * defect asserted, while what the fault does not name stays sound.
 */
class TokenFaultFunctionalTest {
  private static final Instant START = Instant.parse("2026-03-01T02:00:00Z");
  private static final MutableClock clock = new MutableClock(START);
  private static final StubIdentityProvider idp =
      StubIdentityProvider.builder().clock(clock).build();
  private static final RSAKey ENCRYPTION = Keys.rsa("client-enc", KeyUse.ENCRYPTION);
  private static final String PERSONA = "citizen-01";
  private static TestRelyingParty rs256;
  private static TestRelyingParty es256;
  private static TestRelyingParty encrypted;

  @BeforeAll
  static void start() {
    idp.start();
    rs256 = TestRelyingParty.register(idp, client("rp-rs256", SigningAlgorithm.RS256).build());
    es256 = TestRelyingParty.register(idp, client("rp-es256", SigningAlgorithm.ES256).build());
    encrypted =
        TestRelyingParty.register(
            idp,
            client("rp-encrypted", SigningAlgorithm.RS256).idTokenEncryptionKey(ENCRYPTION).build(),
            null,
            ENCRYPTION);
  }

  private static StubClient.Builder client(String id, SigningAlgorithm algorithm) {
    return StubClient.builder(id)
        .secret("secret")
        .redirectUri("http://localhost:8080/cb")
        .idTokenAlgorithm(algorithm);
  }

  @AfterAll
  static void stop() {
    idp.stop();
  }

  @AfterEach
  void reset() {
    idp.reset();
  }

  /** What a fault test knows: the token and the request and response around it. */
  private record Minted(
      String token, Authorization authorization, Answer answer, TestRelyingParty rp) {
    String[] segments() {
      return token.split("\\.", -1);
    }

    String rawHeader() {
      return new Base64URL(segments()[0]).decodeToString();
    }

    String rawPayload() {
      return new Base64URL(segments()[1]).decodeToString();
    }

    Map<String, Object> header() {
      return parse(rawHeader());
    }

    Map<String, Object> claims() {
      return parse(rawPayload());
    }

    byte[] signature() {
      return new Base64URL(segments()[2]).decode();
    }

    long now() {
      return clock.instant().getEpochSecond();
    }
  }

  private static Minted mint(TestRelyingParty rp, TokenFault fault) {
    return mint(rp, fault, Map.of());
  }

  private static Minted mint(TestRelyingParty rp, TokenFault fault, Map<String, String> request) {
    idp.faults().nextIdToken(fault);
    Authorization authorization = rp.authorization(request);
    Answer answer = rp.signIn(authorization, PERSONA);
    return new Minted(answer.string("id_token"), authorization, answer, rp);
  }

  @ParameterizedTest
  @EnumSource(TokenFault.class)
  void fault_producesTheDefectItNamesForAnRs256Client(TokenFault fault) throws Exception {
    TestRelyingParty rp = fault.name().startsWith("JWE_") ? encrypted : rs256;
    Map<String, String> request =
        switch (fault) {
          case AUTH_TIME_TOO_OLD -> Map.of("max_age", "600");
          case LOW_ACR -> Map.of("acr_values", idp.acrValue(AccountLevel.LEVEL_2));
          default -> Map.of();
        };

    Minted minted = mint(rp, fault, request);

    assertDefect(fault, minted);
  }

  @ParameterizedTest
  @EnumSource(
      value = TokenFault.class,
      names = {
        "BAD_SIGNATURE",
        "UNEXPECTED_ALGORITHM",
        "EMBEDDED_JWK",
        "JKU_HEADER",
        "X5U_HEADER",
        "X5C_HEADER",
        "UNKNOWN_KID",
        "NO_KID",
        "UNKNOWN_CRIT"
      })
  void fault_producesTheDefectItNamesForAnEs256Client(TokenFault fault) throws Exception {
    assertDefect(fault, mint(es256, fault));
  }

  @Test
  void nextIdToken_appliesToOneTokenOnly() throws Exception {
    idp.faults().nextIdToken(TokenFault.WRONG_ISSUER).nextIdToken(TokenFault.MISSING_SUB);

    String first = rs256.signIn(PERSONA).string("id_token");
    String second = rs256.signIn(PERSONA).string("id_token");
    String third = rs256.signIn(PERSONA).string("id_token");

    assertThat(JWSObject.parse(first).getPayload().toJSONObject())
        .containsEntry("iss", "https://idp.untrusted.example");
    assertThat(JWSObject.parse(second).getPayload().toJSONObject()).doesNotContainKey("sub");
    assertThat(rs256.verify(third).getIssuer()).isEqualTo(idp.issuer().toString());
  }

  @Test
  void everyIdToken_appliesUntilCleared() throws Exception {
    idp.faults().everyIdToken(TokenFault.MISSING_NONCE);

    String first = rs256.signIn(PERSONA).string("id_token");
    String second = rs256.signIn(PERSONA).string("id_token");
    idp.faults().clear();
    String third = rs256.signIn(PERSONA).string("id_token");

    assertThat(JWSObject.parse(first).getPayload().toJSONObject()).doesNotContainKey("nonce");
    assertThat(JWSObject.parse(second).getPayload().toJSONObject()).doesNotContainKey("nonce");
    assertThat(JWSObject.parse(third).getPayload().toJSONObject()).containsKey("nonce");
  }

  @Test
  void fault_appliesToARefreshedIdTokenToo() throws Exception {
    Answer first = rs256.signIn(PERSONA);
    idp.faults().nextIdToken(TokenFault.DIFFERENT_SUBJECT);

    String refreshed = rs256.refresh(first.string("refresh_token")).string("id_token");

    assertThat(rs256.verify(refreshed).getSubject())
        .isNotEqualTo(rs256.verify(first.string("id_token")).getSubject());
  }

  private void assertDefect(TokenFault fault, Minted m) throws Exception {
    SigningAlgorithm algorithm = m.rp().client.idTokenAlgorithm();
    String realKid = idp.signingKeyId(algorithm);
    Map<String, Object> header;
    switch (fault) {
      case BAD_SIGNATURE -> {
        assertThat(m.header()).containsEntry("alg", algorithm.name()).containsEntry("kid", realKid);
        assertThat(verifiesWithPublished(m.token())).isFalse();
        byte[] repaired = m.signature();
        repaired[repaired.length - 1] ^= 1;
        assertThat(verifiesWithPublished(withSignature(m.token(), repaired))).isTrue();
        assertClaimsSound(m);
      }
      case UNEXPECTED_ALGORITHM -> {
        String other = algorithm == SigningAlgorithm.RS256 ? "PS256" : "RS256";
        assertThat(m.header()).containsEntry("alg", other);
        assertThat(m.header().get("kid"))
            .isEqualTo(idp.signingKeyId(SigningAlgorithm.valueOf(other)));
        assertThat(verifiesWithPublished(m.token())).isTrue();
        assertClaimsSound(m);
      }
      case ALG_NONE, ALG_NONE_CAPITALIZED, ALG_NONE_UPPERCASE, ALG_NONE_MIXED_CASE -> {
        String expected =
            Map.of(
                    TokenFault.ALG_NONE, "none",
                    TokenFault.ALG_NONE_CAPITALIZED, "None",
                    TokenFault.ALG_NONE_UPPERCASE, "NONE",
                    TokenFault.ALG_NONE_MIXED_CASE, "nOnE")
                .get(fault);
        assertThat(m.header()).containsEntry("alg", expected).doesNotContainKey("kid");
        assertThat(m.segments()).hasSize(3);
        assertThat(m.segments()[2]).isEmpty();
        assertClaimsSound(m);
      }
      case HS256_WITH_RSA_PUBLIC_KEY -> {
        String rsaKid = idp.signingKeyId(SigningAlgorithm.RS256);
        assertThat(m.header()).containsEntry("alg", "HS256").containsEntry("kid", rsaKid);
        RSAPublicKey published =
            idp.publishedKeys().getKeyByKeyId(rsaKid).toRSAKey().toRSAPublicKey();
        byte[] pem = pem("PUBLIC KEY", published.getEncoded()).getBytes(StandardCharsets.UTF_8);
        assertThat(JWSObject.parse(m.token()).verify(new MACVerifier(pem))).isTrue();
        assertClaimsSound(m);
      }
      case EMBEDDED_JWK -> {
        header = m.header();
        assertThat(header).containsEntry("kid", realKid);
        @SuppressWarnings("unchecked") // a JSON object, as parsed
        JWK embedded = JWK.parse((Map<String, Object>) header.get("jwk"));
        assertThat(isPublished(embedded)).isFalse();
        assertThat(embedded.isPrivate()).isFalse();
        assertThat(JWSObject.parse(m.token()).verify(verifier(embedded))).isTrue();
        assertThat(verifiesWithPublished(m.token())).isFalse();
        assertClaimsSound(m);
      }
      case JKU_HEADER -> {
        header = m.header();
        assertThat(header.get("jku")).isEqualTo(idp.issuer() + "/untrusted/jwks.json");
        assertThat(idp.publishedKeys().getKeyByKeyId((String) header.get("kid"))).isNull();
        assertThat(idp.untrustedUrlRequestCount()).isZero();
        JWKSet set =
            JWKSet.parse(
                TestRelyingParty.get(java.net.URI.create((String) header.get("jku"))).body());
        assertThat(idp.untrustedUrlRequestCount()).isEqualTo(1);
        JWK key = set.getKeyByKeyId((String) header.get("kid"));
        assertThat(JWSObject.parse(m.token()).verify(verifier(key))).isTrue();
        assertThat(verifiesWithPublished(m.token())).isFalse();
        assertClaimsSound(m);
      }
      case X5U_HEADER -> {
        header = m.header();
        String url = (String) header.get("x5u");
        assertThat(url).startsWith(idp.issuer() + "/untrusted/").endsWith("-cert.pem");
        X509Certificate cert =
            X509CertUtils.parse(TestRelyingParty.get(java.net.URI.create(url)).body());
        assertThat(idp.untrustedUrlRequestCount()).isEqualTo(1);
        assertThat(JWSObject.parse(m.token()).verify(verifier(cert.getPublicKey()))).isTrue();
        assertThat(verifiesWithPublished(m.token())).isFalse();
        assertClaimsSound(m);
      }
      case X5C_HEADER -> {
        @SuppressWarnings("unchecked") // a JSON array of strings, as parsed
        List<String> chain = (List<String>) m.header().get("x5c");
        X509Certificate cert = X509CertUtils.parse(new Base64(chain.get(0)).decode());
        assertThat(JWSObject.parse(m.token()).verify(verifier(cert.getPublicKey()))).isTrue();
        assertThat(verifiesWithPublished(m.token())).isFalse();
        assertClaimsSound(m);
      }
      case HOSTILE_KID -> {
        String kid = (String) m.header().get("kid");
        assertThat(kid).hasSize(10_000).contains("../", "\u0000", "' OR '1'='1", "http://");
        assertThat(JWSObject.parse(m.token()).verify(verifier(publishedKey(realKid)))).isTrue();
        assertClaimsSound(m);
      }
      case UNKNOWN_KID -> {
        String kid = (String) m.header().get("kid");
        assertThat(idp.publishedKeys().getKeyByKeyId(kid)).isNull();
        assertThat(m.header()).containsEntry("alg", algorithm.name());
        assertThat(verifiesWithPublished(m.token())).isFalse();
        assertClaimsSound(m);
      }
      case NO_KID -> {
        assertThat(m.header()).doesNotContainKey("kid").containsEntry("alg", algorithm.name());
        assertThat(JWSObject.parse(m.token()).verify(verifier(publishedKey(realKid)))).isTrue();
        assertClaimsSound(m);
      }
      case UNKNOWN_CRIT -> {
        assertThat(m.header())
            .containsEntry("crit", List.of("urn:motcua:stub:unknown"))
            .containsEntry("urn:motcua:stub:unknown", true);
        JWK key = publishedKey(realKid);
        JWSVerifier lenient =
            key instanceof ECKey ec
                ? new ECDSAVerifier(ec.toECPublicKey(), Set.of("urn:motcua:stub:unknown"))
                : new RSASSAVerifier(
                    key.toRSAKey().toRSAPublicKey(), Set.of("urn:motcua:stub:unknown"));
        assertThat(JWSObject.parse(m.token()).verify(lenient)).isTrue();
        assertClaimsSound(m);
      }
      case ECDSA_ZERO_SIGNATURE,
          ECDSA_ORDER_SIGNATURE,
          ECDSA_DER_SIGNATURE,
          ECDSA_TRUNCATED_SIGNATURE -> {
        String esKid = idp.signingKeyId(SigningAlgorithm.ES256);
        assertThat(m.header()).containsEntry("alg", "ES256").containsEntry("kid", esKid);
        byte[] s = m.signature();
        switch (fault) {
          case ECDSA_ZERO_SIGNATURE -> assertThat(s).isEqualTo(new byte[64]);
          case ECDSA_ORDER_SIGNATURE -> {
            byte[] n =
                unsigned32(
                    ECKey.parse(publishedKey(esKid).toJSONString())
                        .getCurve()
                        .toECParameterSpec()
                        .getOrder());
            assertThat(Arrays.copyOfRange(s, 0, 32)).isEqualTo(n);
            assertThat(Arrays.copyOfRange(s, 32, 64)).isEqualTo(n);
          }
          case ECDSA_DER_SIGNATURE -> {
            assertThat(s[0]).isEqualTo((byte) 0x30);
            byte[] concat = ECDSA.transcodeSignatureToConcat(s, 64);
            assertThat(
                    JWSObject.parse(withSignature(m.token(), concat))
                        .verify(verifier(publishedKey(esKid))))
                .isTrue();
          }
          default -> assertThat(s).hasSize(63);
        }
        assertClaimsSound(m);
      }
      case WEAK_RSA_KEY -> {
        String kid = (String) m.header().get("kid");
        JWK weak = idp.publishedKeys().getKeyByKeyId(kid);
        assertThat(weak).isNotNull();
        assertThat(weak.toRSAKey().toRSAPublicKey().getModulus().bitLength()).isEqualTo(1024);
        assertThat(m.header()).containsEntry("alg", "RS256");
        assertThat(JWSObject.parse(m.token()).verify(verifier(weak))).isTrue();
        assertClaimsSound(m);
      }
      case WRONG_ISSUER -> {
        assertSignedSoundly(m);
        assertThat(m.claims()).containsEntry("iss", "https://idp.untrusted.example");
      }
      case MISSING_ISSUER -> {
        assertSignedSoundly(m);
        assertThat(m.claims()).doesNotContainKey("iss").containsKey("sub");
      }
      case WRONG_AUDIENCE -> {
        assertSignedSoundly(m);
        assertThat(m.claims()).containsEntry("aud", List.of("untrusted-client"));
      }
      case EXTRA_AUDIENCE_WITHOUT_AZP -> {
        assertSignedSoundly(m);
        assertThat(m.claims())
            .containsEntry("aud", List.of(m.rp().client.clientId(), "https://rp.untrusted.example"))
            .doesNotContainKey("azp");
      }
      case EXPIRED -> {
        assertSignedSoundly(m);
        assertThat(number(m, "exp")).isLessThan(m.now() - 3600);
      }
      case NOT_YET_VALID -> {
        assertSignedSoundly(m);
        assertThat(number(m, "nbf")).isGreaterThan(m.now() + 1800);
        assertThat(number(m, "exp")).isGreaterThan(m.now());
      }
      case ISSUED_IN_FUTURE -> {
        assertSignedSoundly(m);
        assertThat(number(m, "iat")).isGreaterThan(m.now() + 1800);
      }
      case STALE_IAT -> {
        assertSignedSoundly(m);
        assertThat(number(m, "iat")).isLessThan(m.now() - 86_400);
        assertThat(number(m, "exp")).isGreaterThan(m.now());
      }
      case MISSING_IAT, MISSING_SUB, MISSING_EXP -> {
        assertSignedSoundly(m);
        String claim =
            fault.name().substring("MISSING_".length()).toLowerCase(java.util.Locale.ROOT);
        assertThat(m.claims()).doesNotContainKey(claim).containsKey("nonce");
      }
      case NON_INTEGER_EXP -> {
        assertSignedSoundly(m);
        assertThat(m.claims().get("exp")).isInstanceOf(String.class);
        assertThat(Long.parseLong((String) m.claims().get("exp"))).isGreaterThan(m.now());
      }
      case OVERFLOWING_EXP -> {
        assertSignedSoundly(m);
        assertThat(m.rawPayload()).contains("\"exp\":" + BigInteger.ONE.shiftLeft(64));
      }
      case WRONG_NONCE -> {
        assertSignedSoundly(m);
        assertThat(m.claims().get("nonce")).isNotNull().isNotEqualTo(m.authorization().nonce());
      }
      case MISSING_NONCE -> {
        assertSignedSoundly(m);
        assertThat(m.claims()).doesNotContainKey("nonce");
      }
      case DIFFERENT_SUBJECT -> {
        assertSignedSoundly(m);
        Object sub = m.claims().get("sub");
        assertThat(sub).isNotNull();
        assertThat(idp.personas().all().stream().map(Persona::subject))
            .doesNotContain((String) sub);
      }
      case LOW_ACR -> {
        assertSignedSoundly(m);
        assertThat(idp.personas().get(PERSONA).level()).isEqualTo(AccountLevel.LEVEL_2);
        assertThat(m.claims())
            .containsEntry("acr", idp.acrValue(AccountLevel.LEVEL_1))
            .containsEntry("loAs", List.of("1"));
      }
      case AUTH_TIME_TOO_OLD -> {
        assertSignedSoundly(m);
        assertThat(number(m, "auth_time")).isLessThan(m.now() - 600);
        assertThat(number(m, "iat")).isEqualTo(m.now());
      }
      case WRONG_AT_HASH -> {
        assertSignedSoundly(m);
        assertThat(m.claims().get("at_hash"))
            .isNotNull()
            .isNotEqualTo(TestRelyingParty.atHash(m.answer().string("access_token")));
      }
      case DUPLICATE_CLAIM -> {
        assertThat(verifiesWithPublished(m.token())).isTrue();
        String payload = m.rawPayload();
        String expected = "\"sub\":\"" + idp.personas().get(PERSONA).subject() + "\"";
        assertThat(payload.indexOf("\"sub\"")).isEqualTo(payload.indexOf(expected));
        assertThat(payload.lastIndexOf("\"sub\"")).isGreaterThan(payload.indexOf(expected));
        assertThat(payload.substring(payload.lastIndexOf("\"sub\""))).doesNotStartWith(expected);
      }
      case DEEPLY_NESTED_CLAIM -> {
        assertThat(verifiesWithPublished(m.token())).isTrue();
        assertThat(m.rawPayload())
            .contains("\"nested\":" + "[".repeat(100_000) + "]".repeat(100_000));
      }
      case OVERSIZED -> {
        assertSignedSoundly(m);
        assertThat(m.token().length()).isGreaterThan(1_000_000);
      }
      case ACCESS_TOKEN_TYPE -> {
        assertSignedSoundly(m);
        assertThat(m.header()).containsEntry("typ", "at+jwt");
      }
      case LOGOUT_TOKEN -> {
        assertSignedSoundly(m);
        assertThat(m.header()).containsEntry("typ", "logout+jwt");
        assertThat(m.claims())
            .containsKey("jti")
            .containsEntry(
                "events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
      }
      case MALFORMED_BASE64 -> {
        assertThat(m.segments()).hasSize(3);
        assertThat(m.segments()[1]).contains("!");
        assertThat(m.segments()[0]).matches("[A-Za-z0-9_-]+");
      }
      case TWO_SEGMENTS -> {
        assertThat(m.segments()).hasSize(2);
        assertThat(m.claims()).containsKey("sub");
      }
      case FOUR_SEGMENTS -> assertThat(m.segments()).hasSize(4);
      case HEADER_NOT_OBJECT -> {
        assertThat(m.rawHeader()).startsWith("[{").contains("\"alg\":\"RS256\"");
        byte[] input =
            (m.segments()[0] + "." + m.segments()[1]).getBytes(StandardCharsets.US_ASCII);
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publishedKey(realKid).toRSAKey().toRSAPublicKey());
        rsa.update(input);
        assertThat(rsa.verify(m.signature())).isTrue();
      }
      case JWE_RSA1_5 -> {
        JWEObject jwe = JWEObject.parse(m.token());
        assertThat(jwe.getHeader().getAlgorithm().getName()).isEqualTo("RSA1_5");
        assertThat(jwe.getHeader().getEncryptionMethod().getName()).isEqualTo("A256GCM");
        jwe.decrypt(new RSADecrypter(ENCRYPTION));
        assertThat(verifiesWithPublished(jwe.getPayload().toString())).isTrue();
      }
      case JWE_PBES2 -> {
        JWEObject jwe = JWEObject.parse(m.token());
        assertThat(jwe.getHeader().getAlgorithm().getName()).isEqualTo("PBES2-HS256+A128KW");
        jwe.decrypt(new PasswordBasedDecrypter("untrusted-password"));
        assertThat(verifiesWithPublished(jwe.getPayload().toString())).isTrue();
      }
    }
  }

  /** The signature verifies with the published key the client expects, header untouched. */
  private void assertSignedSoundly(Minted m) throws Exception {
    SigningAlgorithm algorithm = m.rp().client.idTokenAlgorithm();
    assertThat(m.header())
        .containsEntry("alg", algorithm.name())
        .containsEntry("kid", idp.signingKeyId(algorithm));
    assertThat(verifiesWithPublished(m.token())).isTrue();
  }

  /** The claims a header or signature fault leaves alone are those of a sound token. */
  private void assertClaimsSound(Minted m) {
    Map<String, Object> claims = m.claims();
    assertThat(claims)
        .containsEntry("iss", idp.issuer().toString())
        .containsEntry("sub", idp.personas().get(PERSONA).subject())
        .containsEntry("aud", List.of(m.rp().client.clientId()))
        .containsEntry("nonce", m.authorization().nonce())
        .containsEntry("at_hash", TestRelyingParty.atHash(m.answer().string("access_token")));
    assertThat(number(m, "exp")).isGreaterThan(m.now());
  }

  private static long number(Minted m, String claim) {
    return ((Number) m.claims().get(claim)).longValue();
  }

  private static boolean verifiesWithPublished(String token) throws Exception {
    JWSObject jws = JWSObject.parse(token);
    String kid = jws.getHeader().getKeyID();
    JWK key = kid == null ? null : idp.publishedKeys().getKeyByKeyId(kid);
    if (key == null) {
      for (JWK candidate : idp.publishedKeys().getKeys()) {
        if (verifySafely(jws, candidate)) {
          return true;
        }
      }
      return false;
    }
    return verifySafely(jws, key);
  }

  private static boolean verifySafely(JWSObject jws, JWK key) {
    try {
      return JWSObject.parse(jws.serialize()).verify(verifier(key));
    } catch (Exception e) {
      return false;
    }
  }

  private static JWK publishedKey(String kid) {
    JWK key = idp.publishedKeys().getKeyByKeyId(kid);
    assertThat(key).as("published key %s", kid).isNotNull();
    return key;
  }

  private static boolean isPublished(JWK key) throws Exception {
    for (JWK published : idp.publishedKeys().getKeys()) {
      if (published.computeThumbprint().equals(key.computeThumbprint())) {
        return true;
      }
    }
    return false;
  }

  private static JWSVerifier verifier(JWK key) throws Exception {
    return key instanceof ECKey ec
        ? new ECDSAVerifier(ec.toECPublicKey())
        : new RSASSAVerifier(key.toRSAKey().toRSAPublicKey());
  }

  private static JWSVerifier verifier(PublicKey key) throws Exception {
    return key instanceof ECPublicKey ec
        ? new ECDSAVerifier(ec)
        : new RSASSAVerifier((RSAPublicKey) key);
  }

  private static String withSignature(String token, byte[] signature) {
    return token.substring(0, token.lastIndexOf('.') + 1) + Base64URL.encode(signature);
  }

  private static Map<String, Object> parse(String json) {
    try {
      return JSONObjectUtils.parse(json);
    } catch (ParseException e) {
      throw new AssertionError("not a JSON object: " + json, e);
    }
  }

  private static String pem(String type, byte[] der) {
    String body =
        java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static byte[] unsigned32(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return Arrays.copyOfRange(bytes, bytes.length - 32, bytes.length);
  }
}
