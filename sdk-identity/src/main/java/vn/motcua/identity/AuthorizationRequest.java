package vn.motcua.identity;

import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The first step of a login: where to send the user's browser, and the {@link LoginTransaction} to
 * keep in the user's session until the provider sends the browser back.
 *
 * <pre>{@code
 * AuthorizationRequest request = relyingParty.beginLogin();
 * session.setAttribute("login", request.transaction().toJson());
 * response.sendRedirect(request.url().toString());
 * }</pre>
 *
 * <p>The URL carries {@code state}, {@code nonce} and the PKCE challenge: {@link #toString()} shows
 * only the endpoint. Immutable and thread-safe.
 */
public final class AuthorizationRequest {
  private final URI url;
  private final LoginTransaction transaction;

  AuthorizationRequest(URI url, LoginTransaction transaction) {
    this.url = url;
    this.transaction = transaction;
  }

  /** Returns the authorization URL to redirect the browser to (HTTP 302 or 303). */
  public URI url() {
    return url;
  }

  /** Returns the transaction to keep in the user's session for {@link RelyingParty#complete}. */
  public LoginTransaction transaction() {
    return transaction;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AuthorizationRequest other
        && url.equals(other.url)
        && transaction.equals(other.transaction);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, transaction);
  }

  /** Returns the authorization endpoint without the query. */
  @Override
  public String toString() {
    return "AuthorizationRequest["
        + url.getScheme()
        + "://"
        + url.getRawAuthority()
        + url.getRawPath()
        + "]";
  }
}
