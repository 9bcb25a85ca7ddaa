package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.core.validation.MessageSource;

class OAuthErrorExceptionTest {

  @Test
  void message_namesARegisteredCode() {
    OAuthErrorException error =
        new OAuthErrorException(
            IdentityCodes.TOKEN_ENDPOINT_REJECTED, "invalid_grant", "code expired", 400);

    assertThat(error.getMessage()).contains("invalid_grant").doesNotContain("code expired");
    assertThat(error.message(MessageSource.VIETNAMESE)).contains("invalid_grant");
    assertThat(error.oauthError()).isEqualTo("invalid_grant");
    assertThat(error.description()).contains("code expired");
    assertThat(error.httpStatus()).hasValue(400);
  }

  @Test
  void message_neverRepeatsANonStandardCodeOrTheDescription() {
    OAuthErrorException error =
        new OAuthErrorException(
            IdentityCodes.AUTHORIZATION_ERROR, "no_user_0987654321", "Nguyễn Văn An: locked", 0);

    assertThat(error.getMessage())
        .contains("(non-standard)")
        .doesNotContain("0987654321")
        .doesNotContain("Nguyễn");
    assertThat(error.oauthError()).isEqualTo("no_user_0987654321");
    assertThat(error.description()).isEmpty();
    assertThat(error.httpStatus()).isEmpty();
    assertThat(error.isRetryable()).isFalse();
  }

  @Test
  void oauthError_replacesUnsafeTextAndDescriptionDropsOverlongText() {
    OAuthErrorException error =
        new OAuthErrorException(
            IdentityCodes.AUTHORIZATION_ERROR, "<script>alert(1)</script>", "x".repeat(257), 0);

    assertThat(error.oauthError()).isEqualTo("invalid");
    assertThat(error.description()).isEmpty();
  }
}
