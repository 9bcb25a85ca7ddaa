package vn.motcua.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierValidator;
import vn.motcua.dossier.ProcedureRef;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.code.DossierCodeIssuer;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.lifecycle.Actor;
import vn.motcua.dossier.lifecycle.DossierLifecycle;
import vn.motcua.dossier.outbox.Dispatcher;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.receipt.Receipt;
import vn.motcua.dossier.receipt.ReceiptSigner;
import vn.motcua.dossier.receipt.ReceiptVerifier;
import vn.motcua.dossier.receipt.VerifiedReceipt;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.ClientAuthentication;
import vn.motcua.identity.LoginResult;
import vn.motcua.identity.RelyingParty;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.portal.StubPortal;

/**
 * The snippets of docs/quickstart.md, run in order against the stub identity provider and the stub
 * portal; the page must hold every snippet exactly as it is written here.
 */
class QuickstartGuideFunctionalTest {
  private static final Path PAGE = Path.of("..", "..", "docs", "quickstart.md");
  private static final Path SOURCE =
      Path.of(
          "src",
          "test",
          "java",
          "vn",
          "motcua",
          "examples",
          "desk",
          "QuickstartGuideFunctionalTest.java");

  private final DeliveryWaiter deliveries = new DeliveryWaiter();

  @Test
  void guide_takesADossierFromSignInToThePortal() throws Exception {
    // --- snippet: stubs ---
    String clientId = "my-desk"; // your client's registration at the provider
    String clientSecret = "my-desk-secret";
    String redirectUri = "https://desk.example.vn/login/callback";

    StubIdentityProvider idp = StubIdentityProvider.builder().build().start();
    idp.registerClient(
        StubClient.builder(clientId).secret(clientSecret).redirectUri(redirectUri).build());
    StubPortal portal = StubPortal.builder().build().start();
    String issuer = idp.issuer().toString();
    // --- end ---

    // --- snippet: sign-in ---
    RelyingParty relyingParty =
        RelyingParty.builder()
            .issuer(issuer)
            .clientId(clientId)
            .clientAuthentication(ClientAuthentication.clientSecretBasic(clientSecret))
            .redirectUri(redirectUri)
            .requiredAssurance(AssuranceLevel.VNEID_LEVEL_2)
            .build();

    AuthorizationRequest request = relyingParty.beginLogin();
    // Keep request.transaction() in the session and send the browser to request.url().
    // --- end ---

    // --- snippet: stub-browser ---
    URI callbackUrl = idp.simulateLogin(request.url(), "citizen-01");
    // --- end ---

    // --- snippet: complete ---
    LoginResult result = relyingParty.complete(request.transaction(), callbackUrl);
    CitizenIdentity citizen = result.identity(); // verified, VNeID level 2
    // --- end ---

    // --- snippet: dossier ---
    ProcedureDefinition procedure =
        ProcedureCatalogue.sample().find(ProcedureCode.parse("1.001193")).orElseThrow();
    AgencyCode agency = AgencyCode.parse("000.00.12.H01");
    DossierCodeIssuer codes = DossierCodeIssuer.inMemory(); // JdbcDossierCodeIssuer in production

    OffsetDateTime receivedAt =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.SECONDS);
    WorkingCalendar calendar = WorkingCalendar.standard();
    ZonedDateTime dueAt =
        calendar.addWorkingDays(receivedAt.atZoneSameInstant(WorkingCalendar.ZONE), 1);

    Dossier dossier =
        Dossier.builder()
            .code(codes.next(agency, receivedAt.toInstant()))
            .procedure(ProcedureRef.of(procedure.code(), procedure.name(), procedure.sector()))
            .agency(Agency.of(agency, "UBND phường Tràng Tiền"))
            .applicant(
                Applicant.builder()
                    .kind(ApplicantKind.CITIZEN)
                    .fullName(citizen.fullName().orElseThrow())
                    .personalId(citizen.personalIdNumber().orElseThrow())
                    .build())
            .channel(Channel.ONLINE)
            .status(DossierStatus.SUBMITTED)
            .receivedAt(receivedAt)
            .dueAt(dueAt.toOffsetDateTime())
            .addDocument(
                Document.builder()
                    .id("tl-1")
                    .componentCode("TK-KS")
                    .name("to-khai.pdf")
                    .mediaType("application/pdf")
                    .size(120_000L)
                    .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                    .url(URI.create("https://files.example.vn/tl-1"))
                    .build())
            .addDocument(
                Document.builder()
                    .id("tl-2")
                    .componentCode("GCS")
                    .name("giay-chung-sinh.pdf")
                    .mediaType("application/pdf")
                    .size(80_000L)
                    .sha256("60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")
                    .url(URI.create("https://files.example.vn/tl-2"))
                    .build())
            .build();

    DossierValidator validator =
        DossierValidator.builder().catalogue(ProcedureCatalogue.sample()).build();
    ValidationReport report = validator.validate(dossier, citizen); // bound to the sign-in
    // --- end ---

