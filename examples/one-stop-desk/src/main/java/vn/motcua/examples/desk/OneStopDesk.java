package vn.motcua.examples.desk;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.Motcua;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.privacy.Mask;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.Agency;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.ApplicantKind;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierValidator;
import vn.motcua.dossier.Fee;
import vn.motcua.dossier.FeeKind;
import vn.motcua.dossier.ProcedureRef;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalogue.ChannelOffer;
import vn.motcua.dossier.catalogue.ComponentDefinition;
import vn.motcua.dossier.catalogue.ComponentForm;
import vn.motcua.dossier.catalogue.FeeItem;
import vn.motcua.dossier.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.catalogue.ProcessingTime;
import vn.motcua.dossier.code.DossierCodeIssuer;
import vn.motcua.dossier.code.JdbcDossierCodeIssuer;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.lifecycle.Actor;
import vn.motcua.dossier.lifecycle.DossierLifecycle;
import vn.motcua.dossier.outbox.Dispatcher;
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
import vn.motcua.testkit.idp.SigningAlgorithm;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.idp.StubLogin;
import vn.motcua.testkit.portal.StubPortal;

/**
 * A one-stop desk (bộ phận một cửa) from a citizen's sign-in to the result returned: sign in at
 * VNeID level 2, build and validate a dossier bound to the verified identity, issue its code, due
 * date and signed receipt, submit it durably through the outbox, process it through the status
 * machine, and look it up at the portal.
 *
 * <p>Each run prints a step-by-step trace in which personal data is masked. With the defaults it
 * runs against the embedded stub identity provider and stub portal; {@link DeskConfig} points
 * either side at a real endpoint. Not thread-safe: one run at a time.
 */
public final class OneStopDesk {
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  /** The official who handles the dossier at the desk: synthetic, and masked in the trace. */
  static final Actor OFFICER =
      new Actor("Lê Thị Hạnh", "Công chức tiếp nhận và trả kết quả", "Bộ phận một cửa");

  private static final List<DossierStatus> DESK_STEPS =
      List.of(
          DossierStatus.ACCEPTED,
          DossierStatus.IN_PROCESS,
          DossierStatus.RESULT_READY,
          DossierStatus.RETURNED);

  private static final Map<DossierStatus, String> STEP_NOTES =
      Map.of(
          DossierStatus.ACCEPTED, "Tiếp nhận hồ sơ trực tuyến",
          DossierStatus.IN_PROCESS, "Chuyển xử lý",
          DossierStatus.RESULT_READY, "Đã có kết quả",
          DossierStatus.RETURNED, "Trả kết quả cho người nộp");

  /** Where the desk's document store would serve the files: a placeholder for the example. */
  static final String DOCUMENT_STORE = "https://files.example.vn/one-stop-desk/";

  private final DeskConfig config;
  private final BufferedReader input;
  private final PrintStream out;
  private final Trace trace;
  private final Clock clock;

