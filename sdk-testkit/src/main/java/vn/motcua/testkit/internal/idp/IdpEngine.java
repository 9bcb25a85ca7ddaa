package vn.motcua.testkit.internal.idp;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.internal.idp.Grants.Access;
import vn.motcua.testkit.internal.idp.Grants.Code;
import vn.motcua.testkit.internal.idp.Grants.SeenAssertion;
import vn.motcua.testkit.internal.idp.Grants.Session;
import vn.motcua.testkit.persona.Persona;

/**
 * The stub identity provider's state and its endpoints, independent of the HTTP server that feeds
 * it requests. Thread-safe: every request may arrive on its own server thread.
 */
public final class IdpEngine {
  /** Endpoint names, as the WireMock mappings pass them to the transformer. */
  public static final String DISCOVERY = "discovery";

  /** The JWKS endpoint. */
  public static final String JWKS = "jwks";

  /** The authorization endpoint. */
  public static final String AUTHORIZE = "authorize";

  /** The token endpoint. */
  public static final String TOKEN = "token";

  /** The userinfo endpoint. */
  public static final String USERINFO = "userinfo";

  /** The URLs that untrusted token headers point at. */
  public static final String UNTRUSTED = "untrusted";

  private static final Logger LOG = LoggerFactory.getLogger(IdpEngine.class);

  final IdpConfig config;
  final KeyRing keys = new KeyRing();
  final FaultPlan faults = new FaultPlan();
  final IdTokenMinter minter;
  final Map<String, StubClient> clients = new ConcurrentHashMap<>();
  final Map<String, Code> codes = new ConcurrentHashMap<>();
  final Map<String, Access> accessTokens = new ConcurrentHashMap<>();
  final Map<String, Session> refreshTokens = new ConcurrentHashMap<>();

  /** Refresh tokens already exchanged: presenting one again revokes its session. */
  final Map<String, Session> retiredRefreshTokens = new ConcurrentHashMap<>();

  final Map<String, SeenAssertion> seenAssertions = new ConcurrentHashMap<>();
  final AtomicInteger jwksRequests = new AtomicInteger();
  final AtomicInteger untrustedRequests = new AtomicInteger();
  private final AtomicReference<@Nullable String> signInAs = new AtomicReference<>();
  private volatile @Nullable String issuer;

  private final DiscoveryEndpoint discovery = new DiscoveryEndpoint(this);
  private final JwksEndpoint jwks = new JwksEndpoint(this);
  private final AuthorizeEndpoint authorize = new AuthorizeEndpoint(this);
  private final TokenEndpoint token = new TokenEndpoint(this);
  private final UserInfoEndpoint userInfo = new UserInfoEndpoint(this);
  private final UntrustedEndpoint untrusted = new UntrustedEndpoint(this);

  /** Creates an engine with fresh keys and no clients. */
  public IdpEngine(IdpConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.minter = new IdTokenMinter(config, keys, this::issuer);
  }

  /** Sets the issuer, once the server knows its port. */
  public void issuer(String issuer) {
    this.issuer = issuer;
  }

  /**
   * Returns the issuer.
   *
   * @throws IllegalStateException before the server has started
   */
  public String issuer() {
    String value = issuer;
    if (value == null) {
      throw new IllegalStateException("the stub identity provider has not been started");
    }
    return value;
  }

  /** Returns the signing keys. */
  public KeyRing keys() {
    return keys;
  }

  /** Returns the faults waiting for responses. */
  public FaultPlan faults() {
    return faults;
  }

  /** Returns the settings. */
  public IdpConfig config() {
    return config;
  }

  /** Registers a client, replacing any with its id. */
  public void register(StubClient client) {
    clients.put(client.clientId(), client);
  }

  /** Returns the client with this id. */
  public Optional<StubClient> client(String clientId) {
    return Optional.ofNullable(clients.get(clientId));
  }

  /**
   * Sets the persona signed in when a request names none; {@code null} restores the pack's default.
   */
  public void signInAs(@Nullable String personaId) {
    if (personaId != null) {
      config.personas().get(personaId);
    }
    signInAs.set(personaId);
  }

  Persona defaultPersona() {
    String id = signInAs.get();
    return id == null ? config.personas().defaultPersona() : config.personas().get(id);
  }

  /** Returns how many requests the JWKS endpoint has had, failed ones included. */
  public int jwksRequests() {
    return jwksRequests.get();
  }

  /** Returns how many requests the untrusted key URLs have had. */
  public int untrustedRequests() {
    return untrustedRequests.get();
  }

  /**
   * Forgets codes, tokens, assertions, counters, faults and the chosen persona; keeps clients and
   * keys.
   */
  public void reset() {
    codes.clear();
    accessTokens.clear();
    refreshTokens.clear();
    retiredRefreshTokens.clear();
    seenAssertions.clear();
    jwksRequests.set(0);
    untrustedRequests.set(0);
    faults.clear();
    signInAs.set(null);
  }

  Instant now() {
    return config.clock().instant();
  }

  /** Answers a request to one of the endpoints. */
  public StubResponse handle(String endpoint, IncomingRequest request) {
    try {
      return switch (endpoint) {
        case DISCOVERY -> discovery.handle(request);
        case JWKS -> jwks.handle(request);
        case AUTHORIZE -> authorize.handle(request);
        case TOKEN -> token.handle(request);
        case USERINFO -> userInfo.handle(request);
        case UNTRUSTED -> untrusted.handle(request);
        default -> StubResponse.text(404, "text/plain;charset=UTF-8", "Not found\n");
      };
    } catch (RuntimeException e) {
      // The stub must answer even when it has a bug. Class and frame say where to look; the
      // message is left out because messages of the JSON and JOSE layers can quote input.
      StackTraceElement[] frames = e.getStackTrace();
      LOG.warn(
          "Stub identity provider failed at its {} endpoint: {} at {}",
          endpoint,
          e.getClass().getName(),
          frames.length == 0 ? "?" : frames[0]);
      return StubResponse.json(
          500, Map.of("error", "server_error", "error_description", "the stub failed"));
    }
  }

  static StubResponse methodNotAllowed(String allowed) {
    return StubResponse.json(
            405, Map.of("error", "invalid_request", "error_description", "method not allowed"))
        .withHeader("Allow", allowed);
  }
}