    assertThat(report.violations()).isEmpty();

    // --- snippet: receipt ---
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair agencyKey = generator.generateKeyPair(); // in production: from your key store

    Receipt receipt = Receipt.of(dossier); // print this for the applicant
    String qr = ReceiptSigner.es256("desk-1", (ECPrivateKey) agencyKey.getPrivate()).sign(receipt);
    VerifiedReceipt checked =
        ReceiptVerifier.of("desk-1", (ECPublicKey) agencyKey.getPublic()).verify(qr);
    checked.maskedApplicantName(); // "N*** V*** A***"
    // --- end ---

    assertThat(checked.dossierCode()).isEqualTo(dossier.code());
    assertThat(checked.maskedApplicantName()).isEqualTo("N*** V*** A***");

    // --- snippet: submit ---
    Path dataDirectory = Path.of("target", "one-stop-desk"); // where the H2 file goes
    DvcqgClient client =
        DvcqgClient.builder()
            .baseUrl(portal.dvcqgBaseUrl()) // the real adapter's URL in production
            .username(portal.username())
            .password(portal.password())
            .agencyCode(agency.value())
            .build();
    Outbox outbox =
        Outbox.embeddedBuilder(dataDirectory.resolve("outbox")) // H2 file: outbox.mv.db
            .listener(deliveries) // told of each delivery and refusal, after its commit
            .build();
    Dispatcher dispatcher = Dispatcher.builder(outbox, client).build();
    dispatcher.start();

    OutboxEntry entry = outbox.submit(dossier); // committed; delivered by the dispatcher
    // --- end ---

    assertThat(awaitDelivery(entry, Duration.ofSeconds(30)).state())
        .isEqualTo(EntryState.DELIVERED);

    // --- snippet: track ---
    Actor officer = new Actor("Lê Thị Hạnh", "Công chức tiếp nhận", "Bộ phận một cửa");
    DossierLifecycle lifecycle = DossierLifecycle.standard();
    Dossier accepted =
        lifecycle.transition(dossier, DossierStatus.ACCEPTED, officer, "Tiếp nhận hồ sơ");
    ProcessingStep step = accepted.steps().get(accepted.steps().size() - 1);
    OutboxEntry progress = outbox.submitProgress(accepted.code(), List.of(step));

    OutboxEntry delivered = awaitDelivery(progress, Duration.ofSeconds(30)); // state DELIVERED
    Optional<PortalDossier> atPortal = client.lookup(dossier.code()); // TraCuuHoSo
    // --- end ---

    assertThat(delivered.id()).isEqualTo(progress.id());
    assertThat(delivered.state()).isEqualTo(EntryState.DELIVERED);
    assertThat(outbox.entry(progress.id()).orElseThrow().state()).isEqualTo(EntryState.DELIVERED);
    assertThat(atPortal).map(PortalDossier::dossierCode).contains(dossier.code().value());
    assertThat(portal.status(dossier.code().value())).contains(DossierStatus.ACCEPTED);

    // --- snippet: close ---
    dispatcher.stop(Duration.ofSeconds(10));
    outbox.close();
    client.close();
    relyingParty.close();
    // --- end ---
    portal.stop();
    idp.stop();
  }

  @Test
  void guide_holdsEverySnippetAsTheTestRunsIt() throws IOException {
    String page = normalize(Files.readString(PAGE));
    Map<String, String> snippets = snippets(Files.readString(SOURCE));

    assertThat(snippets)
        .containsOnlyKeys(
            "stubs",
            "sign-in",
            "stub-browser",
            "complete",
            "dossier",
            "receipt",
            "submit",
            "track",
            "close");
    for (Map.Entry<String, String> snippet : snippets.entrySet()) {
      assertThat(page).as("snippet %s", snippet.getKey()).contains(normalize(snippet.getValue()));
    }
  }

  /** The page's {@code awaitDelivery}: waits on the outbox's events. */
  private OutboxEntry awaitDelivery(OutboxEntry entry, Duration timeout)
      throws InterruptedException {
    return deliveries.await(entry, timeout);
  }

  private static Map<String, String> snippets(String source) {
    Map<String, String> snippets = new LinkedHashMap<>();
    String name = null;
    List<String> lines = new ArrayList<>();
    for (String line : source.lines().collect(Collectors.toList())) {
      String text = line.strip();
      if (text.startsWith("// --- snippet: ")) {
        name = text.substring("// --- snippet: ".length(), text.length() - " ---".length());
        lines.clear();
      } else if (text.equals("// --- end ---") && name != null) {
        snippets.put(name, String.join("\n", lines));
        name = null;
      } else if (name != null) {
        lines.add(text);
      }
    }
    return snippets;
  }

  /** Compares code ignoring indentation and blank lines, which Markdown and Java lay out apart. */
  private static String normalize(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
