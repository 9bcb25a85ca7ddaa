package vn.motcua.identity;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.internal.TransactionCodec;
import vn.motcua.identity.internal.TransactionData;

/**
 * What a web app keeps in the user's session between sending the browser to the identity provider
 * and receiving it back: the {@code state}, the {@code nonce} and the PKCE code verifier of one
 * login, with the redirect URI, the {@code max_age} and {@code acr_values} it asked for, the level
 * it requires, and when it began.
 *
 * <p><b>It holds secrets.</b> Whoever has the code verifier and intercepts the code can finish the
 * login. Keep it server-side in the session (or encrypted, if the session lives in a cookie), never
 * in a URL or a log; {@link #toString()} shows none of it.
 *
 * <p>{@link #toJson()} and {@link #fromJson(String)} turn it into one line of JSON and back. The
 * JSON carries a MAC made by the {@link RelyingParty} that created the transaction, with its
 * transaction key, over every field: {@link RelyingParty#complete} refuses a transaction that was
 * altered or that another relying party made ({@code identity.transaction.tampered}), and one older
 * than the transaction lifetime ({@code identity.transaction.expired}). A transaction serves one
 * login: completing it uses up its nonce.
 *
 * <p>Immutable and thread-safe; equal when every field is.
 */
public final class LoginTransaction {
  private final TransactionData data;

  LoginTransaction(TransactionData data) {
    this.data = data;
  }

  /**
   * Reads a transaction written by {@link #toJson()}. Only the form is checked here; the MAC,
   * issuer, client and age are checked when the login is completed.
   *
   * @throws IdentityException {@code identity.transaction.malformed} when {@code json} is not a
   *     login transaction
   */
  public static LoginTransaction fromJson(String json) {
    return new LoginTransaction(TransactionCodec.read(Objects.requireNonNull(json, "json")));
  }

  /** Returns the transaction as one line of JSON, secrets included, for the user's session. */
  public String toJson() {
    return TransactionCodec.write(data);
  }

  /** Returns the {@code state} sent, which the callback must carry back. A secret. */
  public String state() {
    return data.state();
  }

  /** Returns the {@code nonce} sent, which the ID token must carry. A secret. */
  public String nonce() {
    return data.nonce();
  }

  /** Returns the PKCE code verifier, sent with the code to the token endpoint. A secret. */
  public String codeVerifier() {
    return data.codeVerifier();
  }

  /** Returns the redirect URI the login used; the code is redeemed with the same one. */
  public URI redirectUri() {
    return URI.create(data.redirectUri());
  }

  /** Returns the issuer the login went to. */
  public String issuer() {
    return data.issuer();
  }

  /** Returns the client id the login was for. */
  public String clientId() {
    return data.clientId();
  }

  /** Returns the {@code max_age} the login asked for, if any. */
  public Optional<Duration> maxAge() {
    Long seconds = data.maxAgeSeconds();
    return seconds == null ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
  }

  /** Returns the {@code acr_values} the login asked for; empty for none. */
  public List<String> acrValues() {
    return data.acrValues();
  }

  /**
   * Returns the level this login requires beyond the relying party's; {@link AssuranceLevel#NONE}
   * when it asked for nothing more.
   */
  public AssuranceLevel requiredAssurance() {
    return data.requiredAssurance();
  }

  /** Returns when the login began, in whole seconds. */
  public Instant createdAt() {
    return data.createdAt();
  }

  TransactionData data() {
    return data;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LoginTransaction other && data.equals(other.data);
  }

  @Override
  public int hashCode() {
    return data.hashCode();
  }

  /** Returns issuer, client, redirect URI, requests and time; never state, nonce or verifier. */
  @Override
  public String toString() {
    return "LoginTransaction[issuer="
        + data.issuer()
        + ", clientId="
        + data.clientId()
        + ", redirectUri="
        + data.redirectUri()
        + ", maxAge="
        + maxAge().map(Duration::toString).orElse("none")
        + ", acrValues="
        + data.acrValues()
        + ", requiredAssurance="
        + data.requiredAssurance()
        + ", createdAt="
        + data.createdAt()
        + ", secrets=[redacted]]";
  }
}