  /**
   * Creates a desk.
   *
   * @param config the configuration
   * @param in where the callback URL is read from in real sign-in mode
   * @param out where the trace goes
   */
  public OneStopDesk(DeskConfig config, InputStream in, PrintStream out) {
    this.config = Objects.requireNonNull(config, "config");
    this.input =
        new BufferedReader(
            new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
    this.out = Objects.requireNonNull(out, "out");
    this.trace = new Trace(out);
    this.clock = Clock.systemUTC();
  }

  /**
   * What a run achieved.
   *
   * @param dossierCode the dossier's code
   * @param finalStatus its status at the end (result returned)
   * @param entriesDelivered how many outbox entries of this run were delivered
   * @param matches whether the portal's record matched the desk's
   */
  public record Outcome(
      DossierCode dossierCode, DossierStatus finalStatus, int entriesDelivered, boolean matches) {}

  /**
   * Runs the desk from sign-in to the portal lookup, printing the trace.
   *
   * @throws MotcuaException when a step fails; its message holds no personal data
   * @throws InterruptedException when interrupted while waiting for delivery
   */
  public Outcome run() throws InterruptedException {
    trace.text("motcua " + Motcua.version() + " · one-stop desk (bộ phận một cửa)");
    trace.text("Personal data is masked in this output.");
    try (Closer closer = new Closer()) {
      printConfiguration();

      // 1. The embedded stubs, unless real endpoints are configured.
      StubIdentityProvider idp = null;
      StubPortal portal = null;
      if (config.stubIdentityProvider() || config.stubPortal()) {
        trace.step("Start the embedded stubs (random ports, synthetic data)");
        if (config.stubIdentityProvider()) {
          idp = closer.add(StubIdentityProvider.builder().build().start());
          trace.line("identity", "stub OpenID Connect provider at " + idp.issuer());
        }
        if (config.stubPortal()) {
          portal = closer.add(StubPortal.builder().build().start());
          trace.line("portal", "stub DVCQG adapter at " + portal.dvcqgBaseUrl());
        }
      }

      // 2. Sign the citizen in.
      CitizenIdentity citizen = signIn(idp, closer);

      // 3. The dossier: code, due date, documents, validation bound to the identity.
      JdbcConnectionPool pool = openCounter();
      closer.add(pool::dispose);
      Dossier dossier = buildDossier(citizen, JdbcDossierCodeIssuer.create(pool));

      // 4. The receipt.
      issueReceipt(dossier);

      // 5. The outbox and the dispatcher.
      trace.step("Submit durably through the outbox (DongBoHoSoMC)");
      Path database = config.dataDir().resolve("outbox");
      // Delivery is awaited on the outbox's events: a refusal is reported at once.
      DeliveryWaiter deliveries = new DeliveryWaiter();
      Outbox outbox = closer.add(Outbox.embeddedBuilder(database).listener(deliveries).build());
      trace.line("outbox", database + ".mv.db (H2 file)");
      long earlier = outbox.depth();
      if (earlier > 0) {
        trace.line(
            "earlier runs", earlier + " entries still pending; the dispatcher sends them too");
      }
      DvcqgClient client = closer.add(portalClient(portal));
      Dispatcher dispatcher =
          Dispatcher.builder(outbox, client)
              .threads(1)
              .pollInterval(Duration.ofMillis(200))
              .build();
      OutboxEntry submitted = outbox.submit(dossier);
      trace.line("recorded", describe(submitted) + ", committed before the portal is called");
      dispatcher.start();
      closer.add(() -> dispatcher.stop(Duration.ofSeconds(10)));
      int delivered = 0;
      trace.line("delivered", describe(deliveries.await(submitted, config.deliveryTimeout())));
      delivered++;

      // 6. The desk works on the dossier: each change a step through the outbox.
      trace.step("Process at the desk: status machine, each step through the outbox");
      trace.line("officer", Mask.name(OFFICER.name()) + ", " + OFFICER.title());
      DossierLifecycle lifecycle = DossierLifecycle.standard();
      Dossier current = dossier;
      for (DossierStatus to : DESK_STEPS) {
        current = lifecycle.transition(current, to, OFFICER, STEP_NOTES.get(to));
        ProcessingStep step = current.steps().get(current.steps().size() - 1);
        OutboxEntry entry = outbox.submitProgress(current.code(), List.of(step));
        OutboxEntry done = deliveries.await(entry, config.deliveryTimeout());
        delivered++;
        trace.line(
            to.code() + " " + to.name(),
            "CapNhatTienDoHoSoMC " + done.state() + " (entry #" + done.id() + ")");
      }
      OutboxEntry update = deliveries.await(outbox.submit(current), config.deliveryTimeout());
      delivered++;
      trace.line("final record", "DongBoHoSoMC update " + describe(update));
      current.returnedAt().ifPresent(returned -> trace.line("returned at", Trace.time(returned)));

      // 7. The portal's view.
      boolean matches = lookUp(client, current, portal);

      trace.text("");
      trace.text(
          "Done: dossier "
              + current.code().value()
              + " is "
              + current.status().code()
              + " "
              + current.status()
              + " (result returned); "
              + delivered
              + " outbox entries delivered.");
      return new Outcome(current.code(), current.status(), delivered, matches);
    }
  }

  private void printConfiguration() {
    trace.text("");
    trace.text(
        "Configuration"
            + config
                .file()
                .map(f -> " (file " + f + ", environment over file over defaults)")
                .orElse(" (environment over defaults)"));
    trace.line(
        "identity",
        config
            .issuer()
            .map(i -> "real provider " + i + source(Setting.IDP_ISSUER))
            .orElse("embedded stub, persona " + config.persona() + source(Setting.PERSONA)));
    trace.line(
        "portal",
        config
            .portalUrl()
            .map(u -> "real adapter " + u + source(Setting.PORTAL_URL))
            .orElse("embedded stub"));
    trace.line(
        "agency",
        config.agencyCode().value() + " " + config.agencyName() + source(Setting.AGENCY_CODE));
    trace.line("procedure", config.procedure().code().value() + source(Setting.PROCEDURE_CODE));
    trace.line("data dir", config.dataDir() + source(Setting.DATA_DIR));
  }

  private String source(Setting setting) {
    return config
        .source(setting)
        .map(
            s ->
                switch (s) {
                  case DEFAULT -> " [default]";
                  case FILE -> " [file: " + setting.key() + "]";
                  case ENVIRONMENT -> " [env: " + setting.environmentVariable() + "]";
                })
        .orElse("");
  }

  private CitizenIdentity signIn(StubIdentityProvider idp, Closer closer) {
    trace.step("Sign the citizen in: OpenID Connect, authorization code + PKCE, VNeID level 2");
    String issuer;
    String secret;
    if (idp != null) {
      issuer = idp.issuer().toString();
      secret = randomSecret();
      idp.registerClient(
          StubClient.builder(config.clientId())
              .secret(secret)
              .redirectUri(config.redirectUri())
              .idTokenAlgorithm(SigningAlgorithm.ES256)
              .build());
      trace.line("client", config.clientId() + " registered at the stub (secret not shown)");
    } else {
      issuer = config.issuer().orElseThrow();
      secret = config.clientSecret().orElseThrow();
    }
    RelyingParty relyingParty =
        closer.add(
            RelyingParty.builder()
                .issuer(issuer)
                .clientId(config.clientId())
                .clientAuthentication(ClientAuthentication.clientSecretBasic(secret))
                .redirectUri(config.redirectUri())
                .requiredAssurance(AssuranceLevel.VNEID_LEVEL_2)
                .build());
    AuthorizationRequest request = relyingParty.beginLogin();
    URI callback;
    if (idp != null) {
      trace.line(
          "step 1",
          "authorization request to "
              + withoutQuery(request.url())
              + " (state, nonce, S256 code challenge)");
      try (StubLogin browser = StubLogin.create()) {
        callback = browser.callback(request.url(), config.persona());
      }
      trace.line("browser", "played by StubLogin: persona " + config.persona() + " signs in");
    } else {
      callback = askForCallback(request.url());
    }
    LoginResult result = relyingParty.complete(request.transaction(), callback);
    CitizenIdentity citizen = result.identity();
    trace.line(
        "step 2",
        "code redeemed with the PKCE verifier; ID token and userinfo verified (tokens not shown)");
    trace.line(
        "citizen",
        citizen.fullName().map(Mask::name).orElse("(no name)")
            + ", ID "
            + citizen.personalIdNumber().map(id -> Mask.idNumber(id.value())).orElse("(none)"));
    trace.line(
        "contact",
        "phone "
            + citizen.phoneNumber().map(Mask::phone).orElse("-")
            + ", e-mail "
            + citizen.email().map(Mask::email).orElse("-")
            + ", address "
            + citizen.address().map(Mask::text).orElse("-")
            + ", birth date "
            + (citizen.birthDate().isPresent() ? "present (not shown)" : "-"));
    trace.line(
        "assurance",
        citizen.assuranceLevel()
            + (citizen.assuranceLevel().isAtLeast(AssuranceLevel.VNEID_LEVEL_2)
                ? " = VNeID level 2"
                : ""));
    return citizen;
  }

  private URI askForCallback(URI authorizationUrl) {
    out.println();
    out.println("    Open this URL in a browser and sign in with VNeID level 2:");
    out.println();
    out.println("    " + authorizationUrl);
    out.println();
    out.println("    The provider then sends the browser to " + config.redirectUri() + "?code=…");
    out.println("    Copy that whole address from the browser's address bar and paste it here:");
    out.flush();
    String line;
    try {
      line = input.readLine();
    } catch (IOException e) {
      throw new MotcuaException("desk.login.no_callback", "The callback URL could not be read", e);
    }
    if (line == null || line.isBlank()) {
      throw new MotcuaException(
          "desk.login.no_callback",
          "No callback URL was given; run again and paste the address the browser was sent to");
    }
    URI callback;
    try {
      callback = URI.create(line.strip());
    } catch (IllegalArgumentException e) {
      throw new MotcuaException(
          "desk.login.bad_callback",
          "The pasted text is not a URL; paste the whole address the browser was sent to");
    }
    trace.line("callback", "received (code not shown)");
    return callback;
  }

  private JdbcConnectionPool openCounter() {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new MotcuaException(
          "desk.data_dir.unusable", "The data directory cannot be created: " + config.dataDir(), e);
    }
    String url = "jdbc:h2:file:" + config.dataDir().resolve("dossier-codes").toAbsolutePath();
    return JdbcConnectionPool.create(url, "sa", "");
  }

