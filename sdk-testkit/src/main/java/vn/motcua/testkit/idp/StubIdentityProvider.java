package vn.motcua.testkit.idp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.internal.idp.IdpConfig;
import vn.motcua.testkit.internal.idp.IdpEngine;
import vn.motcua.testkit.internal.idp.IdpTransformer;
import vn.motcua.testkit.internal.idp.Paths;
import vn.motcua.testkit.persona.AccountLevel;
import vn.motcua.testkit.persona.PersonaPack;

/**
 * A stub of the national SSO's OpenID Connect provider, served by WireMock: discovery, JWKS,
 * authorization (PKCE required, RFC 9207 {@code iss} in the response), token (client_secret_basic,
 * client_secret_post, private_key_jwt; code and refresh grants) and userinfo endpoints, issuing
 * real signed ID tokens with the DVCQG claims of synthetic {@link vn.motcua.testkit.persona.Persona
 * personas}.
 *
 * <p>There is no login page: the authorization endpoint signs in at once the persona named by the
 * {@value StubLogin#PERSONA_HEADER} header, else by {@code login_hint} (persona id or personal ID
 * number), else {@link #signInAs(String) the chosen one}, else the pack's default, and redirects.
 * {@link #simulateLogin(URI, String)} does that without a browser.
 *
 * <p>Use from JUnit 5:
 *
 * <pre>{@code
 * static StubIdentityProvider idp = StubIdentityProvider.builder().build();
 *
 * @BeforeAll static void start() { idp.start(); idp.registerClient(client); }
 * @AfterAll static void stop() { idp.stop(); }
 * }</pre>
 *
 * <p>Thread-safe: requests are served on WireMock's threads while the test changes faults and keys.
 * The issuer is {@code http://localhost:<port>}, known once {@link #start()} returned.
 */
public final class StubIdentityProvider implements AutoCloseable {
  /** The {@code acr} value of a level 1 account unless the builder sets another. */
  public static final String DEFAULT_ACR_LEVEL_1 = "urn:vneid:loa:1";

  /** The {@code acr} value of a level 2 account unless the builder sets another. */
  public static final String DEFAULT_ACR_LEVEL_2 = "urn:vneid:loa:2";

  private final IdpEngine engine;
  private final WireMockServer server;
  private final String hostname;
  private final StubFaults faults;
  private @Nullable StubLogin login;

  private StubIdentityProvider(Builder b) {
    Map<AccountLevel, String> acr = new EnumMap<>(AccountLevel.class);
    acr.put(AccountLevel.LEVEL_1, b.acrLevel1);
    acr.put(AccountLevel.LEVEL_2, b.acrLevel2);
    this.engine =
        new IdpEngine(
            new IdpConfig(
                b.clock,
                b.personas,
                b.codeLifetime,
                b.accessTokenLifetime,
                b.idTokenLifetime,
                acr));
    this.hostname = b.hostname;
    this.faults = new StubFaults(engine.faults());
    this.server =
        new WireMockServer(
            wireMockConfig()
                .port(b.port)
                .bindAddress(b.bindAddress)
                .jettyStopTimeout(0L)
                .maxRequestJournalEntries(1000)
                .extensions(new IdpTransformer(engine)));
    map(urlPathEqualTo(Paths.DISCOVERY), IdpEngine.DISCOVERY);
    map(urlPathEqualTo(Paths.JWKS), IdpEngine.JWKS);
    map(urlPathEqualTo(Paths.AUTHORIZE), IdpEngine.AUTHORIZE);
    map(urlPathEqualTo(Paths.TOKEN), IdpEngine.TOKEN);
    map(urlPathEqualTo(Paths.USERINFO), IdpEngine.USERINFO);
    map(urlPathMatching(Paths.UNTRUSTED_PREFIX + ".*"), IdpEngine.UNTRUSTED);
    b.clients.forEach(engine::register);
  }

  private void map(UrlPathPattern path, String endpoint) {
    server.stubFor(
        any(path)
            .willReturn(
                aResponse()
                    .withTransformers(IdpTransformer.NAME)
                    .withTransformerParameter(IdpTransformer.ENDPOINT, endpoint)));
  }

  /** Returns a builder with the defaults: dynamic port, default personas, system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving. Idempotent while running.
   *
   * @throws com.github.tomakehurst.wiremock.common.FatalStartupException if the port is taken
   */
  public synchronized StubIdentityProvider start() {
    if (!server.isRunning()) {
      server.start();
      engine.issuer("http://" + hostname + ":" + server.port());
    }
    return this;
  }

