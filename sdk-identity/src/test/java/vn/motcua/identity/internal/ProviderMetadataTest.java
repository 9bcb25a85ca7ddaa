package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;

class ProviderMetadataTest {
  private static final String ISSUER = "https://sso.example.vn";

  private static String document(String issuer, String extra) {
    return "{\"issuer\":\""
        + issuer
        + "\",\"authorization_endpoint\":\"https://sso.example.vn/authorize\""
        + ",\"token_endpoint\":\"https://sso.example.vn/token\""
        + ",\"jwks_uri\":\"https://sso.example.vn/jwks\""
        + extra
        + "}";
  }

  private static ProviderMetadata parse(String json) {
    return ProviderMetadata.parse(json.getBytes(StandardCharsets.UTF_8), ISSUER);
  }

  private static IdentityException failure(String json) {
    return catchThrowableOfType(IdentityException.class, () -> parse(json));
  }

  @Test
  void parse_readsTheEndpointsAndTheIssParameterFlag() {
    ProviderMetadata metadata =
        parse(
            document(
                ISSUER,
                ",\"userinfo_endpoint\":\"https://sso.example.vn/userinfo\""
                    + ",\"authorization_response_iss_parameter_supported\":true"));

    assertThat(metadata.issuer()).isEqualTo(ISSUER);
    assertThat(metadata.tokenEndpoint()).isEqualTo(URI.create("https://sso.example.vn/token"));
    assertThat(metadata.userInfoEndpoint())
        .isEqualTo(URI.create("https://sso.example.vn/userinfo"));
    assertThat(metadata.issParameterSupported()).isTrue();
  }

  @Test
  void parse_allowsAMissingUserInfoEndpointAndIssFlag() {
    ProviderMetadata metadata = parse(document(ISSUER, ""));

    assertThat(metadata.userInfoEndpoint()).isNull();
    assertThat(metadata.issParameterSupported()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"https://evil.example", "https://sso.example.vn/", "https://SSO.example.vn"})
  void parse_refusesADocumentAboutAnotherIssuerExactly(String other) {
    assertThat(failure(document(other, "")).code())
        .isEqualTo(IdentityCodes.DISCOVERY_ISSUER_MISMATCH);
  }

  @Test
  void parse_refusesPlainHttpEndpointsOffLoopback() {
    IdentityException error =
        failure(document(ISSUER, ",\"userinfo_endpoint\":\"http://sso.example.vn/userinfo\""));

    assertThat(error.code()).isEqualTo(IdentityCodes.DISCOVERY_INVALID);
    assertThat(error.getMessage()).contains("userinfo_endpoint is neither https nor loopback http");
  }

  @Test
  void parse_refusesMissingEndpointsAndWrongTypes() {
    assertThat(failure("{\"issuer\":\"" + ISSUER + "\"}").getMessage())
        .contains("authorization_endpoint is missing");
    assertThat(failure("[]").code()).isEqualTo(IdentityCodes.DISCOVERY_INVALID);
    assertThat(failure("{}").getMessage()).contains("issuer is missing");
    assertThat(
            failure(
                    document(
                        ISSUER, ",\"authorization_response_iss_parameter_supported\":\"true\""))
                .code())
        .isEqualTo(IdentityCodes.DISCOVERY_INVALID);
    assertThat(failure(document(ISSUER, ",\"token_endpoint\":\"https://a b\"")).code())
        .isEqualTo(IdentityCodes.DISCOVERY_INVALID);
  }

  @Test
  void discoveryUri_dropsATrailingSlashOfTheIssuer() {
    assertThat(ProviderMetadata.discoveryUri("https://sso.example.vn/realms/dvc/"))
        .isEqualTo(
            URI.create("https://sso.example.vn/realms/dvc/.well-known/openid-configuration"));
  }
}
