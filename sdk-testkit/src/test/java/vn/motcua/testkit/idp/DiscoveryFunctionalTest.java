package vn.motcua.testkit.idp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.idp.TestRelyingParty.Answer;

class DiscoveryFunctionalTest {
  private static final StubIdentityProvider idp = StubIdentityProvider.builder().build();

  @BeforeAll
  static void start() {
    idp.start();
  }

  @AfterAll
  static void stop() {
    idp.stop();
  }

  @AfterEach
  void reset() {
    idp.reset();
  }

  private static Map<String, Object> discovery() {
    Answer answer = TestRelyingParty.get(idp.discoveryUri());
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers().get("Content-Type")).startsWith("application/json");
    return answer.json();
  }

  @Test
  void discovery_isServedAtTheWellKnownPathOfTheIssuer() {
    assertThat(idp.discoveryUri().toString())
        .isEqualTo(idp.issuer() + "/.well-known/openid-configuration");
    assertThat(idp.issuer().toString()).isEqualTo("http://localhost:" + idp.port());
  }

  @Test
  void discovery_namesTheIssuerAndEveryEndpointUnderIt() {
    Map<String, Object> d = discovery();

    assertThat(d)
        .containsEntry("issuer", idp.issuer().toString())
        .containsEntry("authorization_endpoint", idp.authorizationEndpoint().toString())
        .containsEntry("token_endpoint", idp.tokenEndpoint().toString())
        .containsEntry("userinfo_endpoint", idp.userInfoEndpoint().toString())
        .containsEntry("jwks_uri", idp.jwksUri().toString());
  }

  @Test
  void discovery_announcesTheCodeFlowWithS256PkceAndTheIssParameter() {
    Map<String, Object> d = discovery();

    assertThat(d)
        .containsEntry("response_types_supported", java.util.List.of("code"))
        .containsEntry("code_challenge_methods_supported", java.util.List.of("S256"))
        .containsEntry("authorization_response_iss_parameter_supported", true)
        .containsEntry("request_uri_parameter_supported", false)
        .containsEntry(
            "grant_types_supported", java.util.List.of("authorization_code", "refresh_token"));
  }

  @Test
  void discovery_listsAlgorithmsClientAuthMethodsClaimsScopesAndAcrValues() {
    Map<String, Object> d = discovery();

    assertThat(d)
        .containsEntry(
            "id_token_signing_alg_values_supported", java.util.List.of("RS256", "PS256", "ES256"))
        .containsEntry(
            "token_endpoint_auth_methods_supported",
            java.util.List.of("client_secret_basic", "client_secret_post", "private_key_jwt"))
        .containsEntry(
            "id_token_encryption_alg_values_supported", java.util.List.of("RSA-OAEP-256"))
        .containsEntry("id_token_encryption_enc_values_supported", java.util.List.of("A256GCM"))
        .containsEntry(
            "acr_values_supported", java.util.List.of("urn:vneid:loa:1", "urn:vneid:loa:2"));
    assertThat(asList(d.get("claims_supported")))
        .contains("sub", "acr", "nonce", "at_hash", "SoDinhDanh", "HoVaTen", "TechID", "loAs");
    assertThat(asList(d.get("scopes_supported"))).contains("openid");
  }

  @Test
  void discoveryFault_issuerMismatchAffectsOnlyTheNextDocument() {
    idp.faults().nextDiscovery(DiscoveryFault.ISSUER_MISMATCH);

    Map<String, Object> faulty = discovery();
    Map<String, Object> next = discovery();

    assertThat(faulty.get("issuer")).isNotEqualTo(idp.issuer().toString());
    assertThat(faulty).containsEntry("jwks_uri", idp.jwksUri().toString());
    assertThat(next).containsEntry("issuer", idp.issuer().toString());
  }

  @Test
  void acrValues_canBeConfiguredToMatchTheRelyingParty() {
    try (StubIdentityProvider custom =
        StubIdentityProvider.builder().acrValues("loa-low", "loa-substantial").build().start()) {
      Map<String, Object> d = TestRelyingParty.get(custom.discoveryUri()).json();

      assertThat(d)
          .containsEntry("acr_values_supported", java.util.List.of("loa-low", "loa-substantial"));
    }
  }

  @SuppressWarnings("unchecked") // JSON arrays parse as lists
  private static java.util.List<Object> asList(Object value) {
    return (java.util.List<Object>) value;
  }
}
