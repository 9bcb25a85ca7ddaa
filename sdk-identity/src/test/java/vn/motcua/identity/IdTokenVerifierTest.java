package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.identity.Tokens.CLIENT_ID;
import static vn.motcua.identity.Tokens.EC;
import static vn.motcua.identity.Tokens.ISSUER;
import static vn.motcua.identity.Tokens.NONCE;
import static vn.motcua.identity.Tokens.NOW;
import static vn.motcua.identity.Tokens.RSA;
import static vn.motcua.identity.Tokens.RSA_2;
import static vn.motcua.identity.Tokens.claims;
import static vn.motcua.identity.Tokens.sign;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OpenID Connect relying-party checks of shared/SECURITY.md A, one test per line. */
class IdTokenVerifierTest {
  private static final VerificationContext LOGIN =
      VerificationContext.expectingNonce(NONCE).build();

  private final IdTokenVerifier verifier = Tokens.verifier(RSA, EC).build();

  @ParameterizedTest
  @ValueSource(strings = {"RS256", "PS256"})
  void verify_acceptsValidRsaTokens(String alg) {
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.parse(alg)).keyID(RSA.getKeyID()).build(),
            RSA,
            claims());

    VerifiedIdToken verified = verifier.verify(token, LOGIN);

    assertThat(verified.subject()).isEqualTo("sub-4711");
    assertThat(verified.issuer()).isEqualTo(ISSUER);
    assertThat(verified.audience()).containsExactly(CLIENT_ID);
    assertThat(verified.algorithm()).isEqualTo(alg);
    assertThat(verified.keyId()).contains("rsa-1");
    assertThat(verified.isNonceChecked()).isTrue();
    assertThat(verified.expiresAt()).isEqualTo(NOW.plusSeconds(300));
    assertThat(verified.wasEncrypted()).isFalse();
  }

  @Test
  void verify_acceptsValidEs256Token() {
    VerifiedIdToken verified = verifier.verify(sign(EC, claims()), LOGIN);

    assertThat(verified.algorithm()).isEqualTo("ES256");
    assertThat(verified.keyId()).contains("ec-1");
  }

  @Test
  void verify_acceptsAudienceAsOneElementArray() {
    String token = sign(RSA, claims(c -> c.put("aud", List.of(CLIENT_ID))));

    assertThat(verifier.verify(token, LOGIN).audience()).containsExactly(CLIENT_ID);
  }

  @Test
  void verify_acceptsTokenWithoutKidWhenExactlyOneKeyFits() {
    IdTokenVerifier oneKey = Tokens.verifier(RSA).build();
    String token = sign(new JWSHeader(JWSAlgorithm.RS256), RSA, claims());

    assertThat(oneKey.verify(token, LOGIN).keyId()).isEmpty();
  }

  @Test
  void verify_rejectsTokenWithoutKidWhenSeveralKeysFit() {
    IdTokenVerifier twoKeys = Tokens.verifier(RSA, RSA_2).build();
    String token = sign(new JWSHeader(JWSAlgorithm.RS256), RSA, claims());

    Rejected.withCode(IdentityCodes.TOKEN_KEY_NOT_FOUND, () -> twoKeys.verify(token, LOGIN));
  }

  @Test
  void verify_acceptsTrustedExtraAudienceWithMatchingAzp() {
    IdTokenVerifier trusting = Tokens.verifier(RSA).trustedAudiences("portal-api").build();
    String token =
        sign(
            RSA,
            claims(
                c -> {
                  c.put("aud", List.of(CLIENT_ID, "portal-api"));
                  c.put("azp", CLIENT_ID);
                }));

    VerifiedIdToken verified = trusting.verify(token, LOGIN);

    assertThat(verified.audience()).containsExactly(CLIENT_ID, "portal-api");
    assertThat(verified.authorizedParty()).contains(CLIENT_ID);
  }

  @Test
  void verify_acceptsTokenWithoutNonceWhenNoneExpected() {
    String token = sign(RSA, claims(c -> c.remove("nonce")));

    VerifiedIdToken verified = verifier.verify(token, VerificationContext.withoutNonce().build());

    assertThat(verified.isNonceChecked()).isFalse();
  }

  @Test
  void verify_acceptsHs256WhenConfiguredWithClientSecret() {
    String secret = "s3cr3t-of-the-client-32-bytes-at-least!";
    IdTokenVerifier hmac =
        IdTokenVerifier.builder()
            .issuer(ISSUER)
            .clientId(CLIENT_ID)
            .allowedAlgorithms("HS256")
            .clientSecret(secret)
            .clock(Tokens.CLOCK)
            .build();
    String token =
        Tokens.hmac(JWSAlgorithm.HS256, secret.getBytes(StandardCharsets.UTF_8), claims());

    assertThat(hmac.verify(token, LOGIN).algorithm()).isEqualTo("HS256");
  }

  @Test
  void verify_rejectsHs256SignedWithAnotherSecret() {
    IdTokenVerifier hmac =
        IdTokenVerifier.builder()
            .issuer(ISSUER)
            .clientId(CLIENT_ID)
            .allowedAlgorithms("HS256")
            .clientSecret("s3cr3t-of-the-client-32-bytes-at-least!")
            .clock(Tokens.CLOCK)
            .build();
    String token =
        Tokens.hmac(
            JWSAlgorithm.HS256,
            "another-secret-of-32-bytes-or-more!!".getBytes(StandardCharsets.UTF_8),
            claims());

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> hmac.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsRsaSignatureOfAnotherKeyUnderTheSameKid() {
    String token = sign(Tokens.rs256().build(), RSA_2, claims());

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsPs256SignatureOfAnotherKey() {
    String token =
        sign(new JWSHeader.Builder(JWSAlgorithm.PS256).keyID("rsa-1").build(), RSA_2, claims());

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsEs256SignatureOfAnotherKey() {
    String token =
        sign(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(),
            Tokens.ec("other", com.nimbusds.jose.jwk.Curve.P_256),
            claims());

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsTamperedPayload() {
    String token = sign(RSA, claims());
    String[] parts = token.split("\\.");
    String tampered =
        parts[0]
            + "."
            + Tokens.b64(Tokens.json(claims(c -> c.put("sub", "admin"))))
            + "."
            + parts[2];

    Rejected.withCode(IdentityCodes.TOKEN_SIGNATURE, () -> verifier.verify(tampered, LOGIN));
  }

  @Test
  void verify_rejectsAlgorithmOutsideTheAllowList() {
    IdTokenVerifier esOnly = Tokens.verifier(RSA, EC).allowedAlgorithms("ES256").build();

    Rejected.withCode(
        IdentityCodes.TOKEN_ALGORITHM, () -> esOnly.verify(sign(RSA, claims()), LOGIN));
  }

  @Test
  void verify_rejectsWrongIssuer() {
    String token = sign(RSA, claims(c -> c.put("iss", "https://sso.example.vn/")));

    Rejected.withCode(IdentityCodes.TOKEN_ISSUER, () -> verifier.verify(token, LOGIN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "sub", "aud", "exp", "iat"})
  void verify_rejectsMissingRequiredClaim(String claim) {
    String token = sign(RSA, claims(c -> c.remove(claim)));

    assertThat(
            Rejected.withCode(
                    IdentityCodes.TOKEN_MISSING_CLAIM, () -> verifier.verify(token, LOGIN))
                .getMessage())
        .contains(claim);
  }

  @Test
  void verify_rejectsAudienceWithoutTheClientId() {
    String token = sign(RSA, claims(c -> c.put("aud", List.of("someone-else"))));

    Rejected.withCode(IdentityCodes.TOKEN_AUDIENCE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsExtraAudienceWithoutAzp() {
    String token = sign(RSA, claims(c -> c.put("aud", List.of(CLIENT_ID, "evil-client"))));

    Rejected.withCode(IdentityCodes.TOKEN_AZP, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsExtraAudienceWithWrongAzp() {
    String token =
        sign(
            RSA,
            claims(
                c -> {
                  c.put("aud", List.of(CLIENT_ID, "evil-client"));
                  c.put("azp", "evil-client");
                }));

    Rejected.withCode(IdentityCodes.TOKEN_AZP, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsUntrustedExtraAudienceEvenWithMatchingAzp() {
    String token =
        sign(
            RSA,
            claims(
                c -> {
                  c.put("aud", List.of(CLIENT_ID, "evil-client"));
                  c.put("azp", CLIENT_ID);
                }));

    Rejected.withCode(IdentityCodes.TOKEN_AUDIENCE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsExpiredTokenBeyondSkewAsTokenExpiredException() {
    String token = sign(RSA, claims(c -> c.put("exp", NOW.getEpochSecond() - 61)));

    assertThatThrownBy(() -> verifier.verify(token, LOGIN))
        .isInstanceOf(TokenExpiredException.class)
        .hasMessageContaining(IdentityCodes.TOKEN_EXPIRED);
  }

  @Test
  void verify_acceptsExpiredTokenWithinSkew() {
    String token = sign(RSA, claims(c -> c.put("exp", NOW.getEpochSecond() - 60)));

    assertThat(verifier.verify(token, LOGIN).subject()).isEqualTo("sub-4711");
  }

  @Test
  void verify_honoursAConfiguredSkew() {
    IdTokenVerifier strict = Tokens.verifier(RSA).clockSkew(Duration.ZERO).build();
    String token = sign(RSA, claims(c -> c.put("exp", NOW.getEpochSecond() - 1)));

    Rejected.withCode(IdentityCodes.TOKEN_EXPIRED, () -> strict.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsNotBeforeInTheFuture() {
    String token = sign(RSA, claims(c -> c.put("nbf", NOW.getEpochSecond() + 61)));

    Rejected.withCode(IdentityCodes.TOKEN_NOT_YET_VALID, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsIssuedAtInTheFuture() {
    String token = sign(RSA, claims(c -> c.put("iat", NOW.getEpochSecond() + 61)));

    Rejected.withCode(IdentityCodes.TOKEN_ISSUED_IN_FUTURE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsStaleTokenIssuedLongerAgoThanMaxAge() {
    String token =
        sign(
            RSA,
            claims(
                c -> {
                  c.put("iat", NOW.getEpochSecond() - 661);
                  c.put("exp", NOW.getEpochSecond() + 3600);
                }));

    Rejected.withCode(IdentityCodes.TOKEN_STALE, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsWrongNonce() {
    String token = sign(RSA, claims(c -> c.put("nonce", "n-other")));

    Rejected.withCode(IdentityCodes.NONCE_MISMATCH, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsMissingNonceWhenOneWasSent() {
    String token = sign(RSA, claims(c -> c.remove("nonce")));

    Rejected.withCode(IdentityCodes.NONCE_MISSING, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_rejectsReplayedNonce() {
    String token = sign(RSA, claims());
    verifier.verify(token, LOGIN);

    Rejected.withCode(IdentityCodes.NONCE_REPLAY, () -> verifier.verify(token, LOGIN));
  }

  @Test
  void verify_doesNotUseUpTheNonceOfARejectedToken() {
    String wrongAudience = sign(RSA, claims(c -> c.put("aud", "someone-else")));
    Rejected.withCode(IdentityCodes.TOKEN_AUDIENCE, () -> verifier.verify(wrongAudience, LOGIN));

    assertThat(verifier.verify(sign(RSA, claims()), LOGIN).isNonceChecked()).isTrue();
  }

  @Test
  void verify_rejectsAcrBelowRequiredLevelWithBothLevels() {
    IdTokenVerifier level2 =
        Tokens.verifier(RSA)
            .claimProfile(ClaimProfiles.dvcqg())
            .requiredAssurance(AssuranceLevel.VNEID_LEVEL_2)
            .build();
    String token = sign(RSA, claims(c -> c.put("acr", "1")));

    assertThatThrownBy(() -> level2.verify(token, LOGIN))
        .isInstanceOfSatisfying(
            AssuranceTooLowException.class,
            e -> {
              assertThat(e.code()).isEqualTo(IdentityCodes.ASSURANCE_TOO_LOW);
              assertThat(e.required()).isEqualTo(AssuranceLevel.HIGH);
              assertThat(e.actual()).isEqualTo(AssuranceLevel.SUBSTANTIAL);
            });
  }

  @Test
  void verify_acceptsAcrAtTheRequiredLevel() {
    IdTokenVerifier level1 =
        Tokens.verifier(RSA)
            .claimProfile(ClaimProfiles.dvcqg())
            .requiredAssurance(AssuranceLevel.VNEID_LEVEL_1)
            .build();
    String token = sign(RSA, claims(c -> c.put("acr", "2")));

    assertThat(level1.verify(token, LOGIN).assuranceLevel()).isEqualTo(AssuranceLevel.HIGH);
  }

  @Test
  void verify_rejectsUnknownAcrWhenALevelIsRequired() {
    String token = sign(RSA, claims(c -> c.put("acr", "urn:unknown:gold")));
    VerificationContext needsLow =
        VerificationContext.expectingNonce(NONCE).requiredAssurance(AssuranceLevel.LOW).build();

    Rejected.withCode(IdentityCodes.ASSURANCE_TOO_LOW, () -> verifier.verify(token, needsLow));
  }

  @Test
  void verify_rejectsAuthTimeOlderThanMaxAge() {
    String token = sign(RSA, claims(c -> c.put("auth_time", NOW.getEpochSecond() - 400)));
    VerificationContext maxAge =
        VerificationContext.expectingNonce(NONCE).maxAge(Duration.ofMinutes(5)).build();

    Rejected.withCode(IdentityCodes.AUTH_TIME_TOO_OLD, () -> verifier.verify(token, maxAge));
  }

  @Test
  void verify_acceptsAuthTimeWithinMaxAge() {
    String token = sign(RSA, claims(c -> c.put("auth_time", NOW.getEpochSecond() - 200)));
    VerificationContext maxAge =
        VerificationContext.expectingNonce(NONCE).maxAge(Duration.ofMinutes(5)).build();

    assertThat(verifier.verify(token, maxAge).authTime()).contains(NOW.minusSeconds(200));
  }

  @Test
  void verify_rejectsMissingAuthTimeWhenMaxAgeWasRequested() {
    VerificationContext maxAge =
        VerificationContext.expectingNonce(NONCE).maxAge(Duration.ofMinutes(5)).build();

    Rejected.withCode(
        IdentityCodes.TOKEN_MISSING_CLAIM, () -> verifier.verify(sign(RSA, claims()), maxAge));
  }

  @Test
  void verify_acceptsMatchingAtHash() {
    // OpenID Connect Core A.3: the at_hash of this access token under RS256.
    String accessToken = "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y";
    String token = sign(RSA, claims(c -> c.put("at_hash", "77QmUPtjPfzWtF2AnpK9RQ")));
    VerificationContext bound =
        VerificationContext.expectingNonce(NONCE).accessToken(accessToken).requireAtHash().build();

    assertThat(verifier.verify(token, bound).subject()).isEqualTo("sub-4711");
  }

  @Test
  void verify_rejectsWrongAtHash() {
    String token = sign(RSA, claims(c -> c.put("at_hash", "77QmUPtjPfzWtF2AnpK9RQ")));
    VerificationContext bound =
        VerificationContext.expectingNonce(NONCE).accessToken("another-access-token").build();

    Rejected.withCode(IdentityCodes.TOKEN_AT_HASH, () -> verifier.verify(token, bound));
  }

  @Test
  void verify_rejectsMissingAtHashOnlyWhenRequired() {
    String token = sign(RSA, claims());
    VerificationContext optional =
        VerificationContext.expectingNonce(NONCE).accessToken("access-token").build();
    VerificationContext required =
        VerificationContext.expectingNonce("n-second")
            .accessToken("access-token")
            .requireAtHash()
            .build();

    assertThat(verifier.verify(token, optional).subject()).isEqualTo("sub-4711");
    String second = sign(RSA, claims(c -> c.put("nonce", "n-second")));
    Rejected.withCode(IdentityCodes.TOKEN_MISSING_CLAIM, () -> verifier.verify(second, required));
  }

  @Test
  void verify_rejectsRefreshedTokenWithAnotherSubject() {
    String token = sign(RSA, claims(c -> c.remove("nonce")));
    VerificationContext refresh =
        VerificationContext.withoutNonce().expectedSubject("sub-other").build();

    Rejected.withCode(IdentityCodes.TOKEN_SUBJECT, () -> verifier.verify(token, refresh));
  }

  @Test
  void verify_rejectsSignedOnlyTokenWhenEncryptionIsRequired() {
    IdTokenVerifier encrypted =
        Tokens.verifier(RSA)
            .decryptionKeys(new com.nimbusds.jose.jwk.JWKSet(Tokens.RSA_2).toString(false))
            .requireEncryption(true)
            .build();

    Rejected.withCode(
        IdentityCodes.TOKEN_ENCRYPTION_REQUIRED,
        () -> encrypted.verify(sign(RSA, claims()), LOGIN));
  }

  @Test
  void verifiedToken_exposesClaimsUnmodifiableAndHidesValuesInToString() {
    String token =
        sign(RSA, claims(c -> c.put("address", Map.of("formatted", "12 Phố Huế, Hà Nội"))));

    VerifiedIdToken verified = verifier.verify(token, LOGIN);

    assertThat(verified.stringClaim("nonce")).contains(NONCE);
    assertThatThrownBy(() -> verified.claims().put("sub", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> address = (Map<String, Object>) verified.claims().get("address");
    assertThatThrownBy(() -> address.put("formatted", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(verified.toString())
        .contains(ISSUER, "address")
        .doesNotContain("sub-4711", "Phố", NONCE);
  }
}
