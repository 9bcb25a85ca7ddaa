package vn.motcua.testkit.internal.idp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OAuth 2.0 error an endpoint answers with (RFC 6749 4.1.2.1 and 5.2). Carries no personal data:
 * descriptions name the rule, never a value.
 */
final class OAuthError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final int status;

  private OAuthError(String error, String description, int status) {
    super(description, null, false, false);
    this.error = error;
    this.status = status;
  }

  static OAuthError invalidRequest(String description) {
    return new OAuthError("invalid_request", description, 400);
  }

  static OAuthError invalidClient(String description) {
    return new OAuthError("invalid_client", description, 401);
  }

  static OAuthError invalidGrant(String description) {
    return new OAuthError("invalid_grant", description, 400);
  }

  static OAuthError of(String error, String description) {
    return new OAuthError(error, description, 400);
  }

  String error() {
    return error;
  }

  String description() {
    return getMessage();
  }

  int status() {
    return status;
  }

  Map<String, String> asParameters() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("error", error);
    out.put("error_description", description());
    return out;
  }

  /** The JSON error body of the token endpoint. */
  StubResponse asTokenResponse() {
    StubResponse response = StubResponse.noStoreJson(status, asParameters());
    return status == 401
        ? response.withHeader("WWW-Authenticate", "Basic realm=\"motcua-stub-idp\"")
        : response;
  }
}
