package vn.motcua.dossier.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.dvcqg.PortalProgress;
import vn.motcua.dossier.internal.portal.ClientResources;
import vn.motcua.dossier.internal.portal.PortalCalls;
import vn.motcua.dossier.internal.portal.PortalCalls.Envelope;
import vn.motcua.dossier.internal.portal.PortalSender;
import vn.motcua.dossier.internal.portal.PortalSenders;

/**
 * A client of a provincial LGSP gateway: an OAuth2 client-credentials token from {@code POST
 * {base}/token} ({@code client_secret_basic}), cached until {@link Builder#tokenRefreshMargin}
 * before it expires, then {@code POST {base}/Document/SyncDocument} and {@code
 * /Document/UpdateDocumentTraces} with {@code Authorization: Bearer}.
 *
 * <p>LGSP profile (gateways differ; this is the shape the stub portal serves): bodies are {@code
 * {"madonvi": …, "data": [ … ]}} with the DVCQG elements ({@link PortalDossier}, {@link
 * PortalProgress}); answers use the DVCQG {@code error_code} envelope. A 401 answer drops the token
 * and retries once with a new one. Idempotency keys, retries and errors are as for {@link
 * DvcqgClient}.
 *
 * <p>Thread-safe. Close it to release what it created.
 */
public final class LgspClient implements AutoCloseable {
  private static final MotcuaJson JSON = MotcuaJson.strict();
  private static final String TOKEN = "token";
  private static final String SYNC = "SyncDocument";
  private static final String TRACES = "UpdateDocumentTraces";

  private final URI tokenUri;
  private final URI syncUri;
  private final URI tracesUri;
  private final String basicCredentials;
  private final @Nullable String scope;
  private final String agencyCode;
  private final Duration refreshMargin;
  private final Clock clock;
  private final ClientResources resources;
  private final DvcqgMapping mapping = DvcqgMapping.defaults();
  private final Object tokenLock = new Object();
  private @Nullable String token;
  private Instant tokenExpiry = Instant.MIN;

  static {
    PortalSenders.registerLgsp(client -> client.new Sender());
  }

