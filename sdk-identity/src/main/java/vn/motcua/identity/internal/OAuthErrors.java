package vn.motcua.identity.internal;

import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * OAuth error codes and descriptions as they arrive from a provider (or from whoever crafted the
 * callback URL): only registered codes are ever shown in a message, and descriptions are kept only
 * within RFC 6749's character set and a length bound.
 */
public final class OAuthErrors {
  /** The codes of RFC 6749, RFC 6750, OpenID Connect Core 3.1.2.6 and RFC 9470/9449. */
  private static final Set<String> REGISTERED =
      Set.of(
          "invalid_request",
          "unauthorized_client",
          "access_denied",
          "unsupported_response_type",
          "invalid_scope",
          "server_error",
          "temporarily_unavailable",
          "invalid_client",
          "invalid_grant",
          "unsupported_grant_type",
          "invalid_token",
          "insufficient_scope",
          "interaction_required",
          "login_required",
          "account_selection_required",
          "consent_required",
          "invalid_request_uri",
          "invalid_request_object",
          "request_not_supported",
          "request_uri_not_supported",
          "registration_not_supported",
          "unmet_authentication_requirements",
          "invalid_dpop_proof",
          "use_dpop_nonce");

  /** What a message says instead of a code outside the registry, which may be anything. */
  public static final String NON_STANDARD = "(non-standard)";

  private static final Pattern ERROR = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  private static final int MAX_DESCRIPTION = 256;

  private OAuthErrors() {}

  /** Returns whether {@code error} is a registered code, safe to show in a message. */
  public static boolean isRegistered(String error) {
    return REGISTERED.contains(error);
  }

  /** Returns the code if it is a short token of safe characters, else {@code invalid}. */
  public static String sanitizeError(String error) {
    return ERROR.matcher(error).matches() ? error : "invalid";
  }

  /**
   * Returns the description if it is at most 256 characters of RFC 6749's set (printable ASCII
   * without {@code "} and {@code \}), else {@code null}.
   */
  public static @Nullable String sanitizeDescription(@Nullable String description) {
    if (description == null || description.isEmpty() || description.length() > MAX_DESCRIPTION) {
      return null;
    }
    for (int i = 0; i < description.length(); i++) {
      char c = description.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return null;
      }
    }
    return description;
  }
}
