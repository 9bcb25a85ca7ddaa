package vn.motcua.testkit;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubFaults;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.internal.control.ControlServer;
import vn.motcua.testkit.persona.Persona;
import vn.motcua.testkit.persona.PersonaPack;
import vn.motcua.testkit.portal.PortalFaults;
import vn.motcua.testkit.portal.StubPortal;

/**
 * The stub identity provider and the stub portal together, as one thing to start, reset and stop:
 * what {@code @MotcuaStubs} injects into tests and what {@link StubsMain} runs from the command
 * line.
 *
 * <p>A client is registered at the identity provider from the start: {@link #DEFAULT_CLIENT_ID}
 * with {@link #DEFAULT_CLIENT_SECRET} ({@code client_secret_basic}, RS256 ID tokens) and the
 * redirect URIs given (by default {@link #DEFAULT_REDIRECT_URI}). Register more with {@code
 * identityProvider().registerClient(...)} or {@link Builder#client}; clients stay across {@link
 * #reset()}.
 *
 * <p>{@link Builder#withoutIdentityProvider()} or {@link Builder#withoutPortal()} leave one of the
 * two out: only the other is started, and the accessors of the one left out throw {@link
 * IllegalStateException}; {@link #includesIdentityProvider()} and {@link #includesPortal()} tell
 * which run.
 *
 * <pre>{@code
 * try (Stubs stubs = Stubs.builder().build().start()) {
 *   URI issuer = stubs.issuer();             // the OpenID Connect issuer
 *   URI adapter = stubs.dvcqgBaseUrl();      // the DVCQG adapter: /login, /adapter
 *   stubs.portalFaults().next("DongBoHoSoMC", PortalFault.HTTP_503);
 * }
 * }</pre>
 *
 * <p>Thread-safe, as both stubs are.
 */
public final class Stubs implements AutoCloseable {
  /** The id of the client registered at the identity provider from the start. */
  public static final String DEFAULT_CLIENT_ID = "motcua-vendor";

  /** The secret of {@link #DEFAULT_CLIENT_ID} (synthetic test credential). */
  public static final String DEFAULT_CLIENT_SECRET = "motcua-vendor-secret";

  /** The redirect URI registered for {@link #DEFAULT_CLIENT_ID} unless others are given. */
  public static final String DEFAULT_REDIRECT_URI = "http://localhost:8080/login/callback";

  private final @Nullable StubIdentityProvider identityProvider;
  private final @Nullable StubPortal portal;
  private final FaultFile faultFile;
  private final List<String> redirectUris;
  private final int controlPort;
  private final String bindAddress;
  private final String hostname;
  private @Nullable ControlServer control;

  private Stubs(Builder b) {
    List<String> redirects =
        b.redirectUris.isEmpty() ? List.of(DEFAULT_REDIRECT_URI) : List.copyOf(b.redirectUris);
    if (b.withIdentityProvider) {
      StubClient.Builder client =
          StubClient.builder(DEFAULT_CLIENT_ID).secret(DEFAULT_CLIENT_SECRET);
      redirects.forEach(client::redirectUri);
      StubIdentityProvider.Builder idp =
          StubIdentityProvider.builder()
              .port(b.identityProviderPort)
              .bindAddress(b.bindAddress)
              .hostname(b.hostname)
              .personas(b.personas)
              .clock(b.clock)
              .client(client.build());
      b.clients.forEach(idp::client);
      this.identityProvider = idp.build();
    } else {
      this.identityProvider = null;
    }
    this.portal =
        b.withPortal
            ? StubPortal.builder()
                .port(b.portalPort)
                .bindAddress(b.bindAddress)
                .hostname(b.hostname)
                .clock(b.clock)
                .build()
            : null;
    this.faultFile = b.faults;
    this.redirectUris = redirects;
    this.controlPort = b.controlPort;
    this.bindAddress = b.bindAddress;
    this.hostname = b.hostname;
  }

