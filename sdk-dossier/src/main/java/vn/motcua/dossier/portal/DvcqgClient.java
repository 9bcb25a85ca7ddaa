package vn.motcua.dossier.portal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.dvcqg.PortalProgress;
import vn.motcua.dossier.internal.portal.ClientResources;
import vn.motcua.dossier.internal.portal.PortalCalls;
import vn.motcua.dossier.internal.portal.PortalCalls.Envelope;
import vn.motcua.dossier.internal.portal.PortalSender;
import vn.motcua.dossier.internal.portal.PortalSenders;

/**
 * A client of the national portal's DVCQG adapter: logs in for a session, then calls the adapter's
 * services with {@code session}, {@code madonvi} and {@code service} in every body and the optional
 * {@code dstcode} header, reading the {@code error_code} envelope.
 *
 * <p>The session is cached and shared by all threads. When the portal answers with one of the
 * {@linkplain Builder#sessionExpiredCodes session-expired codes} (default {@value
 * #DEFAULT_SESSION_EXPIRED_CODE}), the client logs in again once and repeats the call; a second
 * expiry fails with {@link PortalAuthException}.
 *
 * <p>Mutating calls send an {@code Idempotency-Key} derived by {@link PortalIdempotency}, so the
 * core transport retries them on connection errors, timeouts, 5xx and 429 as its {@link
 * RetryPolicy} allows; reads are marked idempotent. When retries are used up the call fails with
 * {@link PortalUnavailableException} or {@link PortalRateLimitedException}; a non-success {@code
 * error_code} fails at once with {@link PortalRejectedException}.
 *
 * <p>Thread-safe. Close it to release the transport and threads it created (not those passed in).
 */
public final class DvcqgClient implements AutoCloseable {
  /** The {@code error_code} the DVCQG profile uses for an expired or unknown session. */
  public static final String DEFAULT_SESSION_EXPIRED_CODE = "401";

  private static final Logger log = LoggerFactory.getLogger(DvcqgClient.class);
  private static final MotcuaJson JSON = MotcuaJson.strict();
  private static final String MEDIA_TYPE = "application/json; charset=utf-8";
  private static final String LOGIN = "login";

  private final URI serviceUri;
  private final URI authUri;
  private final String username;
  private final String password;
  private final String agencyCode;
  private final @Nullable String dstcode;
  private final Set<String> sessionExpiredCodes;
  private final ClientResources resources;
  private final DvcqgMapping mapping = DvcqgMapping.defaults();
  private final Object sessionLock = new Object();
  private @Nullable String session;

  static {
    PortalSenders.registerDvcqg(client -> client.new Sender());
  }

  private DvcqgClient(Builder b) {
    URI base = Objects.requireNonNull(b.baseUrl, "baseUrl is required");
    this.serviceUri = resolve(base, b.servicePath);
    this.authUri = resolve(base, b.authPath);
    this.username = Objects.requireNonNull(b.username, "username is required");
    this.password = Objects.requireNonNull(b.password, "password is required");
    this.agencyCode = Objects.requireNonNull(b.agencyCode, "agencyCode is required");
    this.dstcode = b.dstcode;
    this.sessionExpiredCodes = Set.copyOf(b.sessionExpiredCodes);
    HttpTransport.Builder transport =
        HttpTransport.builder().options(b.options).retryPolicy(b.retryPolicy).clock(b.clock);
    if (b.okHttpClient != null) {
      transport.okHttpClient(b.okHttpClient);
    }
    this.resources =
        new ClientResources(b.transport, transport::build, b.asyncExecutor, "motcua-dvcqg-");
  }