  private Dossier buildDossier(CitizenIdentity citizen, DossierCodeIssuer codes) {
    trace.step("Build and validate the dossier, bound to the verified identity");
    ProcedureDefinition procedure = config.procedure();
    ChannelOffer offer = channelOffer(procedure);
    trace.line(
        "procedure",
        procedure.code().value()
            + " "
            + procedure.name()
            + " (sample catalogue: not verified against the national database)");

    OffsetDateTime receivedAt =
        OffsetDateTime.now(clock).withOffsetSameInstant(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
    DossierCode code = codes.next(config.agencyCode(), receivedAt.toInstant());
    trace.line("dossier code", code.value() + " (counter in " + config.dataDir() + ")");

    WorkingCalendar calendar = WorkingCalendar.standard();
    ZonedDateTime received = receivedAt.atZoneSameInstant(WorkingCalendar.ZONE);
    OffsetDateTime dueAt = dueAt(calendar, received, offer.time()).toOffsetDateTime();
    trace.line("received", Trace.time(receivedAt) + ", " + offer.channel() + " channel");
    trace.line(
        "due",
        Trace.time(dueAt)
            + ": "
            + describe(offer.time())
            + " counted from the receipt day "
            + calendar.receiptDay(received)
            + " (working-day calendar, holidays included)");

    Dossier.Builder dossier =
        Dossier.builder()
            .code(code)
            .procedure(ProcedureRef.of(procedure.code(), procedure.name(), procedure.sector()))
            .agency(Agency.of(config.agencyCode(), config.agencyName()))
            .applicant(applicant(citizen))
            .channel(offer.channel())
            .status(DossierStatus.SUBMITTED)
            .receivedAt(receivedAt)
            .dueAt(dueAt)
            .summary(procedure.name());
    for (ComponentDefinition component : procedure.components()) {
      if (component.required()) {
        Document document = sampleDocument(code, component);
        dossier.addDocument(document);
        trace.line(
            "document",
            component.code()
                + " "
                + document.name()
                + " ("
                + document.size().orElse(0L)
                + " bytes, sha-256 "
                + document.sha256().orElse("").substring(0, 12)
                + "…)");
      }
    }
    for (FeeItem item : offer.fees()) {
      if (item.amount() != null) {
        dossier.addFee(
            Fee.builder()
                .kind(item.kind() == null ? FeeKind.FEE : item.kind())
                .code(item.code())
                .name(item.name())
                .amount(item.amount())
                .build());
        trace.line("fee", item.code() + " " + item.amount() + " VND");
      }
    }
    Dossier built = dossier.build();

    DossierValidator validator =
        DossierValidator.builder().catalogue(ProcedureCatalogue.sample()).build();
    ValidationReport report = validator.validate(built, citizen);
    if (!report.isValid()) {
      for (String message : report.messages(Locale.ENGLISH)) {
        trace.line("problem", message);
      }
      throw new InvalidInputException("dossier.invalid", report);
    }
    trace.line(
        "validation",
        "valid: fields, procedure "
            + procedure.code().value()
            + ", applicant = signed-in citizen, assurance "
            + citizen.assuranceLevel()
            + procedure.requiredAssurance().map(r -> " ≥ required " + r).orElse(""));
    return built;
  }

  private void issueReceipt(Dossier dossier) {
    trace.step("Issue the receipt (giấy tiếp nhận và hẹn trả kết quả), signed ES256 for a QR code");
    Receipt receipt = Receipt.of(dossier);
    ReceiptSigner signer;
    ReceiptVerifier verifier;
    Optional<String> configured = config.receiptKeyJwk();
    try {
      if (configured.isPresent()) {
        ECKey key = ECKey.parse(configured.get());
        signer = ReceiptSigner.fromJwk(configured.get());
        verifier = ReceiptVerifier.of(key.getKeyID(), key.toECPublicKey());
        trace.line("agency key", "kid " + key.getKeyID() + source(Setting.RECEIPT_KEY_FILE));
      } else {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        String kid = "desk-" + dossier.code().value();
        signer = ReceiptSigner.es256(kid, (ECPrivateKey) pair.getPrivate());
        verifier = ReceiptVerifier.of(kid, (ECPublicKey) pair.getPublic());
        trace.line("agency key", "kid " + kid + " (made for this run; set receipt.key-file)");
      }
    } catch (ParseException | JOSEException | GeneralSecurityException e) {
      throw new MotcuaException("desk.receipt.key", "The receipt key cannot be used", e);
    }
    trace.line(
        "receipt",
        receipt.dossierCode().value()
            + " for "
            + Mask.name(receipt.applicantName())
            + ", "
            + receipt.documentCount()
            + " documents, fees "
            + receipt.feeTotal()
            + " VND, due "
            + receipt.due().map(Trace::time).orElse("-"));
    String qr = signer.sign(receipt);
    trace.line("signed", qr.length() + " characters: " + qr.substring(0, 20) + "…");
    VerifiedReceipt checked = verifier.verify(qr);
    trace.line(
        "verified",
        "offline with the agency's public key: "
            + checked.dossierCode().value()
            + ", applicant "
            + checked.maskedApplicantName()
            + ", "
            + checked.documentCount()
            + " documents");
  }

  private DvcqgClient portalClient(StubPortal portal) {
    DvcqgClient.Builder builder = DvcqgClient.builder().agencyCode(config.agencyCode().value());
    if (portal != null) {
      return builder
          .baseUrl(portal.dvcqgBaseUrl())
          .username(portal.username())
          .password(portal.password())
          .build();
    }
    builder
        .baseUrl(config.portalUrl().orElseThrow())
        .username(config.value(Setting.PORTAL_USER).orElseThrow())
        .password(config.value(Setting.PORTAL_PASSWORD).orElseThrow());
    config.value(Setting.PORTAL_DSTCODE).ifPresent(builder::dstcode);
    return builder.build();
  }

  private boolean lookUp(DvcqgClient client, Dossier dossier, StubPortal portal) {
    trace.step("Look the dossier up at the portal (TraCuuHoSo) and compare");
    PortalDossier found =
        client
            .lookup(dossier.code())
            .orElseThrow(
                () ->
                    new MotcuaException(
                        "desk.lookup.not_found",
                        "The portal does not know dossier " + dossier.code().value()));
    PortalDossier expected = DvcqgMapping.defaults().toPortal(dossier);
    Map<String, Boolean> fields = new LinkedHashMap<>();
    fields.put("MaHoSo", Objects.equals(found.dossierCode(), expected.dossierCode()));
    fields.put("MaTTHC", Objects.equals(found.procedureCode(), expected.procedureCode()));
    fields.put("TrangThaiHoSo", Objects.equals(found.status(), expected.status()));
    fields.put("NgayTiepNhan", Objects.equals(found.receivedAt(), expected.receivedAt()));
    fields.put("NgayHenTra", Objects.equals(found.dueAt(), expected.dueAt()));
    fields.put("NgayTra", Objects.equals(found.returnedAt(), expected.returnedAt()));
    fields.put("ChuHoSo", Objects.equals(found.ownerName(), expected.ownerName()));
    fields.put("MaDoiTuong", Objects.equals(found.ownerId(), expected.ownerId()));
    boolean all = fields.values().stream().allMatch(Boolean::booleanValue);
    trace.line(
        "found",
        found.dossierCode()
            + ", status "
            + found.status()
            + DossierStatus.fromCode(parseOrZero(found.status()))
                .map(s -> " " + s.name())
                .orElse("")
            + ", due "
            + found.dueAt()
            + ", returned "
            + found.returnedAt());
    trace.line(
        "owner",
        Mask.name(found.ownerName()) + ", ID " + Mask.idNumber(found.ownerId()) + " (masked)");
    List<String> differing = new ArrayList<>();
    fields.forEach(
        (field, same) -> {
          if (!same) {
            differing.add(field);
          }
        });
    trace.line(
        "compared",
        String.join(", ", fields.keySet())
            + (all ? ": all match the desk's record" : ": DIFFERENT " + differing));
    if (portal != null) {
      trace.line(
          "stub portal",
          portal.steps(dossier.code().value()).size()
              + " progress steps recorded, "
              + portal.versions(dossier.code().value()).size()
              + " versions of the record, "
              + portal.duplicatesSuppressed()
              + " duplicates suppressed");
    }
    if (!all) {
      throw new MotcuaException(
          "desk.lookup.mismatch", "The portal's record differs in " + differing);
    }
    return all;
  }

  private static int parseOrZero(String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static ChannelOffer channelOffer(ProcedureDefinition procedure) {
    return procedure.channels().stream()
        .filter(c -> c.channel() == Channel.ONLINE)
        .findFirst()
        .orElse(procedure.channels().get(0));
  }

  private static ZonedDateTime dueAt(
      WorkingCalendar calendar, ZonedDateTime received, ProcessingTime time) {
    return switch (time.unit()) {
      case WORKING_DAYS -> calendar.addWorkingDays(received, time.amount().intValueExact());
      case WORKING_HOURS ->
          calendar.addWorkingTime(
              received, Duration.ofMinutes(time.amount().multiply(BIG_60).longValueExact()));
      case DAYS -> received.plusDays(time.amount().longValueExact());
    };
  }

  private static final java.math.BigDecimal BIG_60 = java.math.BigDecimal.valueOf(60);

  private static String describe(ProcessingTime time) {
    String unit = time.unit().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String amount = time.amount().stripTrailingZeros().toPlainString();
    return amount + " " + (amount.equals("1") ? unit.substring(0, unit.length() - 1) : unit);
  }

  private static String describe(OutboxEntry entry) {
    return "entry #"
        + entry.id()
        + " "
        + entry.kind()
        + " "
        + entry.state()
        + (entry.attempts() > 0 ? " after " + entry.attempts() + " attempt(s)" : "")
        + ", key …/"
        + keyTail(entry.idempotencyKey());
  }

  private static String keyTail(String key) {
    String[] parts = key.split("/");
    String digest = parts[parts.length - 1];
    return (parts.length > 1 ? parts[parts.length - 2] + "/" : "")
        + digest.substring(0, Math.min(12, digest.length()))
        + "…";
  }

  private static Applicant applicant(CitizenIdentity citizen) {
    return Applicant.builder()
        .kind(ApplicantKind.CITIZEN)
        .fullName(citizen.fullName().orElse(""))
        .personalId(citizen.personalIdNumber().orElse(null))
        .legacyIdCard(citizen.legacyIdCardNumber().orElse(null))
        .birthDate(citizen.birthDate().orElse(null))
        .sex(citizen.sex().orElse(null))
        .address(citizen.address().orElse(null))
        .phone(citizen.phoneNumber().orElse(null))
        .email(citizen.email().orElse(null))
        .build();
  }

  /** A small synthetic file for a component, referenced in the desk's own document store. */
  private static Document sampleDocument(DossierCode code, ComponentDefinition component) {
    String mediaType =
        component.mediaTypes().contains("application/pdf") || component.mediaTypes().isEmpty()
            ? "application/pdf"
            : component.mediaTypes().get(0);
    String name =
        component.code().toLowerCase(Locale.ROOT)
            + (mediaType.equals("application/pdf") ? ".pdf" : ".bin");
    byte[] content =
        ("%PDF-1.7\n% motcua one-stop desk sample: " + component.code() + " of " + code.value())
            .getBytes(StandardCharsets.UTF_8);
    return Document.builder()
        .id("tl-" + component.code().toLowerCase(Locale.ROOT))
        .componentCode(component.code())
        .name(name)
        .mediaType(mediaType)
        .size((long) content.length)
        .sha256(sha256(content))
        .url(URI.create(DOCUMENT_STORE + code.value() + "/" + name))
        .certifiedCopy(component.form().orElse(null) == ComponentForm.CERTIFIED_COPY)
        .build();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String withoutQuery(URI url) {
    String text = url.toString();
    int query = text.indexOf('?');
    return query < 0 ? text : text.substring(0, query);
  }
}
