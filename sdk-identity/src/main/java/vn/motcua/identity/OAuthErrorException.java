package vn.motcua.identity;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.internal.OAuthErrors;

/**
 * The identity provider answered a login or token request with an OAuth error: in the callback
 * ({@code identity.authorization.denied} for {@code access_denied}, {@code
 * identity.authorization.error} for any other) or from the token endpoint ({@code
 * identity.token_endpoint.rejected}). {@link #oauthError()} is the provider's code, such as {@code
 * invalid_grant}, to branch on or report.
 *
 * <p>The callback URL passes through the user's browser, so its error and description may have been
 * written by anyone. The message therefore names the OAuth code only when it is a registered one
 * (RFC 6749, OpenID Connect Core), and never the description; {@link #description()} keeps the
 * description only if it is short printable ASCII. Show neither to users verbatim.
 */
public class OAuthErrorException extends IdentityException {
  private static final long serialVersionUID = 1L;

  private final String oauthError;
  private final @Nullable String description;
  private final int httpStatus;

  /**
   * Creates an exception.
   *
   * @param code {@link IdentityCodes#AUTHORIZATION_DENIED}, {@link
   *     IdentityCodes#AUTHORIZATION_ERROR} or {@link IdentityCodes#TOKEN_ENDPOINT_REJECTED}
   * @param oauthError the {@code error} the provider sent; an unsafe value is replaced by {@code
   *     invalid}
   * @param description the {@code error_description}, if any; dropped unless short printable ASCII
   * @param httpStatus the HTTP status of a token endpoint answer, or 0 for a callback
   */
  public OAuthErrorException(
      String code, String oauthError, @Nullable String description, int httpStatus) {
    super(code, args(oauthError), false, null);
    this.oauthError = OAuthErrors.sanitizeError(Objects.requireNonNull(oauthError, "oauthError"));
    this.description = OAuthErrors.sanitizeDescription(description);
    this.httpStatus = httpStatus;
  }

  private static Map<String, String> args(String oauthError) {
    return Map.of(
        "error", OAuthErrors.isRegistered(oauthError) ? oauthError : OAuthErrors.NON_STANDARD);
  }

  /**
   * Returns the provider's OAuth error code, such as {@code access_denied} or {@code
   * invalid_grant}.
   */
  public String oauthError() {
    return oauthError;
  }

  /**
   * Returns the provider's {@code error_description}, if it sent one of at most 256 printable ASCII
   * characters. It is free text from outside: log it only where the provider's own words belong,
   * and never show it to users as is.
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** Returns the HTTP status of the token endpoint's answer; empty for a callback error. */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }
}