  /**
   * Stops serving; tokens and codes issued so far are kept, so a restart on the same port resumes.
   */
  public synchronized void stop() {
    if (login != null) {
      login.close();
      login = null;
    }
    if (server.isRunning()) {
      server.stop();
    }
  }

  /** Stops serving; see {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /** Returns whether the stub is serving. */
  public boolean isRunning() {
    return server.isRunning();
  }

  /**
   * Returns the port the stub listens on.
   *
   * @throws IllegalStateException before {@link #start()}
   */
  public int port() {
    requireRunning();
    return server.port();
  }

  /**
   * Returns the issuer identifier, such as {@code http://localhost:8089}: the base URL of every
   * endpoint and the {@code iss} of every token.
   *
   * @throws IllegalStateException before {@link #start()}
   */
  public URI issuer() {
    return URI.create(engine.issuer());
  }

  /** Returns the discovery document's URL; see {@link #issuer()}. */
  public URI discoveryUri() {
    return endpoint(Paths.DISCOVERY);
  }

  /** Returns the authorization endpoint's URL; see {@link #issuer()}. */
  public URI authorizationEndpoint() {
    return endpoint(Paths.AUTHORIZE);
  }

  /** Returns the token endpoint's URL; see {@link #issuer()}. */
  public URI tokenEndpoint() {
    return endpoint(Paths.TOKEN);
  }

  /** Returns the userinfo endpoint's URL; see {@link #issuer()}. */
  public URI userInfoEndpoint() {
    return endpoint(Paths.USERINFO);
  }

  /** Returns the JWKS URL; see {@link #issuer()}. */
  public URI jwksUri() {
    return endpoint(Paths.JWKS);
  }

  private URI endpoint(String path) {
    return URI.create(engine.issuer() + path);
  }

  private void requireRunning() {
    if (!server.isRunning()) {
      throw new IllegalStateException("the stub identity provider is not running; call start()");
    }
  }

  /**
   * Registers a client, replacing any registered with the same id. Works before and after start.
   */
  public StubIdentityProvider registerClient(StubClient client) {
    engine.register(Objects.requireNonNull(client, "client"));
    return this;
  }

  /** Returns the client registered with this id. */
  public Optional<StubClient> client(String clientId) {
    return engine.client(clientId);
  }

  /** Returns the personas the stub signs in. */
  public PersonaPack personas() {
    return engine.config().personas();
  }

  /**
   * Chooses the persona signed in when an authorization request names none (no header, no {@code
   * login_hint}), as if the user picked it on the login page.
   *
   * @throws IllegalArgumentException if the pack has no such persona
   */
  public StubIdentityProvider signInAs(String personaId) {
    engine.signInAs(Objects.requireNonNull(personaId, "personaId"));
    return this;
  }

  /** Returns the {@code acr} value the stub uses for an account level. */
  public String acrValue(AccountLevel level) {
    return engine.config().acrValues().get(level);
  }

  /** Returns the fault controls. */
  public StubFaults faults() {
    return faults;
  }

  /**
   * Takes the JWKS endpoint down (HTTP 503 with {@code Retry-After}) or brings it back. Bringing it
   * back clears every JWKS fault.
   */
  public StubIdentityProvider jwksOutage(boolean down) {
    if (down) {
      engine.faults().jwks().every(JwksFault.SERVICE_UNAVAILABLE);
    } else {
      engine.faults().jwks().clear();
    }
    return this;
  }

  /** Returns how many requests the JWKS endpoint has had, failed ones included. */
  public int jwksRequestCount() {
    return engine.jwksRequests();
  }

  /**
   * Returns how many requests reached the URLs that {@code jku} and {@code x5u} headers of forged
   * tokens point at. A relying party that never fetches keys from token headers keeps it at 0.
   */
  public int untrustedUrlRequestCount() {
    return engine.untrustedRequests();
  }

  /** Returns the public keys the JWKS endpoint publishes now (without faults). */
  public JWKSet publishedKeys() {
    return new JWKSet(engine.keys().published());
  }

  /** Returns the {@code kid} of the key that signs with this algorithm now. */
  public String signingKeyId(SigningAlgorithm algorithm) {
    return engine.keys().current(algorithm).getKeyID();
  }

  /**
   * Publishes a new key for every algorithm and signs with it from now on; old keys stay published.
   */
  public StubIdentityProvider rotateSigningKey() {
    return rotateSigningKey(PreviousKey.KEEP_PUBLISHED);
  }

