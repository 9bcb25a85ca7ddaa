package vn.motcua.testkit.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.testkit.idp.TestRelyingParty.Answer;
import vn.motcua.testkit.idp.TestRelyingParty.Authorization;
import vn.motcua.testkit.idp.TestRelyingParty.Callback;
import vn.motcua.testkit.persona.AccountLevel;
import vn.motcua.testkit.persona.Persona;

/** The happy path of the code flow, for every algorithm and client authentication method. */
class CodeFlowFunctionalTest {
  // A clock that stands still, so that auth_time (at /authorize) and iat (at /token) are equal.
  private static final MutableClock clock =
      new MutableClock(java.time.Instant.parse("2026-09-02T01:00:00Z"));
  private static final StubIdentityProvider idp =
      StubIdentityProvider.builder().clock(clock).build();
  private static final RSAKey RSA_CLIENT_KEY = Keys.rsa("client-rsa", KeyUse.SIGNATURE);
  private static final ECKey EC_CLIENT_KEY = Keys.ec("client-ec");

  @BeforeAll
  static void start() {
    idp.start();
  }

  @AfterAll
  static void stop() {
    idp.stop();
  }

  @AfterEach
  void clearFaults() {
    idp.reset();
  }

  static Stream<Arguments> algorithmsAndMethods() {
    return Stream.of(SigningAlgorithm.values())
        .flatMap(a -> Stream.of(ClientAuthMethod.values()).map(m -> Arguments.of(a, m)));
  }

