package vn.motcua.identity.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.core.MotcuaException;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.LoginOptions;
import vn.motcua.identity.LoginResult;
import vn.motcua.identity.RelyingParty;
import vn.motcua.identity.flow.StubFlow.Client;
import vn.motcua.testkit.idp.AuthorizationResponseFault;
import vn.motcua.testkit.idp.DiscoveryFault;
import vn.motcua.testkit.idp.JwksFault;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.idp.TokenFault;
import vn.motcua.testkit.idp.UserInfoFault;

/**
 * Every fault the stub can inject, run through a whole login of a fresh {@link RelyingParty} (its
 * own key cache and nonce store), and the code it must be rejected with, or acceptance where the
 * fault is not a defect. The table must name every constant of every fault enum.
 *
 * <p>Every login asks for {@code max_age} 5 minutes and requires VNeID level 2 of citizen-01, a
 * level-2 citizen, so that {@code AUTH_TIME_TOO_OLD} and {@code LOW_ACR} have something to fail.
 * Relying parties pin the algorithm their client registered, as they should.
 */
class LoginFaultsFunctionalTest {
  private static final String PERSONA = "citizen-01";
  private static final LoginOptions OPTIONS =
      LoginOptions.builder().maxAge(Duration.ofMinutes(5)).build();

  private static final StubFlow flow = new StubFlow();

  /** A stub for faults that change the stub for good (WEAK_RSA_KEY publishes its weak key). */
  private static @Nullable StubFlow isolated;

  /**
   * One row: a fault, the client it is tried with, and the code it must fail with ({@code null}:
   * the login succeeds).
   */
  record Case(Enum<?> fault, Client client, @Nullable String code, boolean isolated) {
    @Override
    public String toString() {
      return fault.getDeclaringClass().getSimpleName()
          + "."
          + fault.name()
          + " ("
          + client
          + ") -> "
          + (code == null ? "accepted" : code);
    }
  }

  private static Case rejects(Enum<?> fault, String code) {
    return new Case(fault, Client.RS256, code, false);
  }

  private static Case rejects(Enum<?> fault, Client client, String code) {
    return new Case(fault, client, code, false);
  }

  private static Case accepts(Enum<?> fault) {
    return new Case(fault, Client.RS256, null, false);
  }

