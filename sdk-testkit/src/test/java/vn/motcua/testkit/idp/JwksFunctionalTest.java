package vn.motcua.testkit.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.testkit.idp.TestRelyingParty.Answer;

/** The JWKS endpoint: keys, counting, outages, network faults and key rotation. */
class JwksFunctionalTest {
  private StubIdentityProvider idp;
  private TestRelyingParty rp;

  @BeforeEach
  void start() {
    idp = StubIdentityProvider.builder().build().start();
    rp =
        TestRelyingParty.register(
            idp, StubClient.builder("rp").secret("s").redirectUri("http://localhost/cb").build());
  }

  @AfterEach
  void stop() {
    idp.stop();
  }

  @Test
  void jwks_publishesOnePublicKeyPerAlgorithmWithKidAlgAndUse() throws Exception {
    Answer answer = TestRelyingParty.get(idp.jwksUri());
    JWKSet set = JWKSet.parse(answer.body());

    assertThat(answer.headers().get("Content-Type")).startsWith("application/json");
    assertThat(set.getKeys()).hasSize(3);
    assertThat(set.getKeys())
        .allSatisfy(
            k -> {
              assertThat(k.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
              assertThat(k.isPrivate()).isFalse();
              assertThat(k.getKeyID()).isNotBlank();
            });
    assertThat(answer.body()).doesNotContain("\"d\"");
    for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
      JWK key = set.getKeyByKeyId(idp.signingKeyId(algorithm));
      assertThat(key.getAlgorithm().getName()).isEqualTo(algorithm.name());
      if (algorithm == SigningAlgorithm.ES256) {
        assertThat(((ECKey) key).getCurve()).isEqualTo(Curve.P_256);
      } else {
        assertThat(key.getKeyType()).isEqualTo(KeyType.RSA);
        assertThat(((RSAKey) key).toRSAPublicKey().getModulus().bitLength()).isEqualTo(2048);
      }
    }
    assertThat(set.getKeys().stream().map(JWK::getKeyID).distinct()).hasSize(3);
  }

  @Test
  void jwksRequestCount_countsEveryRequest() {
    TestRelyingParty.get(idp.jwksUri());
    TestRelyingParty.get(idp.jwksUri());
    idp.jwksOutage(true);
    TestRelyingParty.get(idp.jwksUri());

    assertThat(idp.jwksRequestCount()).isEqualTo(3);
    idp.reset();
    assertThat(idp.jwksRequestCount()).isZero();
  }

  @Test
  void jwksOutage_answers503WithRetryAfterUntilLifted() {
    idp.jwksOutage(true);
    Answer down = TestRelyingParty.get(idp.jwksUri());
    Answer stillDown = TestRelyingParty.get(idp.jwksUri());
    idp.jwksOutage(false);
    Answer up = TestRelyingParty.get(idp.jwksUri());

    assertThat(down.status()).isEqualTo(503);
    assertThat(down.headers().get("Retry-After")).isEqualTo("30");
    assertThat(stillDown.status()).isEqualTo(503);
    assertThat(up.status()).isEqualTo(200);
  }

  @ParameterizedTest
  @EnumSource(
      value = JwksFault.class,
      names = {
        "CONNECTION_RESET",
        "EMPTY_RESPONSE",
        "MALFORMED_RESPONSE_CHUNK",
        "RANDOM_DATA_THEN_CLOSE"
      })
  void networkFault_breaksOnlyTheNextRequest(JwksFault fault) {
    idp.faults().nextJwks(fault);

    assertThatThrownBy(() -> readFully(idp.jwksUri().toString())).isInstanceOf(IOException.class);
    assertThat(TestRelyingParty.get(idp.jwksUri()).status()).isEqualTo(200);
    assertThat(idp.jwksRequestCount()).isEqualTo(2);
  }

  private static void readFully(String url) throws IOException {
    try (Response response =
        TestRelyingParty.HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
      String body = response.body().string();
      if (response.code() != 200 || !body.startsWith("{")) {
        throw new IOException("unusable answer " + response.code());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Test
  void withUnusableKeys_addsKeysAVerifierMustSkip() {
    idp.faults().nextJwks(JwksFault.WITH_UNUSABLE_KEYS);

    Map<String, Object> json = TestRelyingParty.get(idp.jwksUri()).json();

    @SuppressWarnings("unchecked") // a JSON array of objects, as parsed
    List<Map<String, Object>> keys = (List<Map<String, Object>>) json.get("keys");
    assertThat(keys).hasSize(6);
    assertThat(keys).anySatisfy(k -> assertThat(k).containsEntry("kty", "XYZ"));
    assertThat(keys).anySatisfy(k -> assertThat(k).containsEntry("use", "enc"));
    assertThat(keys)
        .anySatisfy(
            k -> {
              assertThat(k).containsEntry("kty", "RSA").containsEntry("use", "sig");
              assertThat(
                      new com.nimbusds.jose.util.Base64URL((String) k.get("n"))
                          .decodeToBigInteger()
                          .bitLength())
                  .isEqualTo(1024);
            });
    assertThat(rp.jwks().getKeys()).hasSize(3);
  }

  @Test
  void rotateSigningKey_publishesANewKidSignsWithItAndKeepsTheOldOne() throws Exception {
    String before = idp.signingKeyId(SigningAlgorithm.RS256);

    idp.rotateSigningKey();
    String idToken = rp.signIn("citizen-01").string("id_token");

    String after = idp.signingKeyId(SigningAlgorithm.RS256);
    assertThat(after).isNotEqualTo(before);
    assertThat(SignedJWT.parse(idToken).getHeader().getKeyID()).isEqualTo(after);
    JWKSet published = rp.jwks();
    assertThat(published.getKeyByKeyId(after)).isNotNull();
    assertThat(published.getKeyByKeyId(before)).isNotNull();
    assertThat(published.getKeys()).hasSize(6);
    assertThat(rp.verify(idToken).getSubject())
        .isEqualTo(idp.personas().get("citizen-01").subject());
  }

  @Test
  void rotateSigningKey_removingThePreviousKeysLeavesOnlyTheNewOnes() {
    String before = idp.signingKeyId(SigningAlgorithm.ES256);
    String oldToken = rp.signIn("citizen-01").string("id_token");

    idp.rotateSigningKey(PreviousKey.REMOVE);

    JWKSet published = rp.jwks();
    assertThat(published.getKeys()).hasSize(3);
    assertThat(published.getKeyByKeyId(before)).isNull();
    assertThat(published.getKeyByKeyId(idp.signingKeyId(SigningAlgorithm.ES256))).isNotNull();
    assertThatThrownBy(() -> rp.verify(oldToken)).isInstanceOf(AssertionError.class);
  }
}
