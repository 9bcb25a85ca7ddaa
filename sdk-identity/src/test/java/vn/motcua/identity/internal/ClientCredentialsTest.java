package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.core.http.HttpRequest;

class ClientCredentialsTest {
  private static final URI TOKEN = URI.create("https://sso.example.vn/token");
  private static final Instant NOW = Instant.parse("2026-09-02T01:00:00Z");

  private final Map<String, String> form = new LinkedHashMap<>();
  private final HttpRequest.Builder request = HttpRequest.builder("POST", TOKEN);

  @Test
  void secretBasic_formEncodesIdAndSecretBeforeJoiningThem() {
    ClientCredentials.secret(ClientCredentials.Kind.SECRET_BASIC, "s3cret:with/odd&chars ")
        .apply("my portal", TOKEN, NOW, form, request);

    String header = request.build().headers().first("Authorization").orElseThrow();
    String pair =
        new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
    assertThat(header).startsWith("Basic ");
    assertThat(pair).isEqualTo("my%20portal:s3cret%3Awith%2Fodd%26chars%20");
    assertThat(form).isEmpty();
  }

  @Test
  void secretPost_putsIdAndSecretInTheForm() {
    ClientCredentials.secret(ClientCredentials.Kind.SECRET_POST, "s3cret")
        .apply("my-portal", TOKEN, NOW, form, request);

    assertThat(form)
        .containsEntry("client_id", "my-portal")
        .containsEntry("client_secret", "s3cret");
    assertThat(request.build().headers().first("Authorization")).isEmpty();
  }

  @Test
  void privateKeyJwt_signsAShortLivedSingleUseAssertionForTheTokenEndpoint() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("client-1").keyUse(KeyUse.SIGNATURE).generate();
    ClientCredentials credentials = ClientCredentials.privateKey(key.toJSONString());

    credentials.apply("my-portal", TOKEN, NOW, form, request);
    Map<String, String> second = new LinkedHashMap<>();
    credentials.apply("my-portal", TOKEN, NOW, second, HttpRequest.builder("POST", TOKEN));

    assertThat(form)
        .containsEntry("client_id", "my-portal")
        .containsEntry("client_assertion_type", ClientCredentials.ASSERTION_TYPE);
    SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("client-1");
    assertThat(jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))).isTrue();
    assertThat(claims.getIssuer()).isEqualTo("my-portal");
    assertThat(claims.getSubject()).isEqualTo("my-portal");
    assertThat(claims.getAudience()).containsExactly(TOKEN.toString());
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(60));
    assertThat(claims.getJWTID()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(SignedJWT.parse(second.get("client_assertion")).getJWTClaimsSet().getJWTID())
        .isNotEqualTo(claims.getJWTID());
    assertThat(credentials.toString()).doesNotContain(key.getPrivateExponent().toString());
  }

  @Test
  void privateKeyJwt_signsEs256WithAP256Key() throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();

    ClientCredentials.privateKey(key.toJSONString()).apply("rp", TOKEN, NOW, form, request);

    SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.verify(new ECDSAVerifier(key.toECPublicKey()))).isTrue();
  }

  @Test
  void privateKey_refusesPublicWeakEncryptionAndMalformedKeys() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).generate();
    RSAKey weak = new RSAKeyGenerator(1024, true).generate();
    RSAKey encryption = new RSAKeyGenerator(2048).keyUse(KeyUse.ENCRYPTION).generate();
    ECKey secp256k1 =
        new ECKeyGenerator(Curve.SECP256K1)
            .provider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
            .generate();

    assertThatThrownBy(() -> ClientCredentials.privateKey(key.toPublicJWK().toJSONString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("private part");
    assertThatThrownBy(() -> ClientCredentials.privateKey(weak.toJSONString()))
        .hasMessageContaining("2048");
    assertThatThrownBy(() -> ClientCredentials.privateKey(encryption.toJSONString()))
        .hasMessageContaining("use=enc");
    assertThatThrownBy(() -> ClientCredentials.privateKey(secp256k1.toJSONString()))
        .hasMessageContaining("P-256");
    assertThatThrownBy(() -> ClientCredentials.privateKey("{\"keys\":[]}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientCredentials.privateKey("not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