  static List<Case> table() {
    List<Case> t = new ArrayList<>();
    // --- TokenFault: signature and algorithm ---
    t.add(rejects(TokenFault.BAD_SIGNATURE, IdentityCodes.TOKEN_SIGNATURE));
    t.add(rejects(TokenFault.UNEXPECTED_ALGORITHM, IdentityCodes.TOKEN_ALGORITHM));
    t.add(rejects(TokenFault.ALG_NONE, IdentityCodes.TOKEN_ALGORITHM));
    t.add(rejects(TokenFault.ALG_NONE_CAPITALIZED, IdentityCodes.TOKEN_ALGORITHM));
    t.add(rejects(TokenFault.ALG_NONE_UPPERCASE, IdentityCodes.TOKEN_ALGORITHM));
    t.add(rejects(TokenFault.ALG_NONE_MIXED_CASE, IdentityCodes.TOKEN_ALGORITHM));
    t.add(rejects(TokenFault.HS256_WITH_RSA_PUBLIC_KEY, IdentityCodes.TOKEN_ALGORITHM));
    // The embedded key is ignored: the real kid's key does not verify the untrusted signature.
    t.add(rejects(TokenFault.EMBEDDED_JWK, IdentityCodes.TOKEN_SIGNATURE));
    // jku is never fetched: its kid is not in the provider's set, even after one refresh.
    t.add(rejects(TokenFault.JKU_HEADER, IdentityCodes.TOKEN_KEY_NOT_FOUND));
    // x5u/x5c are ignored; without kid the one RS256 key is tried, and does not verify.
    t.add(rejects(TokenFault.X5U_HEADER, IdentityCodes.TOKEN_SIGNATURE));
    t.add(rejects(TokenFault.X5C_HEADER, IdentityCodes.TOKEN_SIGNATURE));
    t.add(rejects(TokenFault.HOSTILE_KID, IdentityCodes.TOKEN_KEY_NOT_FOUND));
    t.add(rejects(TokenFault.UNKNOWN_KID, IdentityCodes.TOKEN_KEY_NOT_FOUND));
    t.add(accepts(TokenFault.NO_KID));
    t.add(rejects(TokenFault.UNKNOWN_CRIT, IdentityCodes.TOKEN_CRIT));
    t.add(rejects(TokenFault.ECDSA_ZERO_SIGNATURE, Client.ES256, IdentityCodes.TOKEN_SIGNATURE));
    t.add(rejects(TokenFault.ECDSA_ORDER_SIGNATURE, Client.ES256, IdentityCodes.TOKEN_SIGNATURE));
    t.add(rejects(TokenFault.ECDSA_DER_SIGNATURE, Client.ES256, IdentityCodes.TOKEN_SIGNATURE));
    t.add(
        rejects(TokenFault.ECDSA_TRUNCATED_SIGNATURE, Client.ES256, IdentityCodes.TOKEN_SIGNATURE));
    t.add(new Case(TokenFault.WEAK_RSA_KEY, Client.RS256, IdentityCodes.TOKEN_WEAK_KEY, true));
    // --- TokenFault: claims ---
    t.add(rejects(TokenFault.WRONG_ISSUER, IdentityCodes.TOKEN_ISSUER));
    t.add(rejects(TokenFault.MISSING_ISSUER, IdentityCodes.TOKEN_MISSING_CLAIM));
    t.add(rejects(TokenFault.WRONG_AUDIENCE, IdentityCodes.TOKEN_AUDIENCE));
    t.add(rejects(TokenFault.EXTRA_AUDIENCE_WITHOUT_AZP, IdentityCodes.TOKEN_AZP));
    t.add(rejects(TokenFault.EXPIRED, IdentityCodes.TOKEN_EXPIRED));
    t.add(rejects(TokenFault.NOT_YET_VALID, IdentityCodes.TOKEN_NOT_YET_VALID));
    t.add(rejects(TokenFault.ISSUED_IN_FUTURE, IdentityCodes.TOKEN_ISSUED_IN_FUTURE));
    t.add(rejects(TokenFault.STALE_IAT, IdentityCodes.TOKEN_STALE));
    t.add(rejects(TokenFault.MISSING_IAT, IdentityCodes.TOKEN_MISSING_CLAIM));
    t.add(rejects(TokenFault.MISSING_SUB, IdentityCodes.TOKEN_MISSING_CLAIM));
    t.add(rejects(TokenFault.MISSING_EXP, IdentityCodes.TOKEN_MISSING_CLAIM));
    t.add(rejects(TokenFault.NON_INTEGER_EXP, IdentityCodes.TOKEN_CLAIM_TYPE));
    t.add(rejects(TokenFault.OVERFLOWING_EXP, IdentityCodes.TOKEN_CLAIM_TYPE));
    t.add(rejects(TokenFault.WRONG_NONCE, IdentityCodes.NONCE_MISMATCH));
    t.add(rejects(TokenFault.MISSING_NONCE, IdentityCodes.NONCE_MISSING));
    // A login expects no particular subject; userinfo (about the persona) then disagrees. After a
    // refresh the same fault is identity.token.subject: LoginFlowFunctionalTest.
    t.add(rejects(TokenFault.DIFFERENT_SUBJECT, IdentityCodes.USERINFO_SUBJECT_MISMATCH));
    t.add(rejects(TokenFault.LOW_ACR, IdentityCodes.ASSURANCE_TOO_LOW));
    t.add(rejects(TokenFault.AUTH_TIME_TOO_OLD, IdentityCodes.AUTH_TIME_TOO_OLD));
    t.add(rejects(TokenFault.WRONG_AT_HASH, IdentityCodes.TOKEN_AT_HASH));
    t.add(rejects(TokenFault.DUPLICATE_CLAIM, IdentityCodes.TOKEN_MALFORMED));
    t.add(rejects(TokenFault.DEEPLY_NESTED_CLAIM, IdentityCodes.TOKEN_TOO_LARGE));
    // Over a megabyte: the token answer itself is refused unparsed, before the token is looked at.
    t.add(rejects(TokenFault.OVERSIZED, IdentityCodes.TOKEN_ENDPOINT_INVALID_RESPONSE));
    // --- TokenFault: token type ---
    t.add(rejects(TokenFault.ACCESS_TOKEN_TYPE, IdentityCodes.TOKEN_TYPE));
    t.add(rejects(TokenFault.LOGOUT_TOKEN, IdentityCodes.TOKEN_TYPE));
    // --- TokenFault: serialization ---
    t.add(rejects(TokenFault.MALFORMED_BASE64, IdentityCodes.TOKEN_MALFORMED));
    t.add(rejects(TokenFault.TWO_SEGMENTS, IdentityCodes.TOKEN_MALFORMED));
    t.add(rejects(TokenFault.FOUR_SEGMENTS, IdentityCodes.TOKEN_MALFORMED));
    t.add(rejects(TokenFault.HEADER_NOT_OBJECT, IdentityCodes.TOKEN_MALFORMED));
    // --- TokenFault: encryption, to a client that expects encrypted ID tokens ---
    t.add(rejects(TokenFault.JWE_RSA1_5, Client.ENCRYPTED, IdentityCodes.TOKEN_ALGORITHM));
    t.add(rejects(TokenFault.JWE_PBES2, Client.ENCRYPTED, IdentityCodes.TOKEN_ALGORITHM));
    // --- AuthorizationResponseFault ---
    t.add(rejects(AuthorizationResponseFault.WRONG_STATE, IdentityCodes.STATE_MISMATCH));
    t.add(rejects(AuthorizationResponseFault.MISSING_STATE, IdentityCodes.STATE_MISMATCH));
    t.add(rejects(AuthorizationResponseFault.MISSING_ISS, IdentityCodes.AUTHORIZATION_ISS_MISSING));
    t.add(rejects(AuthorizationResponseFault.WRONG_ISS, IdentityCodes.AUTHORIZATION_ISS_MISMATCH));
    // --- UserInfoFault, as JSON and as a signed JWT ---
    t.add(rejects(UserInfoFault.SUB_MISMATCH, IdentityCodes.USERINFO_SUBJECT_MISMATCH));
    t.add(
        rejects(
            UserInfoFault.SUB_MISMATCH,
            Client.SIGNED_USERINFO,
            IdentityCodes.USERINFO_SUBJECT_MISMATCH));
    // --- DiscoveryFault ---
    t.add(rejects(DiscoveryFault.ISSUER_MISMATCH, IdentityCodes.DISCOVERY_ISSUER_MISMATCH));
    // --- JwksFault, on a cold key cache: nothing cached may stand in ---
    t.add(rejects(JwksFault.SERVICE_UNAVAILABLE, IdentityCodes.JWKS_UNAVAILABLE));
    t.add(rejects(JwksFault.CONNECTION_RESET, IdentityCodes.JWKS_UNAVAILABLE));
    t.add(rejects(JwksFault.EMPTY_RESPONSE, IdentityCodes.JWKS_UNAVAILABLE));
    t.add(rejects(JwksFault.MALFORMED_RESPONSE_CHUNK, IdentityCodes.JWKS_UNAVAILABLE));
    t.add(rejects(JwksFault.RANDOM_DATA_THEN_CLOSE, IdentityCodes.JWKS_UNAVAILABLE));
    // Unusable keys beside the real ones are skipped, not fatal.
    t.add(accepts(JwksFault.WITH_UNUSABLE_KEYS));
    return t;
  }

