package vn.motcua.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.TransportException;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.identity.internal.ClientCredentials;
import vn.motcua.identity.internal.DecryptionKeys;
import vn.motcua.identity.internal.Endpoints;
import vn.motcua.identity.internal.Failures;
import vn.motcua.identity.internal.Futures;
import vn.motcua.identity.internal.HttpExchange;
import vn.motcua.identity.internal.ProviderMetadata;
import vn.motcua.identity.internal.QueryCodec;
import vn.motcua.identity.internal.Randoms;
import vn.motcua.identity.internal.SingleFlight;
import vn.motcua.identity.internal.TokenClient;
import vn.motcua.identity.internal.TokenResponse;
import vn.motcua.identity.internal.TransactionCodec;
import vn.motcua.identity.internal.TransactionData;
import vn.motcua.identity.internal.UserInfoClient;

/**
 * An OpenID Connect relying party for one provider and one client: the authorization code flow with
 * PKCE, in the two steps a web app needs, ending in a verified {@link CitizenIdentity}.
 *
 * <ol>
 *   <li>{@link #beginLogin()} returns the authorization URL to redirect the browser to and a {@link
 *       LoginTransaction} (state, nonce, PKCE verifier) to keep in the user's session.
 *   <li>{@link #complete(LoginTransaction, URI)} takes that transaction and the callback URL the
 *       browser came back to, and checks the RFC 9207 {@code iss} and the {@code state}, redeems
 *       the code at the token endpoint, verifies the ID token completely with an {@link
 *       IdTokenVerifier} (nonce, {@code at_hash}, {@code max_age}), fetches userinfo (JSON or a
 *       signed JWT) and checks it is about the same subject, maps the claims with the {@link
 *       ClaimProfile}, and requires the level of assurance.
 * </ol>
 *
 * <p>Every failure is an {@link IdentityException} (or subtype) with its own code, listed in {@link
 * IdentityCodes}; messages and logs never hold tokens or personal data. {@link #refresh(String,
 * CitizenIdentity)} redeems a refresh token and checks that a new ID token keeps the subject. Each
 * step has a {@code CompletableFuture} variant that runs on the transport's executor.
 *
 * <p>The provider's discovery document ({@code {issuer}/.well-known/openid-configuration}) is
 * fetched on first use, must name exactly the configured issuer, and is then kept for the relying
 * party's lifetime; a failed fetch is not kept, so the next call tries again. Every endpoint must
 * be {@code https}, except on a loopback host ({@code localhost}, {@code 127.0.0.1}, {@code
 * [::1]}), where plain {@code http} serves local stubs. ID tokens are verified with keys from the
 * document's {@code jwks_uri}, cached as {@link JwksOptions} say.
 *
 * <p>Immutable and thread-safe: build one per provider and client at start-up, share it, and {@link
 * #close()} it at shutdown to release the HTTP resources it created.
 */