  private static TestRelyingParty client(SigningAlgorithm algorithm, ClientAuthMethod method) {
    String id = "rp-" + algorithm + "-" + method.value();
    StubClient.Builder builder =
        StubClient.builder(id)
            .redirectUri("http://localhost:8080/callback")
            .idTokenAlgorithm(algorithm)
            .authMethod(method);
    JWK assertionKey = algorithm == SigningAlgorithm.ES256 ? EC_CLIENT_KEY : RSA_CLIENT_KEY;
    if (method == ClientAuthMethod.PRIVATE_KEY_JWT) {
      builder.jwkSet(new JWKSet(assertionKey));
    } else {
      builder.secret("s3cret:with/odd&chars " + id);
    }
    TestRelyingParty rp = TestRelyingParty.register(idp, builder.build(), assertionKey, null);
    rp.clock = clock;
    return rp;
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("algorithmsAndMethods")
  void codeFlow_issuesAnIdTokenThatVerifiesWithThePublishedKeys(
      SigningAlgorithm algorithm, ClientAuthMethod method) throws ParseException {
    TestRelyingParty rp = client(algorithm, method);
    Persona persona = idp.personas().get("citizen-02");
    Authorization authorization = rp.authorization();

    Callback callback = rp.login(authorization, persona.id());
    Answer answer = rp.exchange(authorization, callback.code());

    assertThat(callback.params())
        .containsEntry("state", authorization.state())
        .containsEntry("iss", idp.issuer().toString());
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers().get("Cache-Control")).isEqualTo("no-store");
    Map<String, Object> tokens = answer.json();
    assertThat(tokens)
        .containsEntry("token_type", "Bearer")
        .containsEntry("expires_in", 3600L)
        .containsKeys("access_token", "refresh_token", "id_token");
    String idToken = (String) tokens.get("id_token");
    SignedJWT jws = SignedJWT.parse(idToken);
    assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.parse(algorithm.name()));
    assertThat(jws.getHeader().getKeyID()).isEqualTo(idp.signingKeyId(algorithm));
    JWTClaimsSet claims = rp.verify(idToken);
    assertThat(claims.getIssuer()).isEqualTo(idp.issuer().toString());
    assertThat(claims.getSubject()).isEqualTo(persona.subject());
    assertThat(claims.getAudience()).containsExactly(rp.client.clientId());
    assertThat(jws.getPayload().toString()).contains("\"aud\":[\"" + rp.client.clientId() + "\"]");
    assertThat(claims.getStringClaim("azp")).isEqualTo(rp.client.clientId());
    assertThat(claims.getStringClaim("nonce")).isEqualTo(authorization.nonce());
    assertThat(claims.getStringClaim("at_hash"))
        .isEqualTo(TestRelyingParty.atHash((String) tokens.get("access_token")));
    assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
        .isEqualTo(3_600_000L);
    assertThat(claims.getLongClaim("auth_time")).isEqualTo(claims.getIssueTime().getTime() / 1000);
    assertThat(claims.getStringClaim("acr")).isEqualTo(idp.acrValue(persona.level()));
    assertThat(claims.getStringClaim("SoDinhDanh")).isEqualTo(persona.personalIdNumber().value());
    assertThat(claims.getStringClaim("HoVaTen")).isEqualTo(persona.fullName());
  }

  @Test
  void idToken_carriesTheDvcqgClaimsOfACitizenInTheDocumentedFormats() throws ParseException {
    TestRelyingParty rp = client(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC);
    Persona persona = idp.personas().get("citizen-01");

    JWTClaimsSet claims = rp.verify(rp.signIn(persona.id()).string("id_token"));

    assertThat(claims.getStringClaim("LoaiTaiKhoan")).isEqualTo("1");
    assertThat(claims.getStringClaim("SoDinhDanh")).isEqualTo(persona.personalIdNumber().value());
    assertThat(claims.getStringClaim("SoCMND"))
        .isEqualTo(persona.legacyIdCardNumber().orElseThrow().value());
    assertThat(claims.getStringClaim("HoVaTen")).isEqualTo("Nguyễn Văn An");
    assertThat(claims.getStringClaim("GioiTinh")).isEqualTo("1");
    assertThat(claims.getStringClaim("NgaySinh")).isEqualTo("14/03/1985");
    assertThat(claims.getStringClaim("DiaChi")).isEqualTo(persona.address());
    assertThat(claims.getStringClaim("SoDienThoai")).isEqualTo(persona.phone());
    assertThat(claims.getStringClaim("ThuDienTu")).isEqualTo(persona.email());
    assertThat(claims.getStringClaim("MaSoThue"))
        .isEqualTo(persona.taxCode().orElseThrow().value());
    assertThat(claims.getStringClaim("TechID")).isEqualTo(persona.techId());
    assertThat(claims.getStringListClaim("loAs")).containsExactly("2");
    assertThat(claims.getStringClaim("acr")).isEqualTo("urn:vneid:loa:2");
    assertThat(claims.getClaims())
        .doesNotContainKeys("HoChieu", "MaSoDoanhNghiep", "TenDoanhNghiep");
  }

  @Test
  void idToken_ofAFemaleLevelOneCitizenSaysSo() throws ParseException {
    TestRelyingParty rp = client(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC);
    Persona persona =
        idp.personas().citizens().stream()
            .filter(
                p -> p.level() == AccountLevel.LEVEL_1 && p.sex() == vn.motcua.core.id.Sex.FEMALE)
            .findFirst()
            .orElseThrow();

    JWTClaimsSet claims = rp.verify(rp.signIn(persona.id()).string("id_token"));

    assertThat(claims.getStringClaim("GioiTinh")).isEqualTo("2");
    assertThat(claims.getStringListClaim("loAs")).containsExactly("1");
    assertThat(claims.getStringClaim("acr")).isEqualTo(StubIdentityProvider.DEFAULT_ACR_LEVEL_1);
  }

  @Test
  void idToken_ofABusinessCarriesTheBusinessAndItsRepresentative() throws ParseException {
    TestRelyingParty rp = client(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC);
    Persona persona = idp.personas().businesses().get(0);

    JWTClaimsSet claims = rp.verify(rp.signIn(persona.id()).string("id_token"));

    assertThat(claims.getStringClaim("LoaiTaiKhoan")).isEqualTo("2");
    assertThat(claims.getStringClaim("MaSoThue"))
        .isEqualTo(persona.business().orElseThrow().taxCode().value());
    assertThat(claims.getStringClaim("MaSoDoanhNghiep"))
        .isEqualTo(persona.business().orElseThrow().enterpriseCode());
    assertThat(claims.getStringClaim("TenDoanhNghiep"))
        .isEqualTo(persona.business().orElseThrow().name());
    assertThat(claims.getStringClaim("HoVaTen")).isEqualTo(persona.fullName());
    assertThat(claims.getStringClaim("SoDinhDanh")).isEqualTo(persona.personalIdNumber().value());
  }

  @Test
  void authorize_picksThePersonaByLoginHintIdOrPersonalIdNumberAndElseTheDefault()
      throws ParseException {
    TestRelyingParty rp = client(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC);
    Persona byId = idp.personas().get("citizen-05");
    Persona byNumber = idp.personas().get("citizen-06");
    Persona chosen = idp.personas().get("citizen-07");

    String viaId = subjectOf(rp, rp.authorization(Map.of("login_hint", byId.id())));
    String viaNumber =
        subjectOf(rp, rp.authorization(Map.of("login_hint", byNumber.personalIdNumber().value())));
    String viaDefault = subjectOf(rp, rp.authorization());
    idp.signInAs(chosen.id());
    String viaChoice = subjectOf(rp, rp.authorization());

    assertThat(viaId).isEqualTo(byId.subject());
    assertThat(viaNumber).isEqualTo(byNumber.subject());
    assertThat(viaDefault).isEqualTo(idp.personas().defaultPersona().subject());
    assertThat(viaChoice).isEqualTo(chosen.subject());
  }

  private static String subjectOf(TestRelyingParty rp, Authorization authorization)
      throws ParseException {
    Callback callback = TestRelyingParty.callback(idp.simulateLogin(authorization.url()));
    return rp.verify(rp.exchange(authorization, callback.code()).string("id_token")).getSubject();
  }

  @Test
  void userInfo_returnsThePersonasClaimsUnderTheIdTokensSubject() throws ParseException {
    TestRelyingParty rp = client(SigningAlgorithm.ES256, ClientAuthMethod.CLIENT_SECRET_POST);
    Persona persona = idp.personas().get("citizen-09");
    Answer tokens = rp.signIn(persona.id());

    Answer userInfo = rp.userInfo(tokens.string("access_token"));

    assertThat(userInfo.status()).isEqualTo(200);
    assertThat(userInfo.headers().get("Content-Type")).startsWith("application/json");
    assertThat(userInfo.json())
        .containsEntry("sub", rp.verify(tokens.string("id_token")).getSubject())
        .containsEntry("SoDinhDanh", persona.personalIdNumber().value())
        .containsEntry("HoVaTen", persona.fullName())
        .containsEntry("HoChieu", persona.passportNumber().orElseThrow());
  }

  @Test
  void userInfo_answersASignedJwtWhenTheClientRegisteredSo() throws Exception {
    TestRelyingParty rp =
        TestRelyingParty.register(
            idp,
            StubClient.builder("rp-signed-userinfo")
                .secret("secret")
                .redirectUri("http://localhost:8080/cb")
                .idTokenAlgorithm(SigningAlgorithm.PS256)
                .userInfoSigned(true)
                .build());
    Answer tokens = rp.signIn("citizen-03");

    Answer userInfo = rp.userInfo(tokens.string("access_token"));

    assertThat(userInfo.headers().get("Content-Type")).isEqualTo("application/jwt");
    JWTClaimsSet claims = rp.verify(userInfo.body());
    assertThat(claims.getSubject()).isEqualTo(idp.personas().get("citizen-03").subject());
    assertThat(claims.getIssuer()).isEqualTo(idp.issuer().toString());
    assertThat(claims.getAudience()).containsExactly("rp-signed-userinfo");
  }

  @Test
  void userInfo_rejectsAMissingOrUnknownAccessToken() {
    TestRelyingParty rp = client(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC);

    Answer missing = TestRelyingParty.get(idp.userInfoEndpoint());
    Answer unknown = rp.userInfo("not-a-token");

    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.headers().get("WWW-Authenticate")).startsWith("Bearer");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.headers().get("WWW-Authenticate")).contains("error=\"invalid_token\"");
  }

  @Test
  void userInfoFault_subMismatchChangesOnlyTheNextResponsesSubject() {
    TestRelyingParty rp = client(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC);
    Answer tokens = rp.signIn("citizen-04");
    String subject = idp.personas().get("citizen-04").subject();

    idp.faults().nextUserInfo(UserInfoFault.SUB_MISMATCH);
    Map<String, Object> faulty = rp.userInfo(tokens.string("access_token")).json();
    Map<String, Object> next = rp.userInfo(tokens.string("access_token")).json();

    assertThat(faulty.get("sub")).isNotEqualTo(subject);
    assertThat(faulty)
        .containsEntry("SoDinhDanh", idp.personas().get("citizen-04").personalIdNumber().value());
    assertThat(next).containsEntry("sub", subject);
  }

  @Test
  void encryptedIdToken_decryptsWithTheClientKeyThenVerifies() throws Exception {
    RSAKey encryption = Keys.rsa("client-enc", KeyUse.ENCRYPTION);
    TestRelyingParty rp =
        TestRelyingParty.register(
            idp,
            StubClient.builder("rp-encrypted")
                .secret("secret")
                .redirectUri("http://localhost:8080/cb")
                .idTokenEncryptionKey(encryption)
                .build(),
            null,
            encryption);

    String idToken = rp.signIn("citizen-10").string("id_token");

    JWEObject jwe = JWEObject.parse(idToken);
    assertThat(jwe.getHeader().getAlgorithm().getName()).isEqualTo("RSA-OAEP-256");
    assertThat(jwe.getHeader().getEncryptionMethod().getName()).isEqualTo("A256GCM");
    assertThat(jwe.getHeader().getContentType()).isEqualTo("JWT");
    assertThat(jwe.getHeader().getKeyID()).isEqualTo("client-enc");
    assertThat(rp.verify(idToken).getSubject())
        .isEqualTo(idp.personas().get("citizen-10").subject());
  }

  @Test
  void refresh_issuesNewTokensWithTheSameSubjectAudienceAndAuthTimeButNoNonce()
      throws ParseException {
    TestRelyingParty rp = client(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC);
    Answer first = rp.signIn("citizen-11");
    JWTClaimsSet original = rp.verify(first.string("id_token"));

    Answer refreshed = rp.refresh(first.string("refresh_token"));

    assertThat(refreshed.status()).isEqualTo(200);
    JWTClaimsSet renewed = rp.verify(refreshed.string("id_token"));
    assertThat(renewed.getIssuer()).isEqualTo(original.getIssuer());
    assertThat(renewed.getSubject()).isEqualTo(original.getSubject());
    assertThat(renewed.getAudience()).isEqualTo(original.getAudience());
    assertThat(renewed.getStringClaim("azp")).isEqualTo(original.getStringClaim("azp"));
    assertThat(renewed.getLongClaim("auth_time")).isEqualTo(original.getLongClaim("auth_time"));
    assertThat(renewed.getClaims()).doesNotContainKey("nonce");
    assertThat(renewed.getStringClaim("at_hash"))
        .isEqualTo(TestRelyingParty.atHash(refreshed.string("access_token")));
    assertThat(refreshed.string("refresh_token")).isNotEqualTo(first.string("refresh_token"));
  }

  @Test
  void refresh_replayOfARotatedRefreshTokenFailsAndRevokesTheSession() {
    TestRelyingParty rp = client(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC);
    Answer first = rp.signIn("citizen-12");
    Answer second = rp.refresh(first.string("refresh_token"));

    Answer replay = rp.refresh(first.string("refresh_token"));

    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.json()).containsEntry("error", "invalid_grant");
    assertThat(rp.userInfo(second.string("access_token")).status()).isEqualTo(401);
    assertThat(rp.refresh(second.string("refresh_token")).json())
        .containsEntry("error", "invalid_grant");
  }

  static List<String> kidsOf(JWKSet set) {
    return set.getKeys().stream().map(JWK::getKeyID).toList();
  }

  static String decode(String segment) {
    return new Base64URL(segment).decodeToString();
  }
}
