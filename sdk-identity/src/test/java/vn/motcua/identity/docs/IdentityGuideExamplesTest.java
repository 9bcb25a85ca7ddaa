package vn.motcua.identity.docs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.AssuranceTooLowException;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.ClaimProfiles;
import vn.motcua.identity.IdTokenVerifier;
import vn.motcua.identity.JwksSource;
import vn.motcua.identity.Tokens;
import vn.motcua.identity.VerificationContext;
import vn.motcua.identity.VerifiedIdToken;

/** The snippet of docs/identity.md, run against a stub key set with a token minted here. */
class IdentityGuideExamplesTest {
  @RegisterExtension
  static WireMockExtension idp =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void guide_verifiesAnIdTokenAndMapsTheCitizen() {
    idp.stubFor(get("/jwks").willReturn(okJson(Tokens.jwks(Tokens.RSA))));
    String issuer = Tokens.ISSUER;
    String jwksUrl = idp.baseUrl() + "/jwks";
    String nonceFromSession = Tokens.NONCE;
    String accessToken = "access-token-from-the-token-response";
    String idToken =
        Tokens.sign(
            Tokens.RSA,
            Tokens.claims(
                c -> {
                  c.put("aud", "my-agency-portal");
                  c.put("SoDinhDanh", "001099012345");
                  c.put("HoVaTen", "Nguyễn Văn An");
                  c.put("NgaySinh", "15/01/1999");
                  c.put("GioiTinh", "1");
                  c.put("loAs", "1");
                }));
    Map<String, Object> userInfoClaims = Map.of("sub", "sub-4711", "SoDienThoai", "0912345678");
    Clock clock = Clock.fixed(Instant.ofEpochSecond(Tokens.NOW.getEpochSecond()), ZoneOffset.UTC);

    try (HttpTransport transport =
        HttpTransport.builder()
            .options(HttpOptions.builder().maxResponseBytes(256 * 1024).build())
            .build()) {
      // --- snippet start ---
      IdTokenVerifier verifier =
          IdTokenVerifier.builder()
              .issuer(issuer)
              .clientId("my-agency-portal")
              .jwksSource(JwksSource.remote(URI.create(jwksUrl), transport))
              .claimProfile(ClaimProfiles.dvcqg())
              .clock(clock) // optional; the system clock by default
              .build();

      VerifiedIdToken token =
          verifier.verify(
              idToken,
              VerificationContext.expectingNonce(nonceFromSession)
                  .accessToken(accessToken)
                  .build());
      CitizenIdentity citizen = ClaimProfiles.dvcqg().toIdentity(token, userInfoClaims);
      citizen.requireAssurance(AssuranceLevel.VNEID_LEVEL_1); // throws for a lower level
      // --- snippet end ---

      assertThat(citizen.personalIdNumber().orElseThrow().value()).isEqualTo("001099012345");
      assertThat(citizen.fullName()).contains("Nguyễn Văn An");
      assertThat(citizen.phoneNumber()).contains("0912345678");
      assertThat(citizen.assuranceLevel()).isEqualTo(AssuranceLevel.VNEID_LEVEL_1);
      assertThatThrownBy(() -> citizen.requireAssurance(AssuranceLevel.VNEID_LEVEL_2))
          .isInstanceOf(AssuranceTooLowException.class);
    }
  }
}