  private LgspClient(Builder b) {
    URI base = Objects.requireNonNull(b.baseUrl, "baseUrl is required");
    String root = base.toString().replaceAll("/+$", "");
    this.tokenUri = URI.create(root + "/token");
    this.syncUri = URI.create(root + "/Document/SyncDocument");
    this.tracesUri = URI.create(root + "/Document/UpdateDocumentTraces");
    String id = Objects.requireNonNull(b.clientId, "clientId is required");
    String secret = Objects.requireNonNull(b.clientSecret, "clientSecret is required");
    this.basicCredentials =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((form(id) + ":" + form(secret)).getBytes(StandardCharsets.UTF_8));
    this.scope = b.scope;
    this.agencyCode = Objects.requireNonNull(b.agencyCode, "agencyCode is required");
    this.refreshMargin = b.refreshMargin;
    this.clock = b.clock;
    HttpTransport.Builder transport =
        HttpTransport.builder().options(b.options).retryPolicy(b.retryPolicy).clock(b.clock);
    if (b.okHttpClient != null) {
      transport.okHttpClient(b.okHttpClient);
    }
    this.resources =
        new ClientResources(b.transport, transport::build, b.asyncExecutor, "motcua-lgsp-");
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends the dossier with {@code /Document/SyncDocument}; the key is {@link
   * PortalIdempotency#forDossier}.
   *
   * @throws PortalRejectedException, PortalUnavailableException, PortalRateLimitedException,
   *     PortalAuthException as for {@link DvcqgClient}
   */
  public PortalReceipt syncDocument(Dossier dossier) {
    PortalDossier element = mapping.toPortal(Objects.requireNonNull(dossier, "dossier"));
    return syncElement(element, PortalIdempotency.forDossier(element));
  }

  /**
   * Sends the dossier as {@link #syncDocument(Dossier)} does, under the caller's {@code
   * idempotencyKey} instead of the derived one; see {@link DvcqgClient#syncDossier(Dossier,
   * String)}.
   *
   * @throws IllegalArgumentException when the key is not 1 to 255 visible ASCII characters
   */
  public PortalReceipt syncDocument(Dossier dossier, String idempotencyKey) {
    PortalIdempotency.requireKey(idempotencyKey);
    PortalDossier element = mapping.toPortal(Objects.requireNonNull(dossier, "dossier"));
    return syncElement(element, idempotencyKey);
  }

  private PortalReceipt syncElement(PortalDossier element, String key) {
    call(SYNC, syncUri, List.of(element), key);
    return new PortalReceipt(SYNC, key, false);
  }

  /** Runs {@link #syncDocument} on the client's executor. */
  public CompletableFuture<PortalReceipt> syncDocumentAsync(Dossier dossier) {
    return resources.async(() -> syncDocument(dossier));
  }

  /** Sends processing steps with {@code /Document/UpdateDocumentTraces}. */
  public PortalReceipt updateTraces(DossierCode code, List<ProcessingStep> steps) {
    List<PortalProgress> elements = traceElements(code, steps);
    return sendTraces(elements, PortalIdempotency.forProgress(elements));
  }

  /**
   * Sends processing steps as {@link #updateTraces(DossierCode, List)} does, under the caller's
   * {@code idempotencyKey} instead of the derived one.
   *
   * @throws IllegalArgumentException when no step is given or the key is not 1 to 255 visible ASCII
   *     characters
   */
  public PortalReceipt updateTraces(
      DossierCode code, List<ProcessingStep> steps, String idempotencyKey) {
    PortalIdempotency.requireKey(idempotencyKey);
    List<PortalProgress> elements = traceElements(code, steps);
    return sendTraces(elements, idempotencyKey);
  }

  private List<PortalProgress> traceElements(DossierCode code, List<ProcessingStep> steps) {
    Objects.requireNonNull(code, "code");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("at least one processing step is needed");
    }
    List<PortalProgress> elements = new ArrayList<>();
    for (ProcessingStep step : steps) {
      elements.add(mapping.toPortal(code, step));
    }
    return elements;
  }

  private PortalReceipt sendTraces(List<PortalProgress> elements, String key) {
    call(TRACES, tracesUri, elements, key);
    return new PortalReceipt(TRACES, key, false);
  }

  /** The outbox's way in: sends entries, and data serialised at submission as it is. */
  private final class Sender implements PortalSender {
    @Override
    public PortalReceipt sendDossier(Dossier dossier, String idempotencyKey) {
      return syncDocument(dossier, idempotencyKey);
    }

    @Override
    public PortalReceipt sendProgress(
        DossierCode code, List<ProcessingStep> steps, String idempotencyKey) {
      return updateTraces(code, steps, idempotencyKey);
    }

    @Override
    public PortalReceipt sendDossier(DossierCode code, byte[] element, String idempotencyKey) {
      PortalIdempotency.requireKey(idempotencyKey);
      call(SYNC, syncUri, List.of(PortalCalls.raw(element)), idempotencyKey);
      return new PortalReceipt(SYNC, idempotencyKey, false);
    }

    @Override
    public PortalReceipt sendProgress(DossierCode code, byte[] elements, String idempotencyKey) {
      PortalIdempotency.requireKey(idempotencyKey);
      call(TRACES, tracesUri, PortalCalls.raw(elements), idempotencyKey);
      return new PortalReceipt(TRACES, idempotencyKey, false);
    }
  }

  /** Sends processing steps; see {@link #updateTraces(DossierCode, List)}. */
  public PortalReceipt updateTraces(DossierCode code, ProcessingStep... steps) {
    return updateTraces(code, Arrays.asList(steps));
  }

  /** Runs {@link #updateTraces(DossierCode, List)} on the client's executor. */
  public CompletableFuture<PortalReceipt> updateTracesAsync(
      DossierCode code, List<ProcessingStep> steps) {
    return resources.async(() -> updateTraces(code, steps));
  }

  private void call(String service, URI uri, Object data, String key) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("madonvi", agencyCode);
    body.put("data", data);
    byte[] bytes = JSON.writeBytes(body);
    String current = token();
    HttpResponse response;
    try {
      response = post(service, uri, bytes, key, current);
    } catch (PortalAuthException e) {
      if (e.httpStatus().orElse(0) != 401) {
        throw e;
      }
      response = post(service, uri, bytes, key, renew(current));
    }
    Envelope envelope = PortalCalls.envelope(response, service);
    if (!envelope.isSuccess()) {
      throw new PortalRejectedException(
          service, response.status(), envelope.errorCode(), envelope.message());
    }
  }