  /** Returns a builder: free ports on 127.0.0.1, the shipped personas, no faults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts both stubs, or the one included (does nothing for one running already), and applies the
   * fault schedule when starting afresh.
   *
   * @throws com.github.tomakehurst.wiremock.common.FatalStartupException if a port is taken; the
   *     stub started first is stopped again
   */
  public synchronized Stubs start() {
    boolean fresh =
        (identityProvider == null || !identityProvider.isRunning())
            && (portal == null || !portal.isRunning());
    try {
      if (identityProvider != null) {
        identityProvider.start();
      }
      if (portal != null) {
        portal.start();
      }
      if (controlPort >= 0 && control == null) {
        control = ControlServer.start(this, bindAddress, hostname, controlPort);
      }
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
    if (fresh) {
      faultFile.applyToPresent(identityProvider, portal);
    }
    return this;
  }

  /** Stops the stubs; their state is kept until {@link #reset()}. */
  public synchronized void stop() {
    try {
      if (control != null) {
        control.close();
        control = null;
      }
      if (portal != null) {
        portal.stop();
      }
    } finally {
      if (identityProvider != null) {
        identityProvider.stop();
      }
    }
  }

  /** Stops the stubs. */
  @Override
  public void close() {
    stop();
  }

  /** Returns whether the stubs run: both, or the one included. */
  public boolean isRunning() {
    return (identityProvider == null || identityProvider.isRunning())
        && (portal == null || portal.isRunning());
  }

  /**
   * Returns whether these stubs run the identity provider: false when built with {@link
   * Builder#withoutIdentityProvider()}.
   */
  public boolean includesIdentityProvider() {
    return identityProvider != null;
  }

  /**
   * Returns whether these stubs run the portal: false when built with {@link
   * Builder#withoutPortal()}.
   */
  public boolean includesPortal() {
    return portal != null;
  }

  /**
   * Forgets everything the tests did: at the identity provider, codes, tokens, faults, counters and
   * the chosen persona (clients and keys stay); at the portal, stored dossiers, steps, reports,
   * sessions, tokens, idempotency outcomes, counters and faults. Then applies the fault schedule
   * again.
   */
  public synchronized Stubs reset() {
    if (identityProvider != null) {
      identityProvider.reset();
    }
    if (portal != null) {
      portal.reset();
    }
    faultFile.applyToPresent(identityProvider, portal);
    return this;
  }

  /**
   * Returns the stub identity provider.
   *
   * @throws IllegalStateException if built with {@link Builder#withoutIdentityProvider()}; so do
   *     the other accessors of the identity provider, from {@link #personas()} to {@link
   *     #redirectUris()}
   */
  public StubIdentityProvider identityProvider() {
    if (identityProvider == null) {
      throw new IllegalStateException(
          "these stubs run no identity provider (built with withoutIdentityProvider())");
    }
    return identityProvider;
  }

  /**
   * Returns the stub portal.
   *
   * @throws IllegalStateException if built with {@link Builder#withoutPortal()}; so do the other
   *     accessors of the portal: {@link #portalFaults()}, {@link #dvcqgBaseUrl()}, {@link
   *     #lgspBaseUrl()}
   */
  public StubPortal portal() {
    if (portal == null) {
      throw new IllegalStateException("these stubs run no portal (built with withoutPortal())");
    }
    return portal;
  }

  /** Returns the personas the identity provider signs in. */
  public PersonaPack personas() {
    return identityProvider().personas();
  }

  /**
   * Returns the persona with this id.
   *
   * @throws IllegalArgumentException if the pack has none
   */
  public Persona persona(String id) {
    return personas().get(id);
  }

  /** Returns the fault schedule applied at start and after every reset. */
  public FaultFile faultFile() {
    return faultFile;
  }

  /** Returns the identity provider's fault controls. */
  public StubFaults identityProviderFaults() {
    return identityProvider().faults();
  }

  /** Returns the portal's fault controls. */
  public PortalFaults portalFaults() {
    return portal().faults();
  }

  /** Returns the issuer, such as {@code http://localhost:53117}. */
  public URI issuer() {
    return identityProvider().issuer();
  }

  /** Returns the OpenID Connect discovery document's URL. */
  public URI discoveryUri() {
    return identityProvider().discoveryUri();
  }

  /** Returns {@link #DEFAULT_CLIENT_ID}. */
  public String clientId() {
    identityProvider();
    return DEFAULT_CLIENT_ID;
  }

  /** Returns {@link #DEFAULT_CLIENT_SECRET}. */
  public String clientSecret() {
    identityProvider();
    return DEFAULT_CLIENT_SECRET;
  }

  /** Returns the redirect URIs registered for {@link #DEFAULT_CLIENT_ID}. */
  public List<String> redirectUris() {
    identityProvider();
    return redirectUris;
  }

  /**
   * Returns the DVCQG adapter's base URL (login at {@code /login}, services at {@code /adapter}).
   */
  public URI dvcqgBaseUrl() {
    return portal().dvcqgBaseUrl();
  }

  /** Returns the LGSP gateway's base URL. */
  public URI lgspBaseUrl() {
    return portal().lgspBaseUrl();
  }

  /**
   * Returns the control API's base URL, when it was asked for with {@link Builder#controlPort} and
   * the stubs run.
   */
  public synchronized Optional<URI> controlUrl() {
    return control == null ? Optional.empty() : Optional.of(control.baseUrl());
  }

  @Override
  public String toString() {
    return "Stubs["
        + (identityProvider != null ? identityProvider : "no identity provider")
        + ", "
        + (portal != null ? portal : "no portal")
        + "]";
  }

  /** Collects the settings of both stubs; not thread-safe. */
  public static final class Builder {
    private int identityProviderPort;
    private int portalPort;
    private String bindAddress = "127.0.0.1";
    private String hostname = "localhost";
    private PersonaPack personas = PersonaPack.defaults();
    private FaultFile faults = FaultFile.none();
    private Clock clock = Clock.systemUTC();
    private int controlPort = -1;
    private final Set<String> redirectUris = new LinkedHashSet<>();
    private final List<StubClient> clients = new ArrayList<>();
    private boolean withIdentityProvider = true;
    private boolean withPortal = true;

    private Builder() {}

    /**
     * Leaves the identity provider out: only the portal runs, and the accessors of the identity
     * provider throw {@link IllegalStateException}. Its port and personas are not used; {@link
     * #build()} refuses redirect URIs, clients, a control API and a fault schedule with
     * instructions for the identity provider.
     */
    public Builder withoutIdentityProvider() {
      this.withIdentityProvider = false;
      return this;
    }

    /**
     * Leaves the portal out: only the identity provider runs, and the accessors of the portal throw
     * {@link IllegalStateException}. Its port is not used; {@link #build()} refuses a control API
     * and a fault schedule with instructions for the portal.
     */
    public Builder withoutPortal() {
      this.withPortal = false;
      return this;
    }

    /** Sets the identity provider's port; 0 (the default) picks a free one. */
    public Builder identityProviderPort(int port) {
      this.identityProviderPort = checkPort(port);
      return this;
    }

    /** Sets the portal's port; 0 (the default) picks a free one. */
    public Builder portalPort(int port) {
      this.portalPort = checkPort(port);
      return this;
    }

    /** Sets the address both listen on; default 127.0.0.1, {@code 0.0.0.0} for all. */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      return this;
    }

    /** Sets the host name in the URLs handed out; default localhost. */
    public Builder hostname(String hostname) {
      this.hostname = Objects.requireNonNull(hostname, "hostname");
      return this;
    }

    /** Sets who can sign in; default {@link PersonaPack#defaults()}. */
    public Builder personas(PersonaPack personas) {
      this.personas = Objects.requireNonNull(personas, "personas");
      return this;
    }

    /** Sets the fault schedule applied at start and after every reset; default none. */
    public Builder faults(FaultFile faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /**
     * Serves the control API (reset, faults, personas, inspection over HTTP, for tests in other
     * languages; no authentication, for local runs) on this port, 0 for a free one; -1 (the
     * default) for none.
     */
    public Builder controlPort(int port) {
      this.controlPort = port == -1 ? -1 : checkPort(port);
      return this;
    }

    /** Sets the clock of both stubs; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds a redirect URI of {@link #DEFAULT_CLIENT_ID}; when none is added, {@link
     * #DEFAULT_REDIRECT_URI} is registered.
     */
    public Builder redirectUri(String redirectUri) {
      this.redirectUris.add(Objects.requireNonNull(redirectUri, "redirectUri"));
      return this;
    }

    /**
     * Registers another client at the identity provider, such as {@code
     * StubClient.builder("demo").secret("demo-secret").redirectUri(uri).build()}; one with the id
     * {@link #DEFAULT_CLIENT_ID} replaces the default client.
     */
    public Builder client(StubClient client) {
      this.clients.add(Objects.requireNonNull(client, "client"));
      return this;
    }

    /**
     * Builds the stubs, not started.
     *
     * @throws IllegalStateException if both stubs are left out, or a setting needs a stub left out
     *     (see {@link #withoutIdentityProvider()} and {@link #withoutPortal()})
     */
    public Stubs build() {
      if (!withIdentityProvider && !withPortal) {
        throw new IllegalStateException(
            "withoutIdentityProvider() and withoutPortal() leave nothing to run");
      }
      if (!withIdentityProvider && (!redirectUris.isEmpty() || !clients.isEmpty())) {
        throw new IllegalStateException(
            "redirect URIs and clients need the identity provider, left out with"
                + " withoutIdentityProvider()");
      }
      if (controlPort >= 0 && !(withIdentityProvider && withPortal)) {
        throw new IllegalStateException(
            "the control API needs both stubs; leave controlPort at -1 when leaving one out");
      }
      if (!withIdentityProvider && faults.targetsIdentityProvider()) {
        throw new IllegalStateException(
            "the fault schedule has instructions for the identity provider, left out with"
                + " withoutIdentityProvider()");
      }
      if (!withPortal && faults.targetsPortal()) {
        throw new IllegalStateException(
            "the fault schedule has instructions for the portal, left out with withoutPortal()");
      }
      return new Stubs(this);
    }

    private static int checkPort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535");
      }
      return port;
    }
  }
}
