package vn.motcua.testkit.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.dvcqg.PortalProgress;
import vn.motcua.testkit.internal.portal.PortalConfig;
import vn.motcua.testkit.internal.portal.PortalEngine;
import vn.motcua.testkit.internal.portal.PortalTransformer;

/**
 * A stateful stub of the national portal's DVCQG adapter and of a provincial LGSP gateway, on
 * WireMock, for tests and for vendors' local runs (see {@link StubPortalMain}).
 *
 * <p>DVCQG adapter at {@link #dvcqgBaseUrl()}: {@code POST /login} with {@code
 * {"username","password"}} gives a session; {@code POST /adapter} serves {@code DongBoHoSoMC}
 * (checked with the SDK's own {@code DvcqgMapping.fromPortal} and {@code DossierValidator}, then
 * stored as a new version), {@code TraCuuHoSo} (the latest version), {@code CapNhatTienDoHoSoMC}
 * (appends steps, refusing illegal status changes), {@code LayThuTuc} and {@code LayDanhSachTTHC}
 * (the catalogue), {@code DongBoDanhGia} (stored). LGSP gateway at {@link #lgspBaseUrl()}: {@code
 * /token} (client credentials, {@code client_secret_basic}), {@code /Document/SyncDocument}, {@code
 * /Document/UpdateDocumentTraces}.
 *
 * <p>Error codes (the profile the SDK's clients follow): {@code "401"} session expired, {@code "1"}
 * invalid payload (message lists JSON paths and rule codes, never values), {@code "2"} the dossier
 * exists or does not as {@code isUpdating} says, {@code "3"} illegal status change, {@code "4"}
 * unknown procedure, {@code "9"} unknown service.
 *
 * <p>Mutating requests with an {@code Idempotency-Key} are deduplicated: once authenticated, the
 * first outcome for a key is kept and returned for every repeat, which is counted in {@link
 * #duplicatesSuppressed()} and never stored again.
 *
 * <p>Thread-safe; state lives in the stub object, nothing is static.
 */
public final class StubPortal implements AutoCloseable {
  /** The default DVCQG username. */
  public static final String DEFAULT_USERNAME = "motcua-adapter";

  /** The default DVCQG password (synthetic). */
  public static final String DEFAULT_PASSWORD = "stub-adapter-password";

  /** The default LGSP client id. */
  public static final String DEFAULT_CLIENT_ID = "motcua-lgsp";

  /** The default LGSP client secret (synthetic). */
  public static final String DEFAULT_CLIENT_SECRET = "stub-lgsp-secret";

  private final PortalEngine engine;
  private final WireMockServer server;
  private final String hostname;
  private final PortalFaults faults;

  private StubPortal(Builder b) {
    this.engine =
        new PortalEngine(
            new PortalConfig(
                b.clock,
                b.username,
                b.password,
                b.clientId,
                b.clientSecret,
                b.tokenLifetime,
                b.catalogue));
    this.hostname = b.hostname;
    this.faults = new PortalFaults(engine.faults());
    this.server =
        new WireMockServer(
            wireMockConfig()
                .port(b.port)
                .bindAddress(b.bindAddress)
                .jettyStopTimeout(0L)
                .disableRequestJournal()
                .extensions(new PortalTransformer(engine)));
    map("/dvcqg/login", PortalEngine.LOGIN);
    map("/dvcqg/adapter", PortalEngine.ADAPTER);
    map("/lgsp/token", PortalEngine.TOKEN);
    map("/lgsp/Document/SyncDocument", PortalEngine.SYNC);
    map("/lgsp/Document/UpdateDocumentTraces", PortalEngine.TRACES);
  }

  private void map(String path, String endpoint) {
    server.stubFor(
        any(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withTransformers(PortalTransformer.NAME)
                    .withTransformerParameter(PortalTransformer.ENDPOINT, endpoint)));
  }

  /** Returns a builder with the defaults: a free port on 127.0.0.1, the sample catalogue. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts the server; does nothing when it runs already. */
  public synchronized StubPortal start() {
    if (!server.isRunning()) {
      server.start();
    }
    return this;
  }

  /** Stops the server; the state is kept until {@link #reset()}. */
  public synchronized void stop() {
    if (server.isRunning()) {
      server.stop();
    }
  }

  /** Stops the server. */
  @Override
  public void close() {
    stop();
  }

  /** Returns whether the server runs. */
  public boolean isRunning() {
    return server.isRunning();
  }

  /**
   * Returns the port.
   *
   * @throws IllegalStateException when not running
   */
  public int port() {
    if (!server.isRunning()) {
      throw new IllegalStateException("the stub portal is not running; call start()");
    }
    return server.port();
  }

  /** Returns the server's base URL, such as {@code http://localhost:8090}. */
  public URI baseUrl() {
    return URI.create("http://" + hostname + ":" + port());
  }