  private HttpResponse post(String service, URI uri, byte[] body, String key, String bearer) {
    HttpRequest request =
        HttpRequest.post(uri, body, "application/json; charset=utf-8")
            .header("Authorization", "Bearer " + bearer)
            .idempotencyKey(key)
            .build();
    return PortalCalls.send(resources.transport(), request, service);
  }

  private String token() {
    synchronized (tokenLock) {
      if (token == null || !clock.instant().isBefore(tokenExpiry.minus(refreshMargin))) {
        fetchToken();
      }
      return Objects.requireNonNull(token);
    }
  }

  private String renew(String stale) {
    synchronized (tokenLock) {
      if (stale.equals(token)) {
        fetchToken();
      }
      return Objects.requireNonNull(token);
    }
  }

  private void fetchToken() {
    String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + form(scope));
    HttpRequest request =
        HttpRequest.post(
                tokenUri,
                form.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded")
            .header("Authorization", basicCredentials)
            .idempotent(true)
            .build();
    HttpResponse response;
    try {
      response = PortalCalls.send(resources.transport(), request, TOKEN);
    } catch (PortalRejectedException e) {
      // 400 invalid_client and friends: the credentials, not the request, are wrong.
      throw new PortalAuthException(TOKEN, e.httpStatus().orElse(0), null, null);
    }
    JsonNode root;
    try {
      root = MotcuaJson.lenient().readTree(response.body());
    } catch (MotcuaException e) {
      throw new PortalUnavailableException(TOKEN, response.status(), null, e);
    }
    String value = PortalCalls.text(root.path("access_token"));
    if (value == null || value.isBlank()) {
      throw new PortalAuthException(TOKEN, response.status(), null, null);
    }
    long seconds = root.path("expires_in").asLong(300);
    token = value;
    tokenExpiry = clock.instant().plusSeconds(Math.max(seconds, 0));
  }

  private static String form(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Releases the transport and threads the client created. */
  @Override
  public void close() {
    resources.close();
  }

  /** Returns the token URL and agency code; never credentials or tokens. */
  @Override
  public String toString() {
    return "LgspClient[" + tokenUri + ", madonvi=" + agencyCode + "]";
  }

  /** Collects the client's settings; not thread-safe. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private @Nullable String scope;
    private @Nullable String agencyCode;
    private Duration refreshMargin = Duration.ofSeconds(30);
    private @Nullable HttpTransport transport;
    private @Nullable OkHttpClient okHttpClient;
    private HttpOptions options = HttpOptions.defaults();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private @Nullable Executor asyncExecutor;

    private Builder() {}

    /** Sets the gateway's base URL (required). */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** Sets the OAuth2 client id (required). */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /** Sets the OAuth2 client secret (required); never logged or printed. */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /** Sets the scope requested with the token; none by default. */
    public Builder scope(String scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /** Sets the agency code sent as {@code madonvi} (required). */
    public Builder agencyCode(String agencyCode) {
      this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
      return this;
    }

    /** Sets how long before its expiry a token is replaced; default 30 s. */
    public Builder tokenRefreshMargin(Duration margin) {
      if (margin.isNegative()) {
        throw new IllegalArgumentException("the margin must not be negative");
      }
      this.refreshMargin = margin;
      return this;
    }

    /** Uses this transport (not closed by the client). */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /** Uses the caller's OkHttp client for the transport the client builds. */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Sets the transport's options. */
    public Builder httpOptions(HttpOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** Sets the transport's retry policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Sets the clock deciding token expiry. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Runs the async variants on this executor; by default the client owns a daemon pool. */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Builds the client. */
    public LgspClient build() {
      return new LgspClient(this);
    }
  }
}
