package vn.motcua.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.examples.portal.PortalClient.fields;
import static vn.motcua.examples.portal.PortalClient.pdf;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.receipt.ReceiptVerifier;
import vn.motcua.dossier.receipt.VerifiedReceipt;

/** The portal's handlers over HTTP: sessions, CSRF, size limits, sign-in levels, submission. */
class CitizenPortalHandlersTest {
  /** A small limit, so that a 100 KiB upload is too large. */
  private static final long LIMIT = 64 * 1024;

  @TempDir static Path dataDir;
  private static final DeliveryWaiter deliveries = new DeliveryWaiter();
  private static CitizenPortal app;

  @BeforeAll
  static void start() {
    app =
        CitizenPortal.start(
            PortalConfig.defaults(dataDir).withPort(0).withMaxRequestBytes(LIMIT), deliveries);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void pagesOfSignedInCitizensRedirectHomeWithoutASession() {
    PortalClient anonymous = new PortalClient(app);

    for (String path : new String[] {"/apply", "/dossiers/000.00.12.H01-250310-0001"}) {
      HttpResponse<String> response = anonymous.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(303);
      assertThat(response.headers().firstValue("Location")).as(path).contains("/");
    }
    HttpResponse<String> post = anonymous.postForm(fields("csrf", "x", "summary", "s"), Map.of());
    assertThat(post.statusCode()).isEqualTo(303);
    assertThat(post.headers().firstValue("Location")).contains("/");
  }

  @Test
  void theHomePageOffersTheSignIn() {
    HttpResponse<String> home = new PortalClient(app).get("/");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("id=\"sign-in\"", "href=\"/login\"");
    assertThat(home.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
    assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void signInSetsAnHttpOnlyLaxCookieAndChangesTheSessionId() {
    PortalClient browser = new PortalClient(app);
    HttpResponse<String> login = browser.get("/login");
    String before = browser.cookie().orElseThrow();

    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location)
                    .startsWith(app.identityProvider().issuer().toString())
                    .contains("code_challenge=", "code_challenge_method=S256", "state=", "nonce="));
    assertThat(login.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .contains("HttpOnly", "SameSite=Lax", "Path=/")
                    .doesNotContain("Secure"));

    URI authorization = URI.create(login.headers().firstValue("Location").orElseThrow());
    URI callback = app.identityProvider().simulateLogin(authorization, "citizen-01");
    HttpResponse<String> back = browser.get(callback.getRawPath() + "?" + callback.getRawQuery());

    assertThat(back.statusCode()).isEqualTo(303);
    assertThat(back.headers().firstValue("Location")).contains("/apply");
    assertThat(browser.cookie()).isPresent().get().isNotEqualTo(before);
    assertThat(browser.get("/apply").body())
        .contains("Đăng ký khai sinh", "N*** V*** A***")
        .doesNotContain("Nguyễn Văn An", "001085901069");
  }

  @Test
  void aLevelOneAccountIsRefused() {
    PortalClient browser = new PortalClient(app);

    HttpResponse<String> back = browser.signIn("citizen-03"); // VNeID level 1

    assertThat(back.statusCode()).isEqualTo(403);
    assertThat(back.body()).contains("level 2");
    assertThat(browser.get("/apply").statusCode()).isEqualTo(303);
  }

  @Test
  void aCallbackWithoutALoginInProgressIsRefused() {
    HttpResponse<String> response = new PortalClient(app).get("/login/callback?code=abc&state=def");

    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void aFormWithoutTheCsrfTokenIsRefused() {
    PortalClient browser = signedIn();
    int stored = app.stubPortal().dossierCodes().size();

    HttpResponse<String> missing = browser.postForm(validFields(null), validFiles());
    HttpResponse<String> wrong = browser.postForm(validFields("not-the-token"), validFiles());

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(missing.body()).contains("CSRF");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(app.stubPortal().dossierCodes()).hasSize(stored);
  }

  @Test
  void anUploadOverTheLimitIsRefusedWith413AndAMessage() {
    PortalClient browser = signedIn();
    String csrf = browser.csrfToken();
    byte[] big = new byte[100 * 1024];
    System.arraycopy(pdf("big"), 0, big, 0, 10);

    HttpResponse<String> response =
        browser.postForm(
            validFields(csrf), Map.of("doc-TK-KS", new PortalClient.FileField("to-khai.pdf", big)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("Upload too large", "exceed");
  }

  @Test
  void anInvalidFormShowsEveryProblemNextToItsFieldAndEscapesInput() {
    PortalClient browser = signedIn();
    String csrf = browser.csrfToken();

    HttpResponse<String> response =
        browser.postForm(
            fields(
                "csrf", csrf, "summary", "<script>alert(1)</script>", "phone", "", "email", "x@"),
            Map.of(
                "doc-TK-KS", new PortalClient.FileField("to-khai.txt", "plain text".getBytes())));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>")
        .contains("id=\"error-phone\"", "id=\"error-email\"", "id=\"error-doc-GCS\"")
        .contains("id=\"error-doc-TK-KS\"", "dossier.document.media_type_not_accepted")
        .contains("data-code=\"dossier.component.missing\"", "data-code=\"dossier.email_format\"");
  }

  @Test
  void aValidFormIsSubmittedDeliveredAndItsReceiptVerifies() throws InterruptedException {
    PortalClient browser = signedIn();
    String csrf = browser.csrfToken();

    HttpResponse<String> response = browser.postForm(validFields(csrf), validFiles());

    assertThat(response.statusCode()).isEqualTo(303);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/dossiers/");
    String code = location.substring("/dossiers/".length());
    assertThat(DossierCode.isValid(code)).isTrue();

    deliveries.awaitDelivered(code, Duration.ofSeconds(30));
    assertThat(app.stubPortal().stored(code)).as("stored at the portal").isPresent();

    String page = browser.get(location).body();
    assertThat(page).contains("id=\"receipt-qr\"", "data:image/png;base64,");
    String token = between(page, "<code id=\"receipt-token\" class=\"token\">", "</code>");
    VerifiedReceipt receipt = ReceiptVerifier.fromJwks(app.receiptJwks()).verify(token);
    assertThat(receipt.dossierCode().value()).isEqualTo(code);
    assertThat(receipt.due()).isPresent();
    assertThat(receipt.maskedApplicantName()).isEqualTo("N*** V*** A***");

    // Another citizen cannot see it.
    PortalClient other = new PortalClient(app);
    other.signIn("citizen-02");
    assertThat(other.get(location).statusCode()).isEqualTo(404);
  }

  @Test
  void aComponentThatMustBeACertifiedCopyIsAcceptedOnlyWhenDeclaredSo() {
    PortalClient browser = signedIn();
    String csrf = browser.csrfToken();
    Map<String, PortalClient.FileField> files = new java.util.HashMap<>(validFiles());
    files.put("doc-VB-UQ", new PortalClient.FileField("uy-quyen.pdf", pdf("uy quyen")));

    HttpResponse<String> plain = browser.postForm(validFields(csrf), files);
    Map<String, String> declared = validFields(csrf);
    declared.put("certified-VB-UQ", "yes");
    HttpResponse<String> certified = browser.postForm(declared, files);

    assertThat(plain.statusCode()).isEqualTo(422);
    assertThat(plain.body())
        .contains("id=\"error-doc-VB-UQ\"", "dossier.document.certified_copy_required");
    assertThat(certified.statusCode()).isEqualTo(303);
  }

  @Test
  void logoutNeedsTheCsrfTokenAndEndsTheSession() {
    PortalClient browser = signedIn();
    String csrf = browser.csrfToken();

    HttpResponse<String> refused = browser.postUrlEncoded("/logout", "csrf=wrong");
    HttpResponse<String> done = browser.postUrlEncoded("/logout", "csrf=" + csrf);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(browser.cookie()).isEmpty();
  }

  private static PortalClient signedIn() {
    PortalClient browser = new PortalClient(app);
    assertThat(browser.signIn("citizen-01").statusCode()).isEqualTo(303);
    return browser;
  }

  private static Map<String, String> validFields(String csrf) {
    Map<String, String> out =
        fields("summary", "Đăng ký khai sinh cho con", "phone", "0912000001", "email", "");
    Optional.ofNullable(csrf).ifPresent(c -> out.put("csrf", c));
    return out;
  }

  private static Map<String, PortalClient.FileField> validFiles() {
    return Map.of(
        "doc-TK-KS", new PortalClient.FileField("to-khai.pdf", pdf("to khai")),
        "doc-GCS", new PortalClient.FileField("giay-chung-sinh.pdf", pdf("giay chung sinh")));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("marker present").isNotNegative();
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