  /**
   * Returns the DVCQG adapter's base URL (login at {@code /login}, services at {@code /adapter}).
   */
  public URI dvcqgBaseUrl() {
    return URI.create(baseUrl() + "/dvcqg");
  }

  /** Returns the LGSP gateway's base URL. */
  public URI lgspBaseUrl() {
    return URI.create(baseUrl() + "/lgsp");
  }

  /** Returns the DVCQG username accepted. */
  public String username() {
    return engine.config().username();
  }

  /** Returns the DVCQG password accepted (synthetic test credential). */
  public String password() {
    return engine.config().password();
  }

  /** Returns the LGSP client id accepted. */
  public String clientId() {
    return engine.config().clientId();
  }

  /** Returns the LGSP client secret accepted (synthetic test credential). */
  public String clientSecret() {
    return engine.config().clientSecret();
  }

  /** Returns the fault injection controls. */
  public PortalFaults faults() {
    return faults;
  }

  /** Expires every DVCQG session and LGSP token now; the next call answers as expired. */
  public StubPortal expireSessions() {
    engine.expireSessions();
    return this;
  }

  /** Forgets stored data, sessions, tokens, counters and faults. */
  public StubPortal reset() {
    engine.reset();
    return this;
  }

  // --- inspection ---

  /** Returns the codes of the dossiers stored. */
  public Set<String> dossierCodes() {
    return engine.dossierCodes();
  }

  /** Returns every stored version of a dossier, oldest first; empty when unknown. */
  public List<PortalDossier> versions(String dossierCode) {
    return engine.versions(dossierCode);
  }

  /** Returns the latest stored version of a dossier. */
  public Optional<PortalDossier> stored(String dossierCode) {
    List<PortalDossier> all = engine.versions(dossierCode);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Returns the processing steps received for a dossier, in order. */
  public List<PortalProgress> steps(String dossierCode) {
    return engine.steps(dossierCode);
  }

  /** Returns the dossier's status after the last version and steps accepted. */
  public Optional<DossierStatus> status(String dossierCode) {
    return engine.status(dossierCode);
  }

  /** Returns the {@code DongBoDanhGia} bodies received (without the session). */
  public List<JsonNode> satisfactionReports() {
    return engine.satisfactionReports();
  }

  /** Returns how many requests carried each idempotency key (faulted attempts included). */
  public Map<String, Integer> attemptsByKey() {
    return engine.attempts();
  }

  /** Returns how many requests carried {@code idempotencyKey}. */
  public int attempts(String idempotencyKey) {
    return engine.attempts().getOrDefault(idempotencyKey, 0);
  }

  /** Returns how many repeats were answered with the first outcome instead of being processed. */
  public int duplicatesSuppressed() {
    return engine.duplicates();
  }

  /** Returns the successful DVCQG logins. */
  public int logins() {
    return engine.logins();
  }

  /** Returns the LGSP tokens issued. */
  public int tokensIssued() {
    return engine.tokensIssued();
  }

  /** Returns every request received since the last reset. */
  public long requestCount() {
    return engine.requests();
  }

  @Override
  public String toString() {
    return "StubPortal[" + (server.isRunning() ? baseUrl().toString() : "stopped") + "]";
  }

  /** Collects the stub's settings; not thread-safe. */
  public static final class Builder {
    private int port;
    private String bindAddress = "127.0.0.1";
    private String hostname = "localhost";
    private String username = DEFAULT_USERNAME;
    private String password = DEFAULT_PASSWORD;
    private String clientId = DEFAULT_CLIENT_ID;
    private String clientSecret = DEFAULT_CLIENT_SECRET;
    private Duration tokenLifetime = Duration.ofMinutes(5);
    private ProcedureCatalogue catalogue = ProcedureCatalogue.sample();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535");
      }
      this.port = port;
      return this;
    }

    /** Sets the address to listen on; default 127.0.0.1. */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /** Sets the host name in the URLs handed out; default localhost. */
    public Builder hostname(String hostname) {
      this.hostname = Objects.requireNonNull(hostname, "hostname");
      return this;
    }

    /** Sets the DVCQG credentials accepted. */
    public Builder credentials(String username, String password) {
      this.username = Objects.requireNonNull(username, "username");
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /** Sets the LGSP client credentials accepted. */
    public Builder lgspClient(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /** Sets how long LGSP tokens live; default 5 minutes. */
    public Builder tokenLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("the lifetime must be positive");
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /** Sets the catalogue served; default {@link ProcedureCatalogue#sample()}. */
    public Builder catalogue(ProcedureCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /** Sets the clock for token expiry, {@code Retry-After} dates and dossier checks. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Builds the stub (not started). */
    public StubPortal build() {
      return new StubPortal(this);
    }
  }
}