  static Stream<Case> cases() {
    return table().stream();
  }

  @AfterEach
  void resetStub() {
    flow.idp.reset();
  }

  @AfterAll
  static void stop() {
    flow.close();
    if (isolated != null) {
      isolated.close();
    }
  }

  @Test
  void table_namesEveryConstantOfEveryFaultEnum() {
    Set<Enum<?>> covered = new HashSet<>();
    table().forEach(c -> covered.add(c.fault()));

    Set<Enum<?>> all = new HashSet<>();
    all.addAll(EnumSet.allOf(TokenFault.class));
    all.addAll(EnumSet.allOf(AuthorizationResponseFault.class));
    all.addAll(EnumSet.allOf(UserInfoFault.class));
    all.addAll(EnumSet.allOf(DiscoveryFault.class));
    all.addAll(EnumSet.allOf(JwksFault.class));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fault_isRejectedWithItsCode(Case c) {
    StubFlow stub = c.isolated() ? isolated() : flow;
    try (RelyingParty rp =
        stub.relyingParty(c.client()).requiredAssurance(AssuranceLevel.VNEID_LEVEL_2).build()) {
      inject(stub.idp, c.fault());

      Throwable thrown = catchThrowable(() -> login(stub, rp));

      if (c.code() == null) {
        assertThat(thrown).as("%s must be accepted", c).isNull();
      } else {
        assertThat(thrown)
            .as("%s", c)
            .isInstanceOfSatisfying(
                MotcuaException.class, e -> assertThat(e.code()).isEqualTo(c.code()));
      }
      assertThat(stub.idp.untrustedUrlRequestCount()).isZero();
    }
  }

  private static LoginResult login(StubFlow stub, RelyingParty rp) {
    LoginResult result = stub.login(rp, PERSONA, OPTIONS);
    assertThat(result.identity().subject()).isEqualTo(stub.idp.personas().get(PERSONA).subject());
    return result;
  }

  private static void inject(StubIdentityProvider idp, Enum<?> fault) {
    if (fault instanceof TokenFault f) {
      idp.faults().nextIdToken(f);
    } else if (fault instanceof AuthorizationResponseFault f) {
      idp.faults().nextAuthorizationResponse(f);
    } else if (fault instanceof UserInfoFault f) {
      idp.faults().nextUserInfo(f);
    } else if (fault instanceof DiscoveryFault f) {
      idp.faults().nextDiscovery(f);
    } else if (fault instanceof JwksFault f) {
      idp.faults().nextJwks(f);
    } else {
      throw new IllegalArgumentException("not a stub fault: " + fault);
    }
  }

  private static synchronized StubFlow isolated() {
    if (isolated == null) {
      isolated = new StubFlow();
    }
    return isolated;
  }
}