  /** Publishes a new key for every algorithm and signs with it from now on. */
  public StubIdentityProvider rotateSigningKey(PreviousKey previous) {
    engine.keys().rotate(Objects.requireNonNull(previous, "previous"));
    return this;
  }

  /**
   * Sends an authorization request as a browser would, signing in the chosen persona (or the
   * default one), and returns the callback URL without following it; see {@link
   * StubLogin#callback(URI, String)}.
   */
  public URI simulateLogin(URI authorizationUrl, String personaId) {
    return login().callback(authorizationUrl, personaId);
  }

  /** As {@link #simulateLogin(URI, String)}, signing in the default persona. */
  public URI simulateLogin(URI authorizationUrl) {
    return login().callback(authorizationUrl);
  }

  private synchronized StubLogin login() {
    if (login == null) {
      login = StubLogin.create();
    }
    return login;
  }

  /**
   * Forgets issued codes, tokens and client assertions, resets the request counters, clears every
   * fault and the {@link #signInAs(String) chosen persona}. Clients and keys stay.
   */
  public StubIdentityProvider reset() {
    engine.reset();
    return this;
  }

  @Override
  public String toString() {
    return "StubIdentityProvider[" + (server.isRunning() ? engine.issuer() : "stopped") + "]";
  }

  /** Configures a {@link StubIdentityProvider}; not thread-safe. */
  public static final class Builder {
    private int port;
    private String bindAddress = "127.0.0.1";
    private String hostname = "localhost";
    private PersonaPack personas = PersonaPack.defaults();
    private Clock clock = Clock.systemUTC();
    private Duration codeLifetime = Duration.ofSeconds(60);
    private Duration accessTokenLifetime = Duration.ofHours(1);
    private Duration idTokenLifetime = Duration.ofHours(1);
    private String acrLevel1 = DEFAULT_ACR_LEVEL_1;
    private String acrLevel2 = DEFAULT_ACR_LEVEL_2;
    private final List<StubClient> clients = new ArrayList<>();

    private Builder() {}

    /** Sets the port; 0 (the default) picks a free one at start. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the address to listen on; default {@code 127.0.0.1}, {@code 0.0.0.0} for every
     * interface.
     */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /**
     * Sets the host name in the issuer and endpoint URLs; default {@code localhost}. Set it to the
     * name clients reach the stub by, such as a container's name.
     */
    public Builder hostname(String hostname) {
      this.hostname = Objects.requireNonNull(hostname, "hostname");
      return this;
    }

    /** Sets the personas; default {@link PersonaPack#defaults()}. */
    public Builder personas(PersonaPack personas) {
      this.personas = Objects.requireNonNull(personas, "personas");
      return this;
    }

    /** Sets the clock behind every time claim and expiry; default the system clock in UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Registers a client at build time; more can be registered later. */
    public Builder client(StubClient client) {
      clients.add(Objects.requireNonNull(client, "client"));
      return this;
    }

    /** Sets how long an authorization code can be redeemed; default 60 seconds. */
    public Builder authorizationCodeLifetime(Duration lifetime) {
      this.codeLifetime = positive(lifetime);
      return this;
    }

    /** Sets how long an access token works at userinfo; default one hour. */
    public Builder accessTokenLifetime(Duration lifetime) {
      this.accessTokenLifetime = positive(lifetime);
      return this;
    }

    /** Sets an ID token's {@code exp} minus {@code iat}; default one hour. */
    public Builder idTokenLifetime(Duration lifetime) {
      this.idTokenLifetime = positive(lifetime);
      return this;
    }

    /**
     * Sets the {@code acr} values of level 1 and level 2 accounts; default {@value
     * #DEFAULT_ACR_LEVEL_1} and {@value #DEFAULT_ACR_LEVEL_2}. Set them to what your relying party
     * is configured to expect from the national SSO.
     */
    public Builder acrValues(String level1, String level2) {
      this.acrLevel1 = Objects.requireNonNull(level1, "level1");
      this.acrLevel2 = Objects.requireNonNull(level2, "level2");
      if (level1.equals(level2)) {
        throw new IllegalArgumentException("the two levels need different acr values");
      }
      return this;
    }

    private static Duration positive(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("a lifetime must be positive: " + lifetime);
      }
      return lifetime;
    }

    /** Returns a stub, not yet started: it generates its signing keys now. */
    public StubIdentityProvider build() {
      return new StubIdentityProvider(this);
    }
  }
}
