package vn.motcua.identity.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.Sex;
import vn.motcua.identity.AccountType;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.AssuranceTooLowException;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.LoginOptions;
import vn.motcua.identity.LoginResult;
import vn.motcua.identity.LoginTransaction;
import vn.motcua.identity.OAuthErrorException;
import vn.motcua.identity.RelyingParty;
import vn.motcua.identity.VerifiedIdToken;
import vn.motcua.identity.flow.StubFlow.Client;
import vn.motcua.testkit.idp.ClientAuthMethod;
import vn.motcua.testkit.idp.SigningAlgorithm;
import vn.motcua.testkit.idp.TokenFault;
import vn.motcua.testkit.persona.AccountLevel;
import vn.motcua.testkit.persona.Persona;
import vn.motcua.testkit.persona.PersonaKind;

/**
 * The whole login of {@link RelyingParty} against the stub identity provider: every signing
 * algorithm with every client authentication method, encrypted ID tokens, signed userinfo, every
 * persona of the pack, asynchronous completion, refresh, and the login transaction's guards.
 */
class LoginFlowFunctionalTest {
  private static final StubFlow flow = new StubFlow();

  @AfterEach
  void resetStub() {
    flow.idp.reset();
  }

  @AfterAll
  static void stop() {
    flow.close();
  }