public final class RelyingParty implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RelyingParty.class);

  private final String issuer;
  private final String clientId;
  private final ClientAuthentication authentication;
  private final String redirectUri;
  private final List<String> scopes;
  private final AssuranceLevel requiredAssurance;
  private final ClaimProfile claimProfile;
  private final Clock clock;
  private final boolean fetchUserInfo;
  private final byte[] transactionKey;
  private final Duration transactionLifetime;
  private final VerifierConfig verifierConfig;
  private final HttpTransport transport;
  private final HttpTransport jwksTransport;
  private final List<HttpTransport> ownedTransports;
  private final @Nullable OkHttpClient ownedClient;
  private final TokenClient tokenClient;
  private final HttpExchange blocking;
  private final HttpExchange async;
  private final SingleFlight<Provider> provider = new SingleFlight<>();

  private RelyingParty(Builder b, VerifierConfig verifierConfig) {
    this.issuer = Objects.requireNonNull(b.issuer);
    this.clientId = Objects.requireNonNull(b.clientId);
    this.authentication = Objects.requireNonNull(b.authentication);
    this.redirectUri = Objects.requireNonNull(b.redirectUri).toString();
    this.scopes = scopes(b.scopes);
    this.requiredAssurance = b.requiredAssurance;
    this.claimProfile = b.claimProfile;
    this.clock = b.clock;
    this.fetchUserInfo = b.fetchUserInfo;
    byte[] key = b.transactionKey;
    if (key == null) {
      key = new byte[TransactionCodec.MIN_KEY_BYTES];
      new SecureRandom().nextBytes(key);
    }
    this.transactionKey = key;
    this.transactionLifetime = b.transactionLifetime;
    this.verifierConfig = verifierConfig;
    if (b.transport != null) {
      this.transport = b.transport;
      this.jwksTransport = b.transport;
      this.ownedTransports = List.of();
      this.ownedClient = null;
    } else {
      OkHttpClient client = b.okHttpClient;
      this.ownedClient = client == null ? new OkHttpClient() : null;
      OkHttpClient shared = client != null ? client : Objects.requireNonNull(ownedClient);
      this.transport = transport(shared, TokenClient.MAX_RESPONSE_BYTES, b.clock);
      this.jwksTransport = transport(shared, b.jwksOptions.maxResponseBytes(), b.clock);
      this.ownedTransports = List.of(transport, jwksTransport);
    }
    this.tokenClient = new TokenClient(clientId, authentication.credentials(), clock);
    this.blocking = HttpExchange.blocking(transport);
    this.async = HttpExchange.async(transport);
  }

  private static HttpTransport transport(OkHttpClient client, long maxBytes, Clock clock) {
    return HttpTransport.builder()
        .okHttpClient(client)
        .options(HttpOptions.builder().maxResponseBytes(maxBytes).build())
        .clock(clock)
        .build();
  }

  private static List<String> scopes(List<String> requested) {
    Set<String> scopes = new LinkedHashSet<>();
    scopes.add("openid");
    scopes.addAll(requested);
    return List.copyOf(scopes);
  }

  /** Returns a builder; issuer, client id, client authentication and redirect URI are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Fetches and checks the discovery document now instead of at the first login; call it at
   * start-up to fail fast on a wrong issuer. Does nothing once the document is kept.
   *
   * @throws IdentityException {@code identity.discovery.unavailable} (retryable), {@code
   *     identity.discovery.invalid} or {@code identity.discovery.issuer_mismatch}
   */
  public void discover() {
    Futures.await(provider(blocking));
  }

  /**
   * Starts a login with the relying party's settings; see {@link #beginLogin(LoginOptions)}.
   *
   * @throws IdentityException when the discovery document cannot be had, as for {@link #discover()}
   */
  public AuthorizationRequest beginLogin() {
    return beginLogin(LoginOptions.defaults());
  }

  /**
   * Starts a login: returns the authorization URL (response type {@code code}, the scopes, a {@code
   * state}, a {@code nonce}, a PKCE S256 challenge, and what {@code options} ask for) and the
   * {@link LoginTransaction} to keep in the user's session. State, nonce and code verifier are each
   * 256 bits from {@link SecureRandom}, base64url-encoded.
   *
   * @throws IdentityException when the discovery document cannot be had, as for {@link #discover()}
   */
  public AuthorizationRequest beginLogin(LoginOptions options) {
    return Futures.await(beginLogin(options, blocking));
  }

  /**
   * As {@link #beginLogin(LoginOptions)}, without blocking: only the first call fetches anything.
   * The future fails with the exceptions the blocking method throws.
   */
  public CompletableFuture<AuthorizationRequest> beginLoginAsync(LoginOptions options) {
    return beginLogin(options, async);
  }

  private CompletableFuture<AuthorizationRequest> beginLogin(
      LoginOptions options, HttpExchange exchange) {
    Objects.requireNonNull(options, "options");
    return Futures.start(
        () -> provider(exchange).thenApply(p -> authorization(p.metadata(), options)));
  }

  private AuthorizationRequest authorization(ProviderMetadata metadata, LoginOptions options) {
    Long maxAge = options.maxAge().map(Duration::getSeconds).orElse(null);
    TransactionData unsigned =
        new TransactionData(
            issuer,
            clientId,
            Randoms.token(),
            Randoms.token(),
            Randoms.token(),
            redirectUri,
            maxAge,
            options.acrValues(),
            options.requiredAssurance(),
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            "");
    TransactionData data = withMac(unsigned, TransactionCodec.mac(transactionKey, unsigned));
    Map<String, String> params = new LinkedHashMap<>();
    params.put("response_type", "code");
    params.put("client_id", clientId);
    params.put("redirect_uri", redirectUri);
    params.put("scope", String.join(" ", scopes));
    params.put("state", data.state());
    params.put("nonce", data.nonce());
    params.put("code_challenge", Randoms.s256(data.codeVerifier()));
    params.put("code_challenge_method", "S256");
    if (maxAge != null) {
      params.put("max_age", Long.toString(maxAge));
    }
    if (!options.acrValues().isEmpty()) {
      params.put("acr_values", String.join(" ", options.acrValues()));
    }
    options.loginHint().ifPresent(hint -> params.put("login_hint", hint));
    options.prompt().ifPresent(prompt -> params.put("prompt", prompt));
    return new AuthorizationRequest(
        QueryCodec.append(metadata.authorizationEndpoint(), params), new LoginTransaction(data));
  }

  private static TransactionData withMac(TransactionData d, String mac) {
    return new TransactionData(
        d.issuer(),
        d.clientId(),
        d.state(),
        d.nonce(),
        d.codeVerifier(),
        d.redirectUri(),
        d.maxAgeSeconds(),
        d.acrValues(),
        d.requiredAssurance(),
        d.createdAt(),
        mac);
  }

  /**
   * Completes a login from the callback URL the provider redirected the browser to.
   *
   * <p>In order: the transaction must be this relying party's, unaltered ({@code
   * identity.transaction.tampered}) and younger than the transaction lifetime ({@code .expired});
   * the callback's query must be well-formed with no repeated parameter ({@code
   * identity.callback.invalid}); its {@code iss} must be the issuer ({@code
   * identity.authorization.iss_mismatch}), and present when the provider announces it ({@code
   * .iss_missing}); its {@code state} must equal the transaction's, compared in constant time
   * ({@code identity.state.mismatch}); an {@code error} is thrown as an {@link
   * OAuthErrorException}; the code is redeemed with the PKCE verifier; the ID token is verified
   * with the transaction's nonce, the access token ({@code at_hash}) and {@code max_age}; userinfo
   * is fetched when the provider has an endpoint and must be about the same subject; the claims are
   * mapped by the claim profile; and the identity's level of assurance must reach the relying
   * party's and the login's requirement ({@link AssuranceTooLowException}).
   *
   * <p>A transaction completes once: its nonce is recorded as used ({@code identity.nonce.replay}
   * for a second completion), and the provider accepts its code once.
   *
   * @param transaction the transaction {@link #beginLogin} returned, from the user's session
   * @param callbackUrl the URL the browser requested, or just its query as {@code URI.create("?" +
   *     queryString)}; only the query is read
   * @throws IdentityException or a subtype, with the code of the check that failed
   */
  public LoginResult complete(LoginTransaction transaction, URI callbackUrl) {
    return Futures.await(complete(transaction, callbackUrl, blocking));
  }

  /**
   * As {@link #complete(LoginTransaction, URI)}, on the transport's executor; the future fails with
   * the exceptions the blocking method throws. Verification may wait for the provider's keys on
   * that executor, so do not give the transport a single-threaded one.
   */
  public CompletableFuture<LoginResult> completeAsync(
      LoginTransaction transaction, URI callbackUrl) {
    return complete(transaction, callbackUrl, async);
  }

  private CompletableFuture<LoginResult> complete(
      LoginTransaction transaction, URI callbackUrl, HttpExchange exchange) {
    Objects.requireNonNull(transaction, "transaction");
    Objects.requireNonNull(callbackUrl, "callbackUrl");
    return Futures.start(
        () -> {
          TransactionData data = checkTransaction(transaction);
          Map<String, String> params = QueryCodec.parseCallback(callbackUrl);
          return provider(exchange)
              .thenCompose(
                  p -> {
                    String code = checkCallback(p.metadata(), data, params);
                    return tokenClient
                        .redeemCode(
                            exchange,
                            p.metadata().tokenEndpoint(),
                            code,
                            data.redirectUri(),
                            data.codeVerifier())
                        .thenCompose(tokens -> identify(p, data, tokens, exchange));
                  });
        });
  }

  private TransactionData checkTransaction(LoginTransaction transaction) {
    TransactionData data = transaction.data();
    if (!data.issuer().equals(issuer)
        || !data.clientId().equals(clientId)
        || !TransactionCodec.verify(transactionKey, data)) {
      throw Failures.of(IdentityCodes.TRANSACTION_TAMPERED);
    }
    if (data.createdAt().plus(transactionLifetime).isBefore(clock.instant())) {
      throw new IdentityException(
          IdentityCodes.TRANSACTION_EXPIRED, Map.of("max", transactionLifetime), false, null);
    }
    return data;
  }

  private String checkCallback(
      ProviderMetadata metadata, TransactionData data, Map<String, String> params) {
    // RFC 9207 2.4: the issuer is checked before anything else of the response is used.
    String iss = params.get("iss");
    if (iss == null) {
      if (metadata.issParameterSupported()) {
        throw Failures.of(IdentityCodes.AUTHORIZATION_ISS_MISSING);
      }
    } else if (!iss.equals(issuer)) {
      throw Failures.of(IdentityCodes.AUTHORIZATION_ISS_MISMATCH);
    }
    String state = params.get("state");
    if (state == null
        || !MessageDigest.isEqual(
            state.getBytes(StandardCharsets.UTF_8),
            data.state().getBytes(StandardCharsets.UTF_8))) {
      throw Failures.of(IdentityCodes.STATE_MISMATCH);
    }
    String error = params.get("error");
    if (error != null) {
      throw new OAuthErrorException(
          error.equals("access_denied")
              ? IdentityCodes.AUTHORIZATION_DENIED
              : IdentityCodes.AUTHORIZATION_ERROR,
          error,
          params.get("error_description"),
          0);
    }
    String code = params.get("code");
    if (code == null || code.isEmpty()) {
      throw Failures.problem(IdentityCodes.CALLBACK_INVALID, "it carries neither code nor error");
    }
    return code;
  }

  private CompletableFuture<LoginResult> identify(
      Provider p, TransactionData data, TokenResponse tokens, HttpExchange exchange) {
    VerificationContext.Builder context =
        VerificationContext.expectingNonce(data.nonce()).accessToken(tokens.accessToken());
    Long maxAge = data.maxAgeSeconds();
    if (maxAge != null) {
      context.maxAge(Duration.ofSeconds(maxAge));
    }
    VerifiedIdToken token =
        p.verifier().verify(Objects.requireNonNull(tokens.idToken()), context.build());
    AssuranceLevel required =
        data.requiredAssurance().isAtLeast(requiredAssurance)
            ? data.requiredAssurance()
            : requiredAssurance;
    return identify(p, token, tokens, tokens.refreshToken(), required, exchange);
  }

  private CompletableFuture<LoginResult> identify(
      Provider p,
      VerifiedIdToken token,
      TokenResponse tokens,
      @Nullable String refreshToken,
      AssuranceLevel required,
      HttpExchange exchange) {
    URI endpoint = p.metadata().userInfoEndpoint();
    CompletableFuture<Map<String, Object>> userInfo =
        fetchUserInfo && endpoint != null
            ? UserInfoClient.fetch(
                exchange, endpoint, tokens.accessToken(), token.subject(), p.verifier())
            : CompletableFuture.completedFuture(Map.of());
    return userInfo.thenApply(
        claims ->
            new LoginResult(
                claimProfile.toIdentity(token, claims).requireAssurance(required),
                token,
                tokens.accessToken(),
                refreshToken,
                tokens.expiresAt()));
  }

  /**
   * Redeems a refresh token for new tokens (OpenID Connect Core 12). When the answer holds a new ID
   * token it is verified like a login's, without a nonce, and must keep {@code previous}'s subject
   * ({@code identity.token.subject}), issuer and audience; userinfo is fetched again, the claims
   * mapped again and the relying party's level of assurance required again. Without a new ID token,
   * {@code previous} is returned as the identity. The provider may rotate the refresh token: keep
   * the one the result holds.
   *
   * @param refreshToken the refresh token of the last {@link LoginResult}
   * @param previous the identity of the login being refreshed
   * @throws IllegalArgumentException when {@code previous} comes from another issuer
   * @throws IdentityException or a subtype, with the code of the check that failed; an {@link
   *     OAuthErrorException} ({@code identity.token_endpoint.rejected}, typically {@code
   *     invalid_grant}) when the refresh token is no longer good: sign the user in again
   */
  public LoginResult refresh(String refreshToken, CitizenIdentity previous) {
    return Futures.await(refresh(refreshToken, previous, blocking));
  }

  /**
   * As {@link #refresh(String, CitizenIdentity)}, on the transport's executor; the future fails
   * with the exceptions the blocking method throws.
   */
  public CompletableFuture<LoginResult> refreshAsync(
      String refreshToken, CitizenIdentity previous) {
    return refresh(refreshToken, previous, async);
  }

  private CompletableFuture<LoginResult> refresh(
      String refreshToken, CitizenIdentity previous, HttpExchange exchange) {
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(previous, "previous");
    if (!previous.issuer().equals(issuer)) {
      throw new IllegalArgumentException("the identity comes from another issuer");
    }
    return Futures.start(
        () ->
            provider(exchange)
                .thenCompose(
                    p ->
                        tokenClient
                            .refresh(exchange, p.metadata().tokenEndpoint(), refreshToken)
                            .thenCompose(
                                tokens -> refreshed(p, tokens, refreshToken, previous, exchange))));
  }

  private CompletableFuture<LoginResult> refreshed(
      Provider p,
      TokenResponse tokens,
      String oldRefreshToken,
      CitizenIdentity previous,
      HttpExchange exchange) {
    String refreshToken = tokens.refreshToken() != null ? tokens.refreshToken() : oldRefreshToken;
    String idToken = tokens.idToken();
    if (idToken == null) {
      return CompletableFuture.completedFuture(
          new LoginResult(previous, null, tokens.accessToken(), refreshToken, tokens.expiresAt()));
    }
    VerifiedIdToken token =
        p.verifier()
            .verify(
                idToken,
                VerificationContext.withoutNonce()
                    .expectedSubject(previous.subject())
                    .accessToken(tokens.accessToken())
                    .build());
    return identify(p, token, tokens, refreshToken, requiredAssurance, exchange);
  }

  private CompletableFuture<Provider> provider(HttpExchange exchange) {
    return provider.get(
        () ->
            exchange
                .send(
                    HttpRequest.builder("GET", ProviderMetadata.discoveryUri(issuer))
                        .header("Accept", "application/json")
                        .build())
                .handle(
                    (response, error) -> {
                      if (error != null) {
                        throw discoveryFailure(Futures.unwrap(error));
                      }
                      ProviderMetadata metadata = ProviderMetadata.parse(response.body(), issuer);
                      LOG.debug("Read the discovery document of {}", issuer);
                      return new Provider(metadata, verifierConfig.build(metadata, jwksTransport));
                    }));
  }

  private static RuntimeException discoveryFailure(Throwable error) {
    if (error instanceof TransportException transport
        && "http.response_too_large".equals(transport.code())) {
      return Failures.problem(IdentityCodes.DISCOVERY_INVALID, "larger than 64 KiB", transport);
    }
    if (error instanceof MotcuaException motcua) {
      return Failures.causedBy(IdentityCodes.DISCOVERY_UNAVAILABLE, true, motcua);
    }
    return error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
  }

  /** Returns the issuer identifier. */
  public String issuer() {
    return issuer;
  }

  /** Returns the client id. */
  public String clientId() {
    return clientId;
  }

  /** Returns the redirect URI every login uses. */
  public URI redirectUri() {
    return URI.create(redirectUri);
  }

  /** Returns the scopes every login asks for, {@code openid} first. */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * Releases the HTTP transports and client this relying party created; never a transport or {@link
   * OkHttpClient} the builder was given. Idempotent.
   */
  @Override
  public void close() {
    for (HttpTransport owned : ownedTransports) {
      owned.close();
    }
    OkHttpClient client = ownedClient;
    if (client != null) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** Returns the settings; never the client secret, key or transaction key. */
  @Override
  public String toString() {
    return "RelyingParty[issuer="
        + issuer
        + ", clientId="
        + clientId
        + ", authentication="
        + authentication.method().value()
        + ", redirectUri="
        + redirectUri
        + ", scopes="
        + scopes
        + ", requiredAssurance="
        + requiredAssurance
        + ", claimProfile="
        + claimProfile.name()
        + "]";
  }

  /** The provider as discovered: its endpoints, and the verifier over its keys. */
  private record Provider(ProviderMetadata metadata, IdTokenVerifier verifier) {}

  /** What the ID token verifier is built from once the key set's URL is known. */
  private record VerifierConfig(
      String issuer,
      String clientId,
      @Nullable List<String> algorithms,
      @Nullable String clientSecret,
      @Nullable String decryptionKeys,
      boolean requireEncryption,
      Duration clockSkew,
      Duration maxTokenAge,
      ClaimProfile claimProfile,
      NonceStore nonceStore,
      JwksOptions jwksOptions,
      Clock clock) {

    IdTokenVerifier build(ProviderMetadata metadata, HttpTransport transport) {
      return build(JwksSource.remote(metadata.jwksUri(), transport, jwksOptions));
    }

    IdTokenVerifier build(JwksSource keys) {
      IdTokenVerifier.Builder b =
          IdTokenVerifier.builder()
              .issuer(issuer)
              .clientId(clientId)
              .jwksSource(keys)
              .claimProfile(claimProfile)
              .nonceStore(nonceStore)
              .clockSkew(clockSkew)
              .maxTokenAge(maxTokenAge)
              .clock(clock);
      if (algorithms != null) {
        b.allowedAlgorithms(algorithms.toArray(String[]::new));
        if (clientSecret != null && algorithms.stream().anyMatch(a -> a.startsWith("HS"))) {
          b.clientSecret(clientSecret);
        }
      }
      if (decryptionKeys != null) {
        b.decryptionKeys(decryptionKeys);
      }
      return b.requireEncryption(requireEncryption).build();
    }

    @Override
    public String toString() {
      return "VerifierConfig[" + issuer + ", " + clientId + "]";
    }
  }

  /**
   * Collects a relying party's settings; not thread-safe.
   *
   * <p>Defaults: scopes {@code openid}; algorithms RS256, PS256, ES256; no required level of
   * assurance; the {@linkplain ClaimProfiles#dvcqg() DVCQG} claim profile; userinfo fetched when
   * the provider has an endpoint; clock skew 60 s and maximum ID token age 10 minutes (as {@link
   * IdTokenVerifier.Builder}); an in-memory nonce store of 100,000 entries; {@linkplain
   * JwksOptions#defaults() default} key caching; login transactions valid 10 minutes under a random
   * transaction key of this instance; an HTTP client of its own; the system UTC clock.
   */
  public static final class Builder {
    private @Nullable String issuer;
    private @Nullable String clientId;
    private @Nullable ClientAuthentication authentication;
    private @Nullable URI redirectUri;
    private List<String> scopes = List.of();
    private @Nullable List<String> algorithms;
    private AssuranceLevel requiredAssurance = AssuranceLevel.NONE;
    private ClaimProfile claimProfile = ClaimProfiles.dvcqg();
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable HttpTransport transport;
    private Clock clock = Clock.systemUTC();
    private @Nullable String decryptionKeys;
    private boolean requireEncryption;
    private @Nullable NonceStore nonceStore;
    private JwksOptions jwksOptions = JwksOptions.defaults();
    private Duration clockSkew = Duration.ofSeconds(60);
    private Duration maxTokenAge = Duration.ofMinutes(10);
    private byte @Nullable [] transactionKey;
    private Duration transactionLifetime = Duration.ofMinutes(10);
    private boolean fetchUserInfo = true;

    private Builder() {}

    /**
     * Sets the issuer identifier, such as {@code https://sso.dichvucong.gov.vn}: the discovery
     * document is read from {@code {issuer}/.well-known/openid-configuration} and must name exactly
     * this issuer, as must every token. Required.
     *
     * @throws IllegalArgumentException when it is not an https URL (or http on a loopback host)
     *     without query or fragment
     */
    public Builder issuer(String issuer) {
      Objects.requireNonNull(issuer, "issuer");
      URI uri;
      try {
        uri = new URI(issuer);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("the issuer must be a URL");
      }
      if (!Endpoints.isAllowed(uri) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "the issuer must be an https URL (http only on a loopback host) without query or"
                + " fragment");
      }
      this.issuer = issuer;
      return this;
    }

    /** Sets the client id registered with the provider. Required. */
    public Builder clientId(String clientId) {
      Objects.requireNonNull(clientId, "clientId");
      if (clientId.isBlank()) {
        throw new IllegalArgumentException("clientId must not be blank");
      }
      this.clientId = clientId;
      return this;
    }

    /** Sets how the client authenticates at the token endpoint. Required. */
    public Builder clientAuthentication(ClientAuthentication authentication) {
      this.authentication = Objects.requireNonNull(authentication, "authentication");
      return this;
    }

    /**
     * Sets the redirect URI registered with the provider, where it sends the browser back.
     * Required.
     *
     * @throws IllegalArgumentException when it is not absolute or has a fragment (RFC 6749 3.1.2)
     */
    public Builder redirectUri(URI redirectUri) {
      Objects.requireNonNull(redirectUri, "redirectUri");
      if (!redirectUri.isAbsolute() || redirectUri.getRawFragment() != null) {
        throw new IllegalArgumentException("the redirect URI must be absolute, without fragment");
      }
      this.redirectUri = redirectUri;
      return this;
    }

    /** Sets the redirect URI from text; see {@link #redirectUri(URI)}. */
    public Builder redirectUri(String redirectUri) {
      return redirectUri(URI.create(Objects.requireNonNull(redirectUri, "redirectUri")));
    }

    /**
     * Sets the scopes to ask for besides {@code openid}, which is always sent first. The national
     * SSO releases its DVCQG claims with {@code openid} alone; standard providers need {@code
     * profile}, {@code email}, {@code phone} or {@code address} for those claims, and {@code
     * offline_access} for a refresh token.
     */
    public Builder scopes(String... scopes) {
      List<String> list = new ArrayList<>();
      for (String scope : scopes) {
        Objects.requireNonNull(scope, "scope");
        if (scope.isBlank() || scope.contains(" ")) {
          throw new IllegalArgumentException("a scope must be non-blank and have no space");
        }
        list.add(scope);
      }
      this.scopes = List.copyOf(list);
      return this;
    }

    /**
     * Sets the allowed ID token signature algorithms, pinned: those the client registered ({@code
     * id_token_signed_response_alg}). See {@link IdTokenVerifier.Builder#allowedAlgorithms}; HMAC
     * ones use the client secret.
     */
    public Builder allowedAlgorithms(String... names) {
      if (names.length == 0) {
        throw new IllegalArgumentException("at least one algorithm must be allowed");
      }
      this.algorithms = List.of(names);
      return this;
    }

    /**
     * Sets the level of assurance every login must reach ({@link AssuranceTooLowException}
     * otherwise), checked on the mapped identity, after userinfo; a login's {@link LoginOptions}
     * may ask for more, never less.
     */
    public Builder requiredAssurance(AssuranceLevel requiredAssurance) {
      this.requiredAssurance = Objects.requireNonNull(requiredAssurance, "requiredAssurance");
      return this;
    }

    /** Sets the claim profile; {@link ClaimProfiles#dvcqg()} unless set. */
    public Builder claimProfile(ClaimProfile claimProfile) {
      this.claimProfile = Objects.requireNonNull(claimProfile, "claimProfile");
      return this;
    }

    /**
     * Shares the caller's OkHttp client: the relying party derives its transports from it with
     * {@code newBuilder()} (same pools and interceptors), reads at most 1 MiB per answer (the key
     * set at most {@link JwksOptions#maxResponseBytes()}), and never closes the client.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * Uses the caller's motcua transport for every request (its retry policy, timeouts, size limit
     * and wire logging), instead of {@link #okHttpClient}; the caller closes it.
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /** Sets the clock for token times, transaction ages and client assertions. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the client's private keys for encrypted ID tokens (and userinfo); see {@link
     * IdTokenVerifier.Builder#decryptionKeys(String)}.
     *
     * @throws IllegalArgumentException when the document holds no usable private key
     */
    public Builder decryptionKeys(String privateJwksJson) {
      DecryptionKeys.parse(Objects.requireNonNull(privateJwksJson, "privateJwksJson"));
      this.decryptionKeys = privateJwksJson;
      return this;
    }

    /** Requires encrypted ID tokens; needs {@link #decryptionKeys(String)}. */
    public Builder requireEncryption(boolean required) {
      this.requireEncryption = required;
      return this;
    }

    /** Sets the store of used nonces; share one across the instances of a cluster. */
    public Builder nonceStore(NonceStore nonceStore) {
      this.nonceStore = Objects.requireNonNull(nonceStore, "nonceStore");
      return this;
    }

    /** Sets how the provider's keys are cached. */
    public Builder jwksOptions(JwksOptions jwksOptions) {
      this.jwksOptions = Objects.requireNonNull(jwksOptions, "jwksOptions");
      return this;
    }

    /** Sets the tolerated clock difference; see {@link IdTokenVerifier.Builder#clockSkew}. */
    public Builder clockSkew(Duration clockSkew) {
      this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
      return this;
    }

    /** Sets the maximum ID token age; see {@link IdTokenVerifier.Builder#maxTokenAge}. */
    public Builder maxTokenAge(Duration maxTokenAge) {
      this.maxTokenAge = Objects.requireNonNull(maxTokenAge, "maxTokenAge");
      return this;
    }

    /**
     * Sets the key of the login transactions' MAC, at least 32 bytes (copied). Without it each
     * relying party instance makes a random one, so a login begun on one instance (or before a
     * restart) cannot complete on another: give every instance of a cluster the same secret key.
     */
    public Builder transactionKey(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < TransactionCodec.MIN_KEY_BYTES) {
        throw new IllegalArgumentException("the transaction key must have at least 32 bytes");
      }
      this.transactionKey = key.clone();
      return this;
    }

    /**
     * Sets how long a login may take from {@link RelyingParty#beginLogin} to {@link
     * RelyingParty#complete}; 1 minute to 1 hour, 10 minutes by default.
     */
    public Builder transactionLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      if (lifetime.compareTo(Duration.ofMinutes(1)) < 0
          || lifetime.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("the transaction lifetime must be 1 minute to 1 hour");
      }
      this.transactionLifetime = lifetime;
      return this;
    }

    /**
     * Sets whether userinfo is fetched when the provider has an endpoint; on by default. Off, the
     * identity comes from the ID token's claims alone.
     */
    public Builder fetchUserInfo(boolean fetch) {
      this.fetchUserInfo = fetch;
      return this;
    }

    /**
     * Returns the relying party. Nothing is fetched yet.
     *
     * @throws IllegalStateException when a required setting is missing, both {@link #okHttpClient}
     *     and {@link #transport} are set, or the verifier settings are inconsistent (as {@link
     *     IdTokenVerifier.Builder#build()} says)
     */
    public RelyingParty build() {
      if (issuer == null || clientId == null || authentication == null || redirectUri == null) {
        throw new IllegalStateException(
            "issuer, clientId, clientAuthentication and redirectUri are required");
      }
      if (okHttpClient != null && transport != null) {
        throw new IllegalStateException("set either okHttpClient or transport, not both");
      }
      ClientCredentials credentials = authentication.credentials();
      VerifierConfig config =
          new VerifierConfig(
              issuer,
              clientId,
              algorithms,
              credentials.secret(),
              decryptionKeys,
              requireEncryption,
              clockSkew,
              maxTokenAge,
              claimProfile,
              nonceStore != null ? nonceStore : NonceStore.inMemory(100_000, clock),
              jwksOptions,
              clock);
      // Fail now, not at the first login, on settings the verifier refuses.
      config.build(JwksSource.fixed("{\"keys\":[]}"));
      return new RelyingParty(this, config);
    }
  }
}
