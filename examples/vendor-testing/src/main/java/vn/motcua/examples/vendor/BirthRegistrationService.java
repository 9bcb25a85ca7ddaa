package vn.motcua.examples.vendor;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.privacy.Mask;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierValidator;
import vn.motcua.dossier.ProcedureRef;
import vn.motcua.dossier.Sector;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.PortalException;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.ClientAuthentication;
import vn.motcua.identity.LoginTransaction;
import vn.motcua.identity.RelyingParty;

/**
 * A vendor's application in miniature: a citizen signs in with the national e-ID login, then files
 * a birth registration that is sent to the national portal's DVCQG adapter. Everything it talks to
 * is configured by {@link Settings}, so its tests point it at the motcua stubs.
 */
public final class BirthRegistrationService implements AutoCloseable {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /**
   * Where the application's partners are and how it identifies itself to them.
   *
   * @param issuer the e-ID provider's issuer
   * @param clientId the application's client id there
   * @param clientSecret its secret
   * @param redirectUri its login callback
   * @param adapterUrl the DVCQG adapter's base URL
   * @param adapterUsername the adapter account
   * @param adapterPassword its password
   * @param agency the agency receiving the dossiers
   * @param agencyName its name
   * @param retryBaseDelay the first wait before a retry of a portal call
   */
  public record Settings(
      URI issuer,
      String clientId,
      String clientSecret,
      URI redirectUri,
      URI adapterUrl,
      String adapterUsername,
      String adapterPassword,
      AgencyCode agency,
      String agencyName,
      Duration retryBaseDelay) {
    /** Keeps secrets out of logs. */
    @Override
    public String toString() {
      return "Settings[issuer="
          + issuer
          + ", clientId="
          + clientId
          + ", adapter="
          + adapterUrl
          + "]";
    }
  }

  /** What became of a submission. */
  public enum Outcome {
    /** The portal has the dossier. */
    ACCEPTED,
    /** The portal could not be reached or was busy: try again later with the same dossier. */
    RETRY_LATER,
    /** The dossier or the account was refused: tell the citizen or the operator. */
    REJECTED
  }

  /**
   * A submission's result, safe to log: codes only, no personal data.
   *
   * @param dossierCode the dossier's code
   * @param outcome what became of it
   * @param reasons error codes when not accepted
   */
  public record Submission(String dossierCode, Outcome outcome, List<String> reasons) {}

  private final Settings settings;
  private final Clock clock;
  private final HttpTransport transport;
  private final RelyingParty relyingParty;
  private final DvcqgClient portal;
  private final Map<String, String> pendingLogins = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();

  /** Creates the service; {@link #close()} releases its connections. */
  public BirthRegistrationService(Settings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.transport =
        HttpTransport.builder()
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(3)
                    .baseDelay(settings.retryBaseDelay())
                    .maxDelay(Duration.ofSeconds(5))
                    .build())
            .build();
    this.relyingParty =
        RelyingParty.builder()
            .issuer(settings.issuer().toString())
            .clientId(settings.clientId())
            .clientAuthentication(ClientAuthentication.clientSecretBasic(settings.clientSecret()))
            .redirectUri(settings.redirectUri())
            .transport(transport)
            .build();
    this.portal =
        DvcqgClient.builder()
            .baseUrl(settings.adapterUrl())
            .username(settings.adapterUsername())
            .password(settings.adapterPassword())
            .agencyCode(settings.agency().value())
            .transport(transport)
            .build();
  }

  /**
   * Step 1 of the login (GET /login): returns where to send the browser of {@code browserSession}.
   */
  public URI startLogin(String browserSession) {
    AuthorizationRequest request = relyingParty.beginLogin();
    pendingLogins.put(browserSession, request.transaction().toJson());
    return request.url();
  }

  /**
   * Step 2 (GET /login/callback): returns the verified citizen.
   *
   * @throws IllegalStateException when the browser session started no login
   * @throws vn.motcua.identity.IdentityException when the provider's answer does not verify
   */
  public CitizenIdentity finishLogin(String browserSession, URI callbackUrl) {
    String transaction = pendingLogins.remove(browserSession);
    if (transaction == null) {
      throw new IllegalStateException("no login in progress for this browser session");
    }
    return relyingParty.complete(LoginTransaction.fromJson(transaction), callbackUrl).identity();
  }

  /**
   * Files a birth registration by {@code citizen} and sends it to the portal. The SDK's transport
   * retries a busy or unreachable portal a few times (the idempotency key keeps it from being
   * stored twice); what still fails is reported, never thrown.
   */
  public Submission submit(CitizenIdentity citizen) {
    OffsetDateTime now = OffsetDateTime.now(clock.withZone(VIETNAM));
    DossierCode code =
        DossierCode.of(settings.agency(), now.toLocalDate(), sequence.incrementAndGet());
    Dossier dossier;
    try {
      dossier = DossierValidator.defaults().requireValid(birthRegistration(code, citizen, now));
    } catch (InvalidInputException e) {
      return new Submission(code.value(), Outcome.REJECTED, e.report().codes());
    }
    try {
      portal.syncDossier(dossier);
      return new Submission(code.value(), Outcome.ACCEPTED, List.of());
    } catch (PortalException e) {
      Outcome outcome = e.isRetryable() ? Outcome.RETRY_LATER : Outcome.REJECTED;
      return new Submission(code.value(), outcome, List.of(e.code()));
    }
  }

  private Dossier birthRegistration(DossierCode code, CitizenIdentity citizen, OffsetDateTime now) {
    Applicant.Builder applicant =
        Applicant.builder()
            .kind(ApplicantKind.CITIZEN)
            .fullName(citizen.fullName().orElse(""))
            .personalId(citizen.personalIdNumber().orElse(null))
            .birthDate(citizen.birthDate().orElse(null))
            .sex(citizen.sex().orElse(null));
    citizen.phoneNumber().ifPresent(applicant::phone);
    citizen.email().ifPresent(applicant::email);
    return Dossier.builder()
        .code(code)
        .procedure(
            ProcedureRef.of(
                ProcedureCode.parse("1.001193"), "Đăng ký khai sinh", Sector.of("HT", "Hộ tịch")))
        .agency(Agency.of(settings.agency(), settings.agencyName()))
        .applicant(applicant.build())
        .channel(Channel.ONLINE)
        .status(DossierStatus.SUBMITTED)
        .receivedAt(now)
        .dueAt(now.plusDays(5))
        .addDocument(
            Document.builder()
                .id("to-khai-" + code.sequence())
                .componentCode("TK-KS")
                .name("to-khai.pdf")
                .mediaType("application/pdf")
                .size(120_000L)
                .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .url(URI.create("https://files.example.gov.vn/" + code.value()))
                .build())
        .build();
  }

  /** Describes the citizen for a log line: masked, as production logs must be. */
  public static String describe(CitizenIdentity citizen) {
    return citizen.personalIdNumber().map(id -> Mask.idNumber(id.value())).orElse("(no ID number)");
  }

  @Override
  public void close() {
    portal.close();
    relyingParty.close();
    transport.close();
  }
}