  static Stream<Arguments> algorithmsAndMethods() {
    return Stream.of(SigningAlgorithm.values())
        .flatMap(a -> Stream.of(ClientAuthMethod.values()).map(m -> Arguments.of(a, m)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("algorithmsAndMethods")
  void login_completesForEveryAlgorithmAndClientAuthenticationMethod(
      SigningAlgorithm algorithm, ClientAuthMethod method) {
    Persona persona = flow.idp.personas().get("citizen-02");
    try (RelyingParty rp = flow.relyingParty(algorithm, method).build()) {
      AuthorizationRequest request = rp.beginLogin();
      URI callback = flow.idp.simulateLogin(request.url(), persona.id());

      LoginResult result = rp.complete(request.transaction(), callback);

      VerifiedIdToken token = result.idToken().orElseThrow();
      assertThat(token.algorithm()).isEqualTo(algorithm.name());
      assertThat(token.keyId()).contains(flow.idp.signingKeyId(algorithm));
      assertThat(token.isNonceChecked()).isTrue();
      assertThat(token.audience()).containsExactly(rp.clientId());
      assertThat(token.authorizedParty()).contains(rp.clientId());
      assertMapped(result.identity(), persona);
      assertThat(result.accessToken()).isNotBlank();
      assertThat(result.refreshToken()).isPresent();
      assertThat(result.accessTokenExpiresAt()).contains(StubFlow.START.plusSeconds(3600));
    }
  }

  @Test
  void beginLogin_asksForCodeWithPkceStateNonceAndTheLoginsOptions() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).scopes("profile").build()) {
      AuthorizationRequest request =
          rp.beginLogin(
              LoginOptions.builder()
                  .maxAge(Duration.ofMinutes(5))
                  .acrValues("urn:vneid:loa:2")
                  .loginHint("citizen-04")
                  .prompt("login")
                  .build());

      Map<String, String> query = query(request.url());
      LoginTransaction tx = request.transaction();
      assertThat(request.url().toString()).startsWith(flow.idp.authorizationEndpoint() + "?");
      assertThat(query)
          .containsEntry("response_type", "code")
          .containsEntry("client_id", rp.clientId())
          .containsEntry("redirect_uri", StubFlow.REDIRECT_URI)
          .containsEntry("scope", "openid profile")
          .containsEntry("state", tx.state())
          .containsEntry("nonce", tx.nonce())
          .containsEntry("code_challenge_method", "S256")
          .containsEntry("max_age", "300")
          .containsEntry("acr_values", "urn:vneid:loa:2")
          .containsEntry("login_hint", "citizen-04")
          .containsEntry("prompt", "login");
      assertThat(query.get("code_challenge")).isNotEqualTo(tx.codeVerifier()).hasSize(43);
      assertThat(tx.state()).matches("[A-Za-z0-9_-]{43}");
      assertThat(tx.nonce()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(tx.state());
      assertThat(tx.codeVerifier()).matches("[A-Za-z0-9_-]{43}");
      assertThat(tx.maxAge()).contains(Duration.ofMinutes(5));
      assertThat(tx.createdAt()).isEqualTo(StubFlow.START);
      assertThat(request.toString()).doesNotContain(tx.state(), tx.nonce());
    }
  }

  @Test
  void login_hintedPersonaIsTheOneSignedIn() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request =
          rp.beginLogin(LoginOptions.builder().loginHint("citizen-04").build());

      LoginResult result =
          rp.complete(request.transaction(), flow.idp.simulateLogin(request.url()));

      assertMapped(result.identity(), flow.idp.personas().get("citizen-04"));
    }
  }

  @Test
  void login_decryptsAnEncryptedIdToken() {
    try (RelyingParty rp = flow.relyingParty(Client.ENCRYPTED).build()) {
      LoginResult result = flow.login(rp, "citizen-01");

      assertThat(result.idToken().orElseThrow().wasEncrypted()).isTrue();
      assertMapped(result.identity(), flow.idp.personas().get("citizen-01"));
    }
  }

  @Test
  void login_verifiesUserInfoSentAsASignedJwt() {
    try (RelyingParty rp = flow.relyingParty(Client.SIGNED_USERINFO).fetchUserInfo(true).build()) {
      Persona persona = flow.idp.personas().get("citizen-06");

      LoginResult result = flow.login(rp, persona.id());

      assertMapped(result.identity(), persona);
    }
  }

  @Test
  void login_withoutUserInfoMapsTheIdTokenAlone() {
    // The stub puts the same claims in both; without userinfo the token alone must suffice.
    try (RelyingParty rp = flow.relyingParty(Client.RS256).fetchUserInfo(false).build()) {
      Persona persona = flow.idp.personas().get("citizen-08");

      assertMapped(flow.login(rp, persona.id()).identity(), persona);
    }
  }

  static Stream<Persona> personas() {
    return flow.idp.personas().all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("personas")
  void everyPersonaOfThePack_mapsAsThePackSays(Persona persona) {
    try (RelyingParty rp = flow.relyingParty(Client.PS256).build()) {
      if (persona.id().equals("citizen-inconsistent-birth-year")) {
        Throwable thrown = catchThrowable(() -> flow.login(rp, persona.id()));
        assertThat(thrown)
            .isInstanceOfSatisfying(
                MotcuaException.class,
                e -> assertThat(e.code()).isEqualTo(IdentityCodes.CLAIMS_INCONSISTENT));
        return;
      }
      assertMapped(flow.login(rp, persona.id()).identity(), persona);
    }
  }

  @Test
  void login_belowTheRequiredLevelAsksForAStepUp() {
    try (RelyingParty rp =
        flow.relyingParty(Client.RS256).requiredAssurance(AssuranceLevel.VNEID_LEVEL_2).build()) {
      Throwable thrown = catchThrowable(() -> flow.login(rp, "citizen-03"));

      assertThat(thrown)
          .isInstanceOfSatisfying(
              AssuranceTooLowException.class,
              e -> {
                assertThat(e.required()).isEqualTo(AssuranceLevel.VNEID_LEVEL_2);
                assertThat(e.actual()).isEqualTo(AssuranceLevel.VNEID_LEVEL_1);
              });
      assertThat(flow.login(rp, "citizen-01").identity().assuranceLevel())
          .isEqualTo(AssuranceLevel.VNEID_LEVEL_2);
    }
  }

  @Test
  void login_optionsMayRequireMoreThanTheRelyingParty() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      LoginOptions strict =
          LoginOptions.builder().requiredAssurance(AssuranceLevel.VNEID_LEVEL_2).build();

      assertThat(flow.login(rp, "citizen-03").identity().assuranceLevel())
          .isEqualTo(AssuranceLevel.VNEID_LEVEL_1);
      assertThat(catchThrowable(() -> flow.login(rp, "citizen-03", strict)))
          .isInstanceOf(AssuranceTooLowException.class);
    }
  }

  @Test
  void completeAsync_deliversTheSameIdentity() throws Exception {
    try (RelyingParty rp = flow.relyingParty(Client.ES256).build()) {
      Persona persona = flow.idp.personas().get("business-02");
      AuthorizationRequest request = rp.beginLoginAsync(LoginOptions.defaults()).get();

      LoginResult result =
          rp.completeAsync(
                  request.transaction(), flow.idp.simulateLogin(request.url(), persona.id()))
              .get();

      assertMapped(result.identity(), persona);
    }
  }

  @Test
  void completeAsync_failsTheFutureWithTheBlockingCallsException() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request = rp.beginLogin();
      flow.idp.faults().nextIdToken(TokenFault.WRONG_NONCE);
      URI callback = flow.idp.simulateLogin(request.url(), "citizen-01");

      Throwable thrown =
          catchThrowable(() -> rp.completeAsync(request.transaction(), callback).get());

      assertThat(thrown).isInstanceOf(ExecutionException.class);
      assertThat(thrown.getCause())
          .isInstanceOfSatisfying(
              MotcuaException.class,
              e -> assertThat(e.code()).isEqualTo(IdentityCodes.NONCE_MISMATCH));
      assertThat(catchThrowable(() -> rp.completeAsync(request.transaction(), callback).join()))
          .isInstanceOf(CompletionException.class);
    }
  }

  @Test
  void complete_acceptsTheTransactionBackFromItsJson() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request = rp.beginLogin();
      String session = request.transaction().toJson();
      URI callback = flow.idp.simulateLogin(request.url(), "citizen-05");

      LoginResult result = rp.complete(LoginTransaction.fromJson(session), callback);

      assertMapped(result.identity(), flow.idp.personas().get("citizen-05"));
    }
  }

  @Test
  void complete_acceptsJustTheCallbackQuery() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request = rp.beginLogin();
      URI callback = flow.idp.simulateLogin(request.url(), "citizen-05");

      LoginResult result =
          rp.complete(request.transaction(), URI.create("?" + callback.getRawQuery()));

      assertThat(result.identity().subject())
          .isEqualTo(flow.idp.personas().get("citizen-05").subject());
    }
  }

  @Test
  void complete_usesATransactionOnce() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request = rp.beginLogin();
      URI callback = flow.idp.simulateLogin(request.url(), "citizen-01");
      rp.complete(request.transaction(), callback);

      Throwable replay = catchThrowable(() -> rp.complete(request.transaction(), callback));

      assertThat(replay)
          .isInstanceOfSatisfying(
              OAuthErrorException.class,
              e -> {
                assertThat(e.code()).isEqualTo(IdentityCodes.TOKEN_ENDPOINT_REJECTED);
                assertThat(e.oauthError()).isEqualTo("invalid_grant");
                assertThat(e.httpStatus()).hasValue(400);
              });
    }
  }

  @Test
  void complete_refusesATransactionAlteredInTheSession() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request =
          rp.beginLogin(
              LoginOptions.builder().requiredAssurance(AssuranceLevel.VNEID_LEVEL_2).build());
      URI callback = flow.idp.simulateLogin(request.url(), "citizen-03");
      LoginTransaction lowered =
          LoginTransaction.fromJson(
              request.transaction().toJson().replace("\"required_assurance\":\"HIGH\",", ""));

      assertCode(
          IdentityCodes.TRANSACTION_TAMPERED, catchThrowable(() -> rp.complete(lowered, callback)));
    }
  }

  @Test
  void complete_refusesATransactionOfAnotherRelyingPartyInstance() {
    try (RelyingParty first = flow.relyingParty(Client.RS256).build();
        RelyingParty second = flow.relyingParty(Client.RS256).build();
        RelyingParty keyedA = flow.relyingParty(Client.RS256).transactionKey(new byte[32]).build();
        RelyingParty keyedB =
            flow.relyingParty(Client.RS256).transactionKey(new byte[32]).build()) {
      AuthorizationRequest request = first.beginLogin();
      URI callback = flow.idp.simulateLogin(request.url(), "citizen-01");
      AuthorizationRequest shared = keyedA.beginLogin();
      URI sharedCallback = flow.idp.simulateLogin(shared.url(), "citizen-01");

      assertCode(
          IdentityCodes.TRANSACTION_TAMPERED,
          catchThrowable(() -> second.complete(request.transaction(), callback)));
      assertThat(keyedB.complete(shared.transaction(), sharedCallback).identity()).isNotNull();
    }
  }

  @Test
  void complete_refusesATransactionOlderThanItsLifetime() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request = rp.beginLogin();
      URI callback = flow.idp.simulateLogin(request.url(), "citizen-01");
      flow.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
      try {
        assertCode(
            IdentityCodes.TRANSACTION_EXPIRED,
            catchThrowable(() -> rp.complete(request.transaction(), callback)));
      } finally {
        flow.clock.advance(Duration.ofMinutes(-10).minusSeconds(1));
      }
    }
  }

  @Test
  void complete_refusesAStateOfAnotherLogin() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest mine = rp.beginLogin();
      AuthorizationRequest other = rp.beginLogin();
      URI otherCallback = flow.idp.simulateLogin(other.url(), "citizen-01");

      assertCode(
          IdentityCodes.STATE_MISMATCH,
          catchThrowable(() -> rp.complete(mine.transaction(), otherCallback)));
    }
  }

  @Test
  void complete_turnsAnAuthorizationErrorIntoOAuthErrorException() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request =
          rp.beginLogin(LoginOptions.builder().loginHint("nobody-in-the-pack").build());
      URI callback = flow.idp.simulateLogin(request.url());

      Throwable thrown = catchThrowable(() -> rp.complete(request.transaction(), callback));

      assertThat(thrown)
          .isInstanceOfSatisfying(
              OAuthErrorException.class,
              e -> {
                assertThat(e.code()).isEqualTo(IdentityCodes.AUTHORIZATION_ERROR);
                assertThat(e.oauthError()).isEqualTo("invalid_request");
                assertThat(e.getMessage()).contains("invalid_request").doesNotContain("login_hint");
                assertThat(e.description()).isPresent();
              });
    }
  }

  @Test
  void complete_mapsAccessDeniedToItsOwnCode() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request = rp.beginLogin();
      String state = request.transaction().state();
      URI denied =
          URI.create(
              StubFlow.REDIRECT_URI
                  + "?error=access_denied&error_description=User%20cancelled&state="
                  + state
                  + "&iss="
                  + flow.idp.issuer());

      Throwable thrown = catchThrowable(() -> rp.complete(request.transaction(), denied));

      assertThat(thrown)
          .isInstanceOfSatisfying(
              OAuthErrorException.class,
              e -> {
                assertThat(e.code()).isEqualTo(IdentityCodes.AUTHORIZATION_DENIED);
                assertThat(e.oauthError()).isEqualTo("access_denied");
              });
    }
  }

  @Test
  void complete_refusesACallbackWithARepeatedCode() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      AuthorizationRequest request = rp.beginLogin();
      URI callback = flow.idp.simulateLogin(request.url(), "citizen-01");
      URI doubled = URI.create(callback + "&code=another");

      assertCode(
          IdentityCodes.CALLBACK_INVALID,
          catchThrowable(() -> rp.complete(request.transaction(), doubled)));
    }
  }

  @Test
  void refresh_returnsNewTokensForTheSameCitizen() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      Persona persona = flow.idp.personas().get("citizen-11");
      LoginResult login = flow.login(rp, persona.id());

      LoginResult refreshed = rp.refresh(login.refreshToken().orElseThrow(), login.identity());

      assertThat(refreshed.identity()).isEqualTo(login.identity());
      assertThat(refreshed.idToken().orElseThrow().isNonceChecked()).isFalse();
      assertThat(refreshed.accessToken()).isNotEqualTo(login.accessToken());
      assertThat(refreshed.refreshToken()).isPresent().isNotEqualTo(login.refreshToken());
      assertMapped(refreshed.identity(), persona);
    }
  }

  @Test
  void refresh_refusesANewIdTokenAboutAnotherSubject() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      LoginResult login = flow.login(rp, "citizen-11");
      flow.idp.faults().nextIdToken(TokenFault.DIFFERENT_SUBJECT);

      Throwable thrown =
          catchThrowable(() -> rp.refresh(login.refreshToken().orElseThrow(), login.identity()));

      assertCode(IdentityCodes.TOKEN_SUBJECT, thrown);
    }
  }

  @Test
  void refreshAsync_refusesAUsedRefreshToken() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      LoginResult login = flow.login(rp, "citizen-11");
      String token = login.refreshToken().orElseThrow();
      rp.refreshAsync(token, login.identity()).join();

      Throwable thrown = catchThrowable(() -> rp.refreshAsync(token, login.identity()).get());

      assertThat(thrown.getCause())
          .isInstanceOfSatisfying(
              OAuthErrorException.class,
              e -> assertThat(e.oauthError()).isEqualTo("invalid_grant"));
    }
  }

  @Test
  void toStrings_showNoTokenOrPersonalData() {
    try (RelyingParty rp = flow.relyingParty(Client.RS256).build()) {
      Persona persona = flow.idp.personas().get("citizen-01");
      LoginResult result = flow.login(rp, persona.id());

      assertThat(result.toString() + rp)
          .doesNotContain(result.accessToken())
          .doesNotContain(result.refreshToken().orElseThrow())
          .doesNotContain(persona.personalIdNumber().value())
          .doesNotContain(persona.fullName())
          .doesNotContain(persona.phone());
    }
  }

  static void assertMapped(CitizenIdentity identity, Persona persona) {
    assertThat(identity.subject()).isEqualTo(persona.subject());
    assertThat(identity.issuer()).isEqualTo(flow.idp.issuer().toString());
    assertThat(identity.accountType())
        .isEqualTo(
            persona.kind() == PersonaKind.BUSINESS ? AccountType.BUSINESS : AccountType.CITIZEN);
    assertThat(identity.personalIdNumber()).contains(persona.personalIdNumber());
    assertThat(identity.legacyIdCardNumber()).isEqualTo(persona.legacyIdCardNumber());
    assertThat(identity.passportNumber()).isEqualTo(persona.passportNumber());
    assertThat(identity.fullName()).contains(persona.fullName());
    assertThat(identity.sex()).contains(persona.sex());
    assertThat(identity.birthDate()).contains(persona.birthDate());
    assertThat(identity.address()).contains(persona.address());
    assertThat(identity.phoneNumber()).contains(persona.phone());
    assertThat(identity.email()).contains(persona.email());
    assertThat(identity.accountId()).contains(persona.techId());
    assertThat(identity.assuranceLevel())
        .isEqualTo(
            persona.level() == AccountLevel.LEVEL_2
                ? AssuranceLevel.VNEID_LEVEL_2
                : AssuranceLevel.VNEID_LEVEL_1);
    if (persona.business().isPresent()) {
      assertThat(identity.taxCode()).contains(persona.business().get().taxCode());
      assertThat(identity.businessName()).contains(persona.business().get().name());
      assertThat(identity.businessRegistrationNumber())
          .contains(persona.business().get().enterpriseCode());
    } else {
      assertThat(identity.taxCode()).isEqualTo(persona.taxCode());
    }
    assertThat(identity.flags()).isEmpty();
    assertThat(persona.sex()).isIn(Sex.MALE, Sex.FEMALE);
  }

  static void assertCode(String code, Throwable thrown) {
    assertThat(thrown)
        .as("expected a failure with code %s", code)
        .isInstanceOfSatisfying(MotcuaException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  private static Map<String, String> query(URI url) {
    Map<String, String> params = new java.util.LinkedHashMap<>();
    for (String pair : url.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      params.put(
          java.net.URLDecoder.decode(
              pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(
              pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
    }
    return params;
  }
}