  private static URI resolve(URI base, String path) {
    String b = base.toString();
    return URI.create((b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path);
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends the dossier with {@code DongBoHoSoMC}: first {@code TraCuuHoSo} decides whether the
   * portal already has it ({@code isUpdating} {@code "True"}) or not ({@code "False"}).
   *
   * @return the receipt with the idempotency key sent ({@link PortalIdempotency#forDossier})
   * @throws PortalRejectedException when the portal refuses the payload
   * @throws PortalUnavailableException, PortalRateLimitedException, PortalAuthException as
   *     described in the class documentation
   */
  public PortalReceipt syncDossier(Dossier dossier) {
    PortalDossier element = mapping.toPortal(Objects.requireNonNull(dossier, "dossier"));
    return syncElement(dossier, element, PortalIdempotency.forDossier(element));
  }

  /**
   * Sends the dossier as {@link #syncDossier(Dossier)} does, under the caller's {@code
   * idempotencyKey} instead of the derived one: the same key as an earlier request gets that
   * request's outcome back from a portal that keeps outcomes per key; a new key (see {@link
   * PortalIdempotency#fresh}) makes the portal process the content again.
   *
   * @throws IllegalArgumentException when the key is not 1 to 255 visible ASCII characters
   */
  public PortalReceipt syncDossier(Dossier dossier, String idempotencyKey) {
    PortalIdempotency.requireKey(idempotencyKey);
    PortalDossier element = mapping.toPortal(Objects.requireNonNull(dossier, "dossier"));
    return syncElement(dossier, element, idempotencyKey);
  }

  private PortalReceipt syncElement(Dossier dossier, PortalDossier element, String key) {
    return sync(dossier.code(), element, key);
  }

  /**
   * {@code TraCuuHoSo}, then {@code DongBoHoSoMC} with {@code element}: a {@link PortalDossier}, or
   * its JSON (see {@link PortalCalls#raw}).
   */
  private PortalReceipt sync(DossierCode code, Object element, String key) {
    boolean updating = known(code);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("isUpdating", updating ? "True" : "False");
    fields.put("data", List.of(element));
    call("DongBoHoSoMC", fields, key);
    return new PortalReceipt("DongBoHoSoMC", key, updating);
  }

  /** The outbox's way in: sends entries, and data serialised at submission as it is. */
  private final class Sender implements PortalSender {
    @Override
    public PortalReceipt sendDossier(Dossier dossier, String idempotencyKey) {
      return syncDossier(dossier, idempotencyKey);
    }

    @Override
    public PortalReceipt sendProgress(
        DossierCode code, List<ProcessingStep> steps, String idempotencyKey) {
      return pushProgress(code, steps, idempotencyKey);
    }

    @Override
    public PortalReceipt sendDossier(DossierCode code, byte[] element, String idempotencyKey) {
      PortalIdempotency.requireKey(idempotencyKey);
      return sync(code, PortalCalls.raw(element), idempotencyKey);
    }

    @Override
    public PortalReceipt sendProgress(DossierCode code, byte[] elements, String idempotencyKey) {
      PortalIdempotency.requireKey(idempotencyKey);
      return pushData(PortalCalls.raw(elements), idempotencyKey);
    }
  }

  /** Runs {@link #syncDossier} on the client's executor. */
  public CompletableFuture<PortalReceipt> syncDossierAsync(Dossier dossier) {
    return resources.async(() -> syncDossier(dossier));
  }

  /**
   * Sends processing steps of one dossier with {@code CapNhatTienDoHoSoMC}, in the order given.
   *
   * @throws IllegalArgumentException when no step is given
   * @throws PortalRejectedException when the portal refuses them, such as an illegal status change
   */
  public PortalReceipt pushProgress(DossierCode code, List<ProcessingStep> steps) {
    List<PortalProgress> elements = progressElements(code, steps);
    return pushElements(elements, PortalIdempotency.forProgress(elements));
  }

  /**
   * Sends processing steps as {@link #pushProgress(DossierCode, List)} does, under the caller's
   * {@code idempotencyKey} instead of the derived one; see {@link #syncDossier(Dossier, String)}.
   *
   * @throws IllegalArgumentException when no step is given or the key is not 1 to 255 visible ASCII
   *     characters
   */
  public PortalReceipt pushProgress(
      DossierCode code, List<ProcessingStep> steps, String idempotencyKey) {
    PortalIdempotency.requireKey(idempotencyKey);
    List<PortalProgress> elements = progressElements(code, steps);
    return pushElements(elements, idempotencyKey);
  }

  private List<PortalProgress> progressElements(DossierCode code, List<ProcessingStep> steps) {
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

  private PortalReceipt pushElements(List<PortalProgress> elements, String key) {
    return pushData(elements, key);
  }

  /** {@code CapNhatTienDoHoSoMC} with {@code data}: progress elements, or their JSON array. */
  private PortalReceipt pushData(Object data, String key) {
    call("CapNhatTienDoHoSoMC", Map.of("data", data), key);
    return new PortalReceipt("CapNhatTienDoHoSoMC", key, false);
  }

  /** Sends processing steps of one dossier; see {@link #pushProgress(DossierCode, List)}. */
  public PortalReceipt pushProgress(DossierCode code, ProcessingStep... steps) {
    return pushProgress(code, Arrays.asList(steps));
  }

  /** Runs {@link #pushProgress(DossierCode, List)} on the client's executor. */
  public CompletableFuture<PortalReceipt> pushProgressAsync(
      DossierCode code, List<ProcessingStep> steps) {
    return resources.async(() -> pushProgress(code, steps));
  }

  /**
   * Looks the dossier up with {@code TraCuuHoSo}; empty when the portal does not know it.
   *
   * @throws PortalRejectedException when the portal refuses the lookup
   */
  public Optional<PortalDossier> lookup(DossierCode code) {
    JsonNode found = found(code);
    if (!found.isObject()) {
      return Optional.empty();
    }
    return Optional.of(MotcuaJson.lenient().convert(found, PortalDossier.class));
  }

  /** Whether {@code TraCuuHoSo} finds the dossier (its content is not read). */
  private boolean known(DossierCode code) {
    return found(code).isObject();
  }

  /** The dossier {@code TraCuuHoSo} returns; not an object when the portal does not know it. */
  private JsonNode found(DossierCode code) {
    Envelope envelope = call("TraCuuHoSo", Map.of("MaHoSo", code.value()), null);
    JsonNode result = envelope.root().path("result");
    return result.isArray() ? result.path(0) : result;
  }

  /** Runs {@link #lookup} on the client's executor. */
  public CompletableFuture<Optional<PortalDossier>> lookupAsync(DossierCode code) {
    return resources.async(() -> lookup(code));
  }

  /**
   * Fetches one procedure with {@code LayThuTuc}, read as {@link
   * ProcedureCatalogue#readPortalProcedure} reads it.
   *
   * @throws vn.motcua.core.InvalidInputException with code {@code dossier.catalogue.invalid} when
   *     the answer is unusable
   */
  public ProcedureDefinition procedure(ProcedureCode code) {
    byte[] body = exchange("LayThuTuc", Map.of("MaTTHC", code.value()), null).body();
    return ProcedureCatalogue.readPortalProcedure(code, body);
  }

  /** Runs {@link #procedure} on the client's executor. */
  public CompletableFuture<ProcedureDefinition> procedureAsync(ProcedureCode code) {
    return resources.async(() -> procedure(code));
  }

  /**
   * Fetches the procedure list with {@code LayDanhSachTTHC}; entries without code or name are
   * skipped.
   */
  public List<PortalProcedureSummary> procedures() {
    Envelope envelope = call("LayDanhSachTTHC", Map.of(), null);
    List<PortalProcedureSummary> out = new ArrayList<>();
    for (JsonNode item : envelope.root().path("result")) {
      String code = PortalCalls.text(item.path("MATTHC"));
      String name = PortalCalls.text(item.path("TENTTHC"));
      if (code != null && name != null) {
        out.add(
            new PortalProcedureSummary(
                code,
                name,
                PortalCalls.text(item.path("MALINHVUC")),
                PortalCalls.text(item.path("TENLINHVUC"))));
      }
    }
    return List.copyOf(out);
  }

  /** Runs {@link #procedures} on the client's executor. */
  public CompletableFuture<List<PortalProcedureSummary>> proceduresAsync() {
    return resources.async(this::procedures);
  }

  /**
   * Sends a month of satisfaction ratings with {@code DongBoDanhGia}: {@code Nam}, {@code Thang}
   * and the rows as {@code data}. The key's owner is the agency code.
   */
  public PortalReceipt pushSatisfaction(SatisfactionReport report) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Nam", String.valueOf(report.period().getYear()));
    fields.put("Thang", String.valueOf(report.period().getMonthValue()));
    fields.put("data", report.rows());
    String key =
        PortalIdempotency.key(
            agencyCode, PortalIdempotency.SATISFACTION_STEP, JSON.writeBytes(fields));
    call("DongBoDanhGia", fields, key);
    return new PortalReceipt("DongBoDanhGia", key, false);
  }

  /** Runs {@link #pushSatisfaction} on the client's executor. */
  public CompletableFuture<PortalReceipt> pushSatisfactionAsync(SatisfactionReport report) {
    return resources.async(() -> pushSatisfaction(report));
  }

  private Envelope call(String service, Map<String, ?> fields, @Nullable String key) {
    return exchange(service, fields, key).envelope();
  }

  /** A successful answer: its envelope and raw body. */
  private record Answer(Envelope envelope, byte[] body) {}

  private Answer exchange(String service, Map<String, ?> fields, @Nullable String key) {
    String current = session();
    HttpResponse response = post(service, current, fields, key);
    Envelope envelope = PortalCalls.envelope(response, service);
    if (envelope.isOneOf(sessionExpiredCodes)) {
      log.debug("DVCQG session expired during {}; logging in again", service);
      current = renew(current);
      response = post(service, current, fields, key);
      envelope = PortalCalls.envelope(response, service);
      if (envelope.isOneOf(sessionExpiredCodes)) {
        throw new PortalAuthException(service, 0, envelope.errorCode(), envelope.message());
      }
    }
    if (!envelope.isSuccess()) {
      throw new PortalRejectedException(
          service, response.status(), envelope.errorCode(), envelope.message());
    }
    return new Answer(envelope, response.body());
  }

  private HttpResponse post(
      String service, String session, Map<String, ?> fields, @Nullable String key) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("session", session);
    body.put("madonvi", agencyCode);
    body.put("service", service);
    body.putAll(fields);
    HttpRequest.Builder request = HttpRequest.post(serviceUri, JSON.writeBytes(body), MEDIA_TYPE);
    if (dstcode != null) {
      request.header("dstcode", dstcode);
    }
    if (key != null) {
      request.idempotencyKey(key);
    } else {
      request.idempotent(true);
    }
    return PortalCalls.send(resources.transport(), request.build(), service);
  }

  private String session() {
    synchronized (sessionLock) {
      if (session == null) {
        session = login();
      }
      return session;
    }
  }

  private String renew(String stale) {
    synchronized (sessionLock) {
      if (session == null || session.equals(stale)) {
        session = login();
      }
      return session;
    }
  }

  private String login() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", password);
    HttpRequest.Builder request =
        HttpRequest.post(authUri, JSON.writeBytes(body), MEDIA_TYPE).idempotent(true);
    if (dstcode != null) {
      request.header("dstcode", dstcode);
    }
    HttpResponse response = PortalCalls.send(resources.transport(), request.build(), LOGIN);
    Envelope envelope = PortalCalls.envelope(response, LOGIN);
    String value = PortalCalls.text(envelope.root().path("session"));
    if (!envelope.isSuccess() || value == null || value.isBlank()) {
      throw new PortalAuthException(
          LOGIN, response.status(), envelope.errorCode(), envelope.message());
    }
    return value;
  }

  /** Releases the transport and threads the client created. */
  @Override
  public void close() {
    resources.close();
  }

  /** Returns the adapter URL and agency code; never credentials or the session. */
  @Override
  public String toString() {
    return "DvcqgClient[" + serviceUri + ", madonvi=" + agencyCode + "]";
  }

  /** Collects the client's settings; not thread-safe. */
  public static final class Builder {
    private @Nullable URI baseUrl;
    private String authPath = "/login";
    private String servicePath = "/adapter";
    private @Nullable String username;
    private @Nullable String password;
    private @Nullable String agencyCode;
    private @Nullable String dstcode;
    private Set<String> sessionExpiredCodes = Set.of(DEFAULT_SESSION_EXPIRED_CODE);
    private @Nullable HttpTransport transport;
    private @Nullable OkHttpClient okHttpClient;
    private HttpOptions options = HttpOptions.defaults();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private @Nullable Executor asyncExecutor;

    private Builder() {}

    /**
     * Sets the adapter's base URL (required), such as {@code https://adapter.example.gov.vn/api}.
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** Sets the login path under the base URL; default {@code /login}. */
    public Builder authPath(String authPath) {
      this.authPath = path(authPath);
      return this;
    }

    /** Sets the path under the base URL the services are posted to; default {@code /adapter}. */
    public Builder servicePath(String servicePath) {
      this.servicePath = path(servicePath);
      return this;
    }

    /** Sets the adapter account's username (required). */
    public Builder username(String username) {
      this.username = Objects.requireNonNull(username, "username");
      return this;
    }

    /** Sets the adapter account's password (required); it is never logged or printed. */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    /** Sets the agency code sent as {@code madonvi} (required). */
    public Builder agencyCode(String agencyCode) {
      this.agencyCode = Objects.requireNonNull(agencyCode, "agencyCode");
      return this;
    }

    /** Sets the {@code dstcode} header sent with every request; none by default. */
    public Builder dstcode(String dstcode) {
      this.dstcode = Objects.requireNonNull(dstcode, "dstcode");
      return this;
    }

    /**
     * Sets the {@code error_code} values that mean the session expired (profile setting); default
     * {@value DvcqgClient#DEFAULT_SESSION_EXPIRED_CODE}.
     */
    public Builder sessionExpiredCodes(Set<String> codes) {
      if (codes.isEmpty()) {
        throw new IllegalArgumentException("at least one session-expired code is needed");
      }
      this.sessionExpiredCodes = Set.copyOf(codes);
      return this;
    }

    /**
     * Uses this transport (not closed by the client); the OkHttp client, options, retry policy and
     * clock below are then ignored.
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /** Uses the caller's OkHttp client for the transport the client builds. */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Sets the transport's options (timeouts, limits, logging). */
    public Builder httpOptions(HttpOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** Sets the transport's retry policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Sets the clock (for {@code Retry-After} dates). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Runs the async variants on this executor; by default the client owns a daemon pool. */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws NullPointerException when the base URL, username, password or agency code is missing
     */
    public DvcqgClient build() {
      return new DvcqgClient(this);
    }

    private static String path(String path) {
      Objects.requireNonNull(path, "path");
      return path.startsWith("/") ? path : "/" + path;
    }
  }
}
