package vn.motcua.examples.portal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.DossierValidator;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.code.JdbcDossierCodeIssuer;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalException;
import vn.motcua.dossier.receipt.ReceiptSigner;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.AssuranceTooLowException;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.ClientAuthentication;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.LoginResult;
import vn.motcua.identity.LoginTransaction;
import vn.motcua.identity.RelyingParty;
import vn.motcua.testkit.idp.SigningAlgorithm;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.portal.StubPortal;

/**
 * The citizen portal: a web app on the JDK's HTTP server, with the stub identity provider and the
 * stub portal running in the same process.
 *
 * <p>Routes: {@code GET /} home; {@code GET /login} to the identity provider; {@code GET
 * /login/callback} back from it; {@code GET|POST /apply} the form; {@code GET /dossiers/{code}}
 * status and receipt; {@code POST /logout}; {@code GET /receipt-keys.json} the public key set that
 * verifies receipts; {@code GET /assets/portal.css}.
 */
final class CitizenPortal implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CitizenPortal.class);
  private static final Charset UTF_8 = StandardCharsets.UTF_8;
  private static final String CLIENT_ID = "citizen-portal";
  private static final String CALLBACK_PATH = "/login/callback";

  /**
   * Where the agency's systems would download the uploaded files (the portal's payload carries a
   * download URL per document, and the SDK requires https). This example keeps each file in the
   * data directory under its SHA-256 and serves none of them: in production, expose a download
   * route with access control behind HTTPS and put its address here.
   */
  static final URI FILES_BASE_URL = URI.create("https://files.example.gov.vn/citizen-portal/");

  private final PortalConfig config;
  private final HttpServer server;
  private final ExecutorService executor;
  private final URI baseUri;
  private final StubIdentityProvider idp;
  private final StubPortal portal;
  private final RelyingParty relyingParty;
  private final DvcqgClient client;
  private final Outbox outbox;
  private final Dispatcher dispatcher;
  private final Applications applications;
  private final Sessions sessions;
  private final String receiptJwks;
  private final byte[] css;

  private CitizenPortal(PortalConfig config, OutboxListener observer, List<AutoCloseable> opened)
      throws IOException, JOSEException {
    this.config = config;
    Files.createDirectories(config.dataDir());
    Clock clock = Clock.systemUTC();

    // Bind first: with port 0 the redirect URI is known only now.
    HttpServer bound =
        HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 64);
    opened.add(() -> bound.stop(0));
    this.server = bound;
    this.baseUri = URI.create("http://" + config.hostname() + ":" + server.getAddress().getPort());

    // The national SSO, stubbed: a client for this portal, ES256 ID tokens.
    String clientSecret = Sessions.randomToken();
    this.idp = StubIdentityProvider.builder().hostname(config.hostname()).build().start();
    opened.add(idp);
    idp.registerClient(
        StubClient.builder(CLIENT_ID)
            .secret(clientSecret)
            .redirectUri(baseUri + CALLBACK_PATH)
            .idTokenAlgorithm(SigningAlgorithm.ES256)
            .build());
    if (config.persona() != null) {
      idp.signInAs(config.persona());
    }
    byte[] transactionKey = new byte[32];
    new SecureRandom().nextBytes(transactionKey);
    this.relyingParty =
        RelyingParty.builder()
            .issuer(idp.issuer().toString())
            .clientId(CLIENT_ID)
            .clientAuthentication(ClientAuthentication.clientSecretBasic(clientSecret))
            .redirectUri(baseUri + CALLBACK_PATH)
            .allowedAlgorithms("ES256")
            .requiredAssurance(AssuranceLevel.VNEID_LEVEL_2)
            .transactionKey(transactionKey)
            .build();
    opened.add(relyingParty);

    // The national portal's adapter, stubbed, reached through the durable outbox.
    this.portal = StubPortal.builder().hostname(config.hostname()).build().start();
    opened.add(portal);
    this.client =
        DvcqgClient.builder()
            .baseUrl(portal.dvcqgBaseUrl())
            .username(portal.username())
            .password(portal.password())
            .agencyCode(config.agencyCode())
            .build();
    opened.add(client);
    this.outbox =
        Outbox.embeddedBuilder(config.dataDir().resolve("outbox"))
            .listener(new LoggingListener(observer))
            .build();
    opened.add(outbox);
    this.dispatcher =
        Dispatcher.builder(outbox, client).threads(1).pollInterval(Duration.ofSeconds(1)).build();

    JdbcDataSource codesDb = new JdbcDataSource();
    codesDb.setURL("jdbc:h2:file:" + config.dataDir().resolve("dossier-codes").toAbsolutePath());
    JdbcDossierCodeIssuer codes = JdbcDossierCodeIssuer.create(codesDb);

    // The agency's receipt key: made at start-up here; load it from a key store in production.
    ECKey receiptKey =
        new ECKeyGenerator(Curve.P_256)
            .keyID("receipts-" + Sessions.randomToken().substring(0, 8))
            .generate();
    this.receiptJwks = new JWKSet(receiptKey.toPublicJWK()).toString();
    ReceiptSigner signer = ReceiptSigner.fromJwk(receiptKey.toJSONString());

    ProcedureCatalogue catalogue = ProcedureCatalogue.sample();
    ProcedureDefinition procedure =
        catalogue
            .find(ProcedureCode.parse(config.procedureCode()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the sample catalogue has no procedure " + config.procedureCode()));
    this.applications =
        new Applications(
            procedure,
            Agency.of(AgencyCode.parse(config.agencyCode()), config.agencyName()),
            DossierValidator.builder().catalogue(catalogue).clock(clock).build(),
            WorkingCalendar.standard(),
            codes,
            outbox,
            signer,
            config.dataDir().resolve("files"),
            FILES_BASE_URL,
            clock);
    this.sessions = new Sessions(Duration.ofMinutes(30), 10_000, clock);
    try (InputStream in = CitizenPortal.class.getResourceAsStream("portal.css")) {
      this.css = in == null ? new byte[0] : in.readAllBytes();
    }

    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "citizen-portal-http-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts the portal, the stub identity provider, the stub portal and the outbox's dispatcher.
   *
   * @throws UncheckedIOException when the port cannot be bound or the data directory written
   */
  static CitizenPortal start(PortalConfig config) {
    return start(config, OutboxListener.NONE);
  }

  /**
   * Starts the portal with {@code observer} told of the outbox's events after they are logged; the
   * tests wait for delivery with it.
   *
   * @throws UncheckedIOException when the port cannot be bound or the data directory written
   */
  static CitizenPortal start(PortalConfig config, OutboxListener observer) {
    List<AutoCloseable> opened = new ArrayList<>();
    CitizenPortal app;
    try {
      app = new CitizenPortal(config, observer, opened);
    } catch (IOException | JOSEException | RuntimeException e) {
      // Stop what had started (the stubs' threads would keep the process alive), newest first.
      for (int i = opened.size() - 1; i >= 0; i--) {
        try {
          opened.get(i).close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      if (e instanceof JOSEException) {
        throw new IllegalStateException("the receipt key could not be made", e);
      }
      throw (RuntimeException) e;
    }
    app.dispatcher.start();
    app.server.start();
    log.info("Citizen portal listening on {}", app.baseUri);
    return app;
  }

  /** The URL to open in a browser. */
  URI baseUri() {
    return baseUri;
  }

  /** The public JWKS that verifies this portal's receipts. */
  String receiptJwks() {
    return receiptJwks;
  }

  StubIdentityProvider identityProvider() {
    return idp;
  }

  StubPortal stubPortal() {
    return portal;
  }

  PortalConfig config() {
    return config;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    dispatcher.stop(Duration.ofSeconds(5));
    outbox.close();
    client.close();
    relyingParty.close();
    portal.stop();
    idp.stop();
  }

  // ---------------------------------------------------------------- routing

  private void handle(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    int status;
    try {
      status = route(exchange, method, path);
    } catch (RuntimeException e) {
      // Only the exception's type and SDK code: messages of other libraries might hold input.
      log.warn(
          "{} {} failed: {}{}",
          method,
          path,
          e.getClass().getSimpleName(),
          e instanceof MotcuaException m ? " " + m.code() : "");
      status =
          safeSend(
              exchange,
              500,
              Pages.message(
                  "Lỗi hệ thống",
                  "Server error",
                  "Đã có lỗi xảy ra, vui lòng thử lại sau.",
                  "Something went wrong; please try again later."));
    } catch (IOException e) {
      status = -1; // the browser went away
    } finally {
      exchange.close();
    }
    // Method, path and status only: never the query (the callback's carries the code and state).
    log.info("{} {} {}", method, path, status);
  }

  private int route(HttpExchange exchange, String method, String path) throws IOException {
    switch (path) {
      case "/" -> {
        return onlyGet(exchange, method) ? home(exchange) : 405;
      }
      case "/login" -> {
        return onlyGet(exchange, method) ? login(exchange) : 405;
      }
      case CALLBACK_PATH -> {
        return onlyGet(exchange, method) ? callback(exchange) : 405;
      }
      case "/apply" -> {
        if (method.equals("GET")) {
          return applyForm(exchange);
        }
        if (method.equals("POST")) {
          return applySubmit(exchange);
        }
        return methodNotAllowed(exchange);
      }
      case "/logout" -> {
        return method.equals("POST") ? logout(exchange) : methodNotAllowed(exchange);
      }
      case "/receipt-keys.json" -> {
        return onlyGet(exchange, method)
            ? send(exchange, 200, "application/jwk-set+json", receiptJwks.getBytes(UTF_8), true)
            : 405;
      }
      case "/assets/portal.css" -> {
        return onlyGet(exchange, method) ? send(exchange, 200, "text/css", css, true) : 405;
      }
      default -> {
        if (path.startsWith("/dossiers/") && method.equals("GET")) {
          return dossier(exchange, path.substring("/dossiers/".length()));
        }
        return sendPage(
            exchange,
            404,
            Pages.message("Không tìm thấy", "Not found", "Trang không tồn tại.", "No such page."));
      }
    }
  }

  private boolean onlyGet(HttpExchange exchange, String method) throws IOException {
    if (method.equals("GET") || method.equals("HEAD")) {
      return true;
    }
    methodNotAllowed(exchange);
    return false;
  }

  private int methodNotAllowed(HttpExchange exchange) throws IOException {
    return sendPage(
        exchange,
        405,
        Pages.message("Không hỗ trợ", "Method not allowed", "Phương thức không được hỗ trợ.", ""));
  }

  // ---------------------------------------------------------------- pages

  private int home(HttpExchange exchange) throws IOException {
    Optional<Sessions.Session> session = session(exchange);
    var citizen = session.flatMap(Sessions.Session::identity);
    return sendPage(
        exchange,
        200,
        Pages.home(
            citizen,
            citizen.map(c -> applications.of(Applications.owner(c))).orElse(List.of()),
            session.map(Sessions.Session::csrfToken).orElse("")));
  }

  private int login(HttpExchange exchange) throws IOException {
    Sessions.Session session = session(exchange).orElseGet(sessions::create);
    AuthorizationRequest request;
    try {
      request = relyingParty.beginLogin();
    } catch (IdentityException e) {
      log.warn("login could not begin: {}", e.code());
      return sendPage(
          exchange,
          503,
          Pages.message(
              "Không kết nối được VNeID",
              "Sign-in unavailable",
              "Hệ thống định danh tạm thời không phản hồi.",
              "The identity provider does not answer; please try again later."));
    }
    session.loginTransaction(request.transaction().toJson());
    setSessionCookie(exchange, session);
    return redirect(exchange, request.url().toString());
  }

  private int callback(HttpExchange exchange) throws IOException {
    Optional<Sessions.Session> session = session(exchange);
    Optional<String> transaction = session.flatMap(Sessions.Session::takeLoginTransaction);
    if (transaction.isEmpty()) {
      return sendPage(
          exchange,
          400,
          Pages.message(
              "Phiên đăng nhập hết hạn",
              "Sign-in expired",
              "Vui lòng đăng nhập lại từ trang chủ.",
              "Please sign in again from the home page."));
    }
    String query = exchange.getRequestURI().getRawQuery();
    LoginResult result;
    try {
      result =
          relyingParty.complete(
              LoginTransaction.fromJson(transaction.get()),
              URI.create("?" + (query == null ? "" : query)));
    } catch (AssuranceTooLowException e) {
      log.info("sign-in refused: {}", e.code());
      return sendPage(
          exchange,
          403,
          Pages.message(
              "Cần tài khoản định danh mức 2",
              "Level 2 account needed",
              "Dịch vụ này yêu cầu tài khoản định danh điện tử VNeID mức 2.",
              "This service needs a level 2 VNeID account."));
    } catch (IdentityException e) {
      log.info("sign-in refused: {}", e.code());
      return sendPage(
          exchange,
          400,
          Pages.message(
              "Đăng nhập không thành công",
              "Sign-in failed",
              "Vui lòng đăng nhập lại. Mã lỗi: " + e.code(),
              "Please sign in again. Error code: " + e.code()));
    }
    Sessions.Session signedIn = sessions.signIn(session.get(), result.identity());
    setSessionCookie(exchange, signedIn);
    return redirect(exchange, "/apply");
  }

  private int applyForm(HttpExchange exchange) throws IOException {
    Optional<Sessions.Session> session = signedIn(exchange);
    if (session.isEmpty()) {
      return redirect(exchange, "/");
    }
    return sendPage(exchange, 200, form(session.get(), Applications.Form.empty(), Map.of()));
  }

  private String form(
      Sessions.Session session,
      Applications.Form values,
      Map<String, List<vn.motcua.core.validation.Violation>> problems) {
    return Pages.form(
        applications.procedure(),
        applications.agency().name().orElse(""),
        session.identity().orElseThrow(),
        session.csrfToken(),
        values,
        problems,
        config.maxRequestBytes());
  }

  private int applySubmit(HttpExchange exchange) throws IOException {
    Optional<Sessions.Session> session = signedIn(exchange);
    if (session.isEmpty()) {
      return redirect(exchange, "/");
    }
    Optional<String> boundary =
        Multipart.boundary(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (boundary.isEmpty()) {
      return badRequest(exchange);
    }
    byte[] body;
    try {
      body = RequestBodies.read(exchange, config.maxRequestBytes());
    } catch (RequestBodies.TooLargeException e) {
      return sendPage(
          exchange,
          413,
          Pages.message(
              "Tệp quá lớn",
              "Upload too large",
              "Tổng dung lượng tệp đính kèm vượt quá "
                  + e.limit() / (1024 * 1024)
                  + " MB. Vui lòng chọn tệp nhỏ hơn.",
              "The attachments exceed "
                  + e.limit() / (1024 * 1024)
                  + " MB in total. Please choose smaller files."));
    } catch (RequestBodies.MalformedException e) {
      return badRequest(exchange);
    }
    List<Multipart.Part> parts;
    try {
      parts = Multipart.parse(body, boundary.get());
    } catch (Multipart.MalformedException e) {
      return badRequest(exchange);
    }
    String csrf =
        parts.stream()
            .filter(p -> p.name().equals("csrf") && p.filename().isEmpty())
            .map(Multipart.Part::text)
            .findFirst()
            .orElse(null);
    if (!session.get().csrfMatches(csrf)) {
      return forbidden(exchange);
    }
    Applications.Form form = Applications.Form.of(parts);
    var citizen = session.get().identity().orElseThrow();
    Applications.Outcome outcome = applications.submit(form, citizen);
    if (!outcome.accepted()) {
      log.info(
          "application not valid: {} problem(s)",
          outcome.problemsByField().values().stream().mapToInt(List::size).sum());
      return sendPage(exchange, 422, form(session.get(), form, outcome.problemsByField()));
    }
    String code = outcome.submission().dossier().code().value();
    log.info("dossier {} submitted to the outbox", code);
    return redirect(exchange, "/dossiers/" + code);
  }

  private int dossier(HttpExchange exchange, String code) throws IOException {
    Optional<Sessions.Session> session = signedIn(exchange);
    if (session.isEmpty()) {
      return redirect(exchange, "/");
    }
    Optional<Applications.Submission> found =
        applications.find(code, Applications.owner(session.get().identity().orElseThrow()));
    if (found.isEmpty()) {
      return sendPage(
          exchange,
          404,
          Pages.message(
              "Không tìm thấy hồ sơ",
              "No such dossier",
              "Không có hồ sơ này trong tài khoản của bạn.",
              "Your account has no such dossier."));
    }
    Applications.Submission submission = found.get();
    List<OutboxEntry> deliveries = applications.deliveries(submission.dossier().code());
    Optional<String> portalStatus = Optional.empty();
    boolean delivered =
        !deliveries.isEmpty()
            && deliveries.get(deliveries.size() - 1).state().name().equals("DELIVERED");
    if (delivered) {
      try {
        portalStatus = client.lookup(submission.dossier().code()).map(PortalDossier::status);
      } catch (PortalException e) {
        log.info("portal lookup of {} failed: {}", code, e.code());
      }
    }
    return sendPage(
        exchange,
        200,
        Pages.status(
            submission, deliveries, portalStatus, QrCodes.pngDataUrl(submission.signedReceipt())));
  }

  private int logout(HttpExchange exchange) throws IOException {
    Optional<Sessions.Session> session = session(exchange);
    if (session.isEmpty()) {
      return redirect(exchange, "/");
    }
    byte[] body;
    try {
      body = RequestBodies.read(exchange, 4096);
    } catch (RequestBodies.TooLargeException | RequestBodies.MalformedException e) {
      return badRequest(exchange);
    }
    String csrf = RequestBodies.formField(body, "csrf").orElse(null);
    if (!session.get().csrfMatches(csrf)) {
      return forbidden(exchange);
    }
    sessions.remove(session.get());
    exchange
        .getResponseHeaders()
        .add("Set-Cookie", Sessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    return redirect(exchange, "/");
  }

  // ---------------------------------------------------------------- helpers

  private Optional<Sessions.Session> session(HttpExchange exchange) {
    return sessions.find(exchange.getRequestHeaders().getFirst("Cookie"));
  }

  private Optional<Sessions.Session> signedIn(HttpExchange exchange) {
    return session(exchange).filter(s -> s.identity().isPresent());
  }

  private void setSessionCookie(HttpExchange exchange, Sessions.Session session) {
    exchange
        .getResponseHeaders()
        .add(
            "Set-Cookie",
            Sessions.COOKIE
                + "="
                + session.id()
                + "; Path=/; HttpOnly; SameSite=Lax"
                + (config.secureCookie() ? "; Secure" : ""));
  }

  private int badRequest(HttpExchange exchange) throws IOException {
    return sendPage(
        exchange,
        400,
        Pages.message(
            "Yêu cầu không hợp lệ",
            "Bad request",
            "Biểu mẫu gửi lên không đọc được.",
            "The form could not be read."));
  }

  private int forbidden(HttpExchange exchange) throws IOException {
    return sendPage(
        exchange,
        403,
        Pages.message(
            "Biểu mẫu hết hạn",
            "Form expired",
            "Biểu mẫu không hợp lệ hoặc đã hết hạn (CSRF). Vui lòng mở lại trang và gửi lại.",
            "The form is invalid or expired (CSRF check failed). Please reload it and send it"
                + " again."));
  }

  private static int redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    securityHeaders(exchange);
    exchange.sendResponseHeaders(303, -1);
    return 303;
  }

  private static int sendPage(HttpExchange exchange, int status, String html) throws IOException {
    return send(exchange, status, "text/html; charset=utf-8", html.getBytes(UTF_8), false);
  }

  private static int safeSend(HttpExchange exchange, int status, String html) {
    try {
      return sendPage(exchange, status, html);
    } catch (IOException | RuntimeException e) {
      return status; // headers were already sent, or the browser went away
    }
  }

  private static int send(
      HttpExchange exchange, int status, String contentType, byte[] body, boolean cacheable)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange
        .getResponseHeaders()
        .set("Cache-Control", cacheable ? "public, max-age=300" : "no-store");
    securityHeaders(exchange);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    return status;
  }

  private static void securityHeaders(HttpExchange exchange) {
    var headers = exchange.getResponseHeaders();
    headers.set(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Referrer-Policy", "no-referrer");
  }

  /**
   * Logs outbox events with the dossier code and error code only: entries hold no personal data.
   * Then passes each event on to the observer.
   */
  private static final class LoggingListener implements OutboxListener {
    private final OutboxListener observer;

    LoggingListener(OutboxListener observer) {
      this.observer = observer;
    }

    @Override
    public void submitted(OutboxEntry entry) {
      observer.submitted(entry);
    }

    @Override
    public void delivered(OutboxEntry entry) {
      log.info("dossier {} delivered to the portal", entry.dossierCode());
      observer.delivered(entry);
    }

    @Override
    public void attemptFailed(OutboxEntry entry, String errorCode, Duration retryIn) {
      log.info(
          "dossier {} not delivered yet: {}; next attempt in {} s",
          entry.dossierCode(),
          errorCode,
          retryIn.toSeconds());
      observer.attemptFailed(entry, errorCode, retryIn);
    }

    @Override
    public void deadLettered(OutboxEntry entry, String reasonCode) {
      log.warn("dossier {} refused by the portal: {}", entry.dossierCode(), reasonCode);
      observer.deadLettered(entry, reasonCode);
    }
  }
}
