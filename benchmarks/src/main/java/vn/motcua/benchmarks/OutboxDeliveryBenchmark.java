package vn.motcua.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.testkit.portal.StubPortal;

/**
 * Durable delivery end to end, in dossiers delivered per second: {@link Outbox#submit} (committed)
 * and a {@link Dispatcher} sending each entry to a {@link StubPortal} through {@link
 * DvcqgClient#syncDossier} ({@code TraCuuHoSo}, then {@code DongBoHoSoMC}), beside raw OkHttp
 * posting the same two JSON bodies per dossier to the same stub endpoint.
 *
 * <p>One operation is a round of {@value #ROUND} new dossiers. SDK: {@code senders} application
 * threads submit them while a dispatcher of {@code senders} threads delivers; the round ends when
 * the outbox listener has seen every one delivered. Raw: {@code senders} threads each post their
 * share, two requests per dossier, and check each answer's {@code error_code}. Scores are
 * throughput (higher is better), so the ratio SDK / raw is the fraction of raw's delivery rate the
 * durable path keeps.
 *
 * <p>The raw bodies are the SDK's own serialisation of the same element (taken once from the
 * mapping), with the code and times of each dossier put in: byte for byte what the SDK sends. The
 * stub runs in the benchmark's JVM and shares its CPUs. {@code raw_deliverSyncOnly} (not paired)
 * posts only {@code DongBoHoSoMC}: the price of the {@code TraCuuHoSo} look-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class OutboxDeliveryBenchmark {
  /** Dossiers per operation; a multiple of every sender count used. */
  static final int ROUND = 240;

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Pattern SESSION = Pattern.compile("\"session\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(2);

  /** Concurrent senders: dispatcher and submitting threads (SDK), posting threads (raw). */
  @Param({"1", "4"})
  public int senders;

  private final OutboxSamples samples = new OutboxSamples();
  private final AtomicLong next = new AtomicLong();
  private StubPortal portal;
  private ExecutorService pool;

  // SDK side
  private Path directory;
  private BenchDatabases.Postgres postgres;
  private DvcqgClient client;
  private Outbox outbox;
  private Dispatcher dispatcher;
  private volatile CountDownLatch round = new CountDownLatch(0);
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private final AtomicInteger dead = new AtomicInteger();

  // Raw side
  private OkHttpClient http;
  private String adapterUrl;
  private String loginUrl;
  private volatile String session;
  private String syncTemplate;
  private String codeToken;
  private String receivedToken;
  private String dueToken;

  /** Starts the stub portal and the side the benchmark method needs. */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    if (ROUND % senders != 0) {
      throw new IllegalArgumentException("senders must divide " + ROUND);
    }
    portal = StubPortal.builder().build().start();
    pool = Executors.newFixedThreadPool(senders);
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    if (method.startsWith("sdk_")) {
      setUpSdk(method.endsWith("_postgres"));
    } else {
      setUpRaw();
    }
  }

  private void setUpSdk(boolean onPostgres) {
    OutboxListener listener =
        new OutboxListener() {
          @Override
          public void delivered(OutboxEntry entry) {
            round.countDown();
          }

          @Override
          public void attemptFailed(OutboxEntry entry, String errorCode, Duration retryIn) {
            failedAttempts.incrementAndGet();
          }

          @Override
          public void deadLettered(OutboxEntry entry, String reasonCode) {
            dead.incrementAndGet();
          }
        };
    if (onPostgres) {
      // Submitting threads, dispatcher threads, and one spare (docs/portal.md: threads + 1).
      postgres = BenchDatabases.postgres(2 * senders + 1);
      outbox = Outbox.builder(postgres.pool()).schema(postgres.schema()).listener(listener).build();
    } else {
      directory = BenchDatabases.tempDirectory();
      outbox = Outbox.embeddedBuilder(directory.resolve("outbox")).listener(listener).build();
    }
    client =
        DvcqgClient.builder()
            .baseUrl(portal.dvcqgBaseUrl())
            .username(portal.username())
            .password(portal.password())
            .agencyCode(OutboxSamples.AGENCY)
            .build();
    dispatcher = Dispatcher.builder(outbox, client).threads(senders).build();
    dispatcher.start();
  }

  private void setUpRaw() {
    http = new OkHttpClient();
    adapterUrl = portal.dvcqgBaseUrl() + "/adapter";
    loginUrl = portal.dvcqgBaseUrl() + "/login";
    // The element exactly as the SDK writes it, for dossier 0; each send puts its own values in.
    PortalDossier element = DvcqgMapping.defaults().toPortal(samples.dossier(0));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("session", "SESSION");
    body.put("madonvi", OutboxSamples.AGENCY);
    body.put("service", "DongBoHoSoMC");
    body.put("isUpdating", "False");
    body.put("data", List.of(element));
    syncTemplate = new String(MotcuaJson.strict().writeBytes(body), StandardCharsets.UTF_8);
    codeToken = OutboxSamples.code(0).value();
    receivedToken = OutboxSamples.portalReceived(0);
    dueToken = OutboxSamples.portalDue(0);
    if (!syncTemplate.contains(codeToken)
        || !syncTemplate.contains(receivedToken)
        || !syncTemplate.contains(dueToken)) {
      throw new IllegalStateException("the portal element does not carry the expected values");
    }
  }

  /** Starts each iteration with an empty stub (and a fresh raw session). */
  @Setup(Level.Iteration)
  public void logIn() throws IOException {
    portal.reset();
    if (http != null) {
      String body =
          "{\"username\":\"" + portal.username() + "\",\"password\":\"" + portal.password() + "\"}";
      try (Response response =
          http.newCall(
                  new Request.Builder().url(loginUrl).post(RequestBody.create(body, JSON)).build())
              .execute()) {
        Matcher m = SESSION.matcher(response.body().string());
        if (!m.find()) {
          throw new IllegalStateException("the stub refused the raw login");
        }
        session = m.group(1);
      }
    }
  }

  /** Checks that every dossier sent in the iteration was stored once and nothing failed. */
  @TearDown(Level.Iteration)
  public void check() {
    if (dead.get() > 0) {
      throw new IllegalStateException(dead.get() + " entries were dead-lettered");
    }
    if (portal.duplicatesSuppressed() > 0) {
      throw new IllegalStateException("the stub saw repeated keys: the benchmark is broken");
    }
    if (failedAttempts.get() > 0) {
      System.out.println("(outbox attempts failed and retried so far: " + failedAttempts + ")");
    }
  }

  /** Stops everything. */
  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    if (dispatcher != null) {
      dispatcher.stop(Duration.ofSeconds(10));
    }
    if (client != null) {
      client.close();
    }
    if (outbox != null) {
      outbox.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    BenchDatabases.delete(directory);
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
    portal.close();
  }

  /** Submits a round to the H2 file outbox and waits until the dispatcher delivered it. */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void sdk_deliver_h2() throws Exception {
    sdkRound();
  }

  /** Submits a round to the PostgreSQL outbox and waits until the dispatcher delivered it. */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void sdk_deliver_postgres() throws Exception {
    sdkRound();
  }

  /** Posts {@code TraCuuHoSo} and {@code DongBoHoSoMC} for each dossier of a round. */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void raw_deliver() throws Exception {
    inParallel(n -> rawSend(n, true));
  }

  /** Posts only {@code DongBoHoSoMC} for each dossier of a round (not paired). */
  @Benchmark
  @OperationsPerInvocation(ROUND)
  public void raw_deliverSyncOnly() throws Exception {
    inParallel(n -> rawSend(n, false));
  }

  private void sdkRound() throws Exception {
    CountDownLatch latch = new CountDownLatch(ROUND);
    round = latch;
    inParallel(n -> outbox.submit(samples.dossier(n)));
    if (!latch.await(ROUND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException(
          latch.getCount() + " entries not delivered within " + ROUND_TIMEOUT);
    }
  }

  private interface Send {
    void send(long n) throws IOException;
  }

  private void inParallel(Send send) throws InterruptedException, ExecutionException {
    List<Future<?>> shares = new ArrayList<>(senders);
    int share = ROUND / senders;
    for (int s = 0; s < senders; s++) {
      shares.add(
          pool.submit(
              () -> {
                for (int i = 0; i < share; i++) {
                  send.send(next.getAndIncrement());
                }
                return null;
              }));
    }
    for (Future<?> f : shares) {
      f.get();
    }
  }

  private void rawSend(long n, boolean lookUpFirst) throws IOException {
    String code = OutboxSamples.code(n).value();
    if (lookUpFirst) {
      String lookup =
          "{\"session\":\""
              + session
              + "\",\"madonvi\":\""
              + OutboxSamples.AGENCY
              + "\",\"service\":\"TraCuuHoSo\",\"MaHoSo\":\""
              + code
              + "\"}";
      post(lookup.getBytes(StandardCharsets.UTF_8), null);
    }
    byte[] body =
        syncTemplate
            .replace("\"SESSION\"", "\"" + session + "\"")
            .replace(codeToken, code)
            .replace(receivedToken, OutboxSamples.portalReceived(n))
            .replace(dueToken, OutboxSamples.portalDue(n))
            .getBytes(StandardCharsets.UTF_8);
    post(body, code + "/dossier/" + sha256(body));
  }

  private void post(byte[] body, @Nullable String key) throws IOException {
    Request.Builder request =
        new Request.Builder().url(adapterUrl).post(RequestBody.create(body, JSON));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      String answer = response.body().string();
      if (response.code() != 200 || !answer.contains("\"error_code\":0")) {
        throw new IllegalStateException("the stub refused a raw request: HTTP " + response.code());
      }
    }
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
