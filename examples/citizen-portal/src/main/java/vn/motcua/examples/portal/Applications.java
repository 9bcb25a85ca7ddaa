package vn.motcua.examples.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
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
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.catalogue.ChannelOffer;
import vn.motcua.dossier.catalogue.ComponentDefinition;
import vn.motcua.dossier.catalogue.FeeItem;
import vn.motcua.dossier.catalogue.ProcedureDefinition;
import vn.motcua.dossier.catalogue.ProcessingTime;
import vn.motcua.dossier.code.DossierCodeIssuer;
import vn.motcua.dossier.outbox.Outbox;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.receipt.Receipt;
import vn.motcua.dossier.receipt.ReceiptSigner;
import vn.motcua.identity.CitizenIdentity;

/**
 * Turns a submitted form into a dossier: builds it from the verified identity and the uploads,
 * validates it with the SDK (procedure rules and identity binding), and when it is valid issues its
 * code, keeps the files, signs the receipt and submits it through the outbox.
 */
final class Applications {
  /** The form field of a component's upload: {@code doc-<component code>}. */
  static final String DOCUMENT_FIELD_PREFIX = "doc-";

  /** The checkbox saying a component's upload is a certified copy: {@code certified-<code>}. */
  static final String CERTIFIED_FIELD_PREFIX = "certified-";

  /** Where a problem without a form field of its own is shown: at the top of the form. */
  static final String GENERAL = "";

  private static final int MAX_TEXT = 2000;
  private static final int MAX_PHONE = 20;
  private static final int MAX_EMAIL = 254;
  private static final int MAX_FILE_NAME = 200;

  private final ProcedureDefinition procedure;
  private final ChannelOffer online;
  private final Agency agency;
  private final DossierValidator validator;
  private final WorkingCalendar calendar;
  private final DossierCodeIssuer codes;
  private final Outbox outbox;
  private final ReceiptSigner signer;
  private final Path files;
  private final URI filesBaseUrl;
  private final Clock clock;
  private final MessageSource messages;
  private final Map<String, Submission> submissions = new ConcurrentHashMap<>();

  Applications(
      ProcedureDefinition procedure,
      Agency agency,
      DossierValidator validator,
      WorkingCalendar calendar,
      DossierCodeIssuer codes,
      Outbox outbox,
      ReceiptSigner signer,
      Path files,
      URI filesBaseUrl,
      Clock clock) {
    this.procedure = procedure;
    this.online =
        procedure.channels().stream()
            .filter(c -> c.channel() == Channel.ONLINE)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the procedure is not offered online"));
    this.agency = agency;
    this.validator = validator;
    this.calendar = calendar;
    this.codes = codes;
    this.outbox = outbox;
    this.signer = signer;
    this.files = files;
    this.filesBaseUrl = filesBaseUrl;
    this.clock = clock;
    this.messages =
        MessageSource.bundle("vn.motcua.examples.portal.messages", getClass().getClassLoader())
            .orElse(
                MessageSource.bundle("vn.motcua.core.messages", Violation.class.getClassLoader()));
  }

  /** What the citizen typed and attached. */
  record Form(
      String summary,
      String phone,
      String email,
      Map<String, Upload> uploads,
      Set<String> certified) {
    /** An empty form. */
    static Form empty() {
      return new Form("", "", "", Map.of(), Set.of());
    }

    /** Reads the form's parts; unknown fields are ignored, an empty file input is no upload. */
    static Form of(List<Multipart.Part> parts) {
      String summary = "";
      String phone = "";
      String email = "";
      Map<String, Upload> uploads = new LinkedHashMap<>();
      Set<String> certified = new TreeSet<>();
      for (Multipart.Part part : parts) {
        switch (part.name()) {
          case "summary" -> summary = clean(part.text(), MAX_TEXT);
          case "phone" -> phone = clean(part.text(), MAX_PHONE);
          case "email" -> email = clean(part.text(), MAX_EMAIL);
          default -> {
            if (part.name().startsWith(CERTIFIED_FIELD_PREFIX)
                && part.filename().isEmpty()
                && part.text().equals("yes")) {
              certified.add(part.name().substring(CERTIFIED_FIELD_PREFIX.length()));
            } else if (part.name().startsWith(DOCUMENT_FIELD_PREFIX)
                && part.filename().isPresent()
                && !part.filename().get().isEmpty()
                && part.content().length > 0) {
              uploads.put(
                  part.name().substring(DOCUMENT_FIELD_PREFIX.length()),
                  new Upload(fileName(part.filename().get()), part.content()));
            }
          }
        }
      }
      return new Form(summary, phone, email, Map.copyOf(uploads), Set.copyOf(certified));
    }
  }

  /** An uploaded file: its cleaned name and content. */
  record Upload(String name, byte[] content) {}

  /** A submitted dossier, its signed receipt and who submitted it. */
  record Submission(
      String owner, Dossier dossier, Receipt receipt, String signedReceipt, long outboxEntryId) {}

  /** The outcome of a form: the submission, or the problems by form field. */
  record Outcome(@Nullable Submission submission, Map<String, List<Violation>> problemsByField) {
    boolean accepted() {
      return submission != null;
    }
  }

  ProcedureDefinition procedure() {
    return procedure;
  }

  Agency agency() {
    return agency;
  }

  MessageSource messages() {
    return messages;
  }

  /** Returns the submission with this code if {@code owner} submitted it. */
  Optional<Submission> find(String code, String owner) {
    Submission s = submissions.get(code);
    return s != null && s.owner().equals(owner) ? Optional.of(s) : Optional.empty();
  }

  /** Returns the codes of the dossiers {@code owner} submitted, newest first. */
  List<Submission> of(String owner) {
    List<Submission> mine = new ArrayList<>();
    for (Submission s : submissions.values()) {
      if (s.owner().equals(owner)) {
        mine.add(s);
      }
    }
    mine.sort((a, b) -> b.dossier().receivedAt().compareTo(a.dossier().receivedAt()));
    return mine;
  }

  /** Returns the outbox entries of a dossier. */
  List<OutboxEntry> deliveries(DossierCode code) {
    return outbox.entries(code);
  }

  /** Validates the form against the identity and, when valid, submits it. */
  Outcome submit(Form form, CitizenIdentity identity) {
    Instant now = clock.instant();
    OffsetDateTime received = now.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
    List<String> documentComponents = new ArrayList<>();
    Dossier draft =
        build(
            form,
            identity,
            DossierCode.of(agency.code(), received.toLocalDate(), 1), // provisional
            received,
            documentComponents);

    ValidationReport report = validator.validate(draft, identity).and(ownChecks(form));
    if (!report.isValid()) {
      return new Outcome(null, byField(report, documentComponents));
    }

    Dossier dossier = draft.toBuilder().code(codes.next(agency.code(), now)).build();
    storeFiles(form);
    Receipt receipt = Receipt.of(dossier);
    String signed = signer.sign(receipt);
    OutboxEntry entry = outbox.submit(dossier);
    Submission submission = new Submission(owner(identity), dossier, receipt, signed, entry.id());
    submissions.put(dossier.code().value(), submission);
    return new Outcome(submission, Map.of());
  }

  /** The key dossiers are kept under: the provider's issuer and the citizen's subject. */
  static String owner(CitizenIdentity identity) {
    return identity.issuer() + " " + identity.subject();
  }

  private Dossier build(
      Form form,
      CitizenIdentity identity,
      DossierCode code,
      OffsetDateTime received,
      List<String> documentComponents) {
    Applicant applicant =
        Applicant.builder()
            .kind(ApplicantKind.CITIZEN)
            .fullName(identity.fullName().orElse(""))
            .personalId(identity.personalIdNumber().orElse(null))
            .legacyIdCard(identity.legacyIdCardNumber().orElse(null))
            .birthDate(identity.birthDate().orElse(null))
            .sex(identity.sex().orElse(null))
            .address(identity.address().orElse(null))
            .phone(form.phone().isEmpty() ? null : form.phone())
            .email(form.email().isEmpty() ? null : form.email())
            .build();
    Dossier.Builder dossier =
        Dossier.builder()
            .code(code)
            .procedure(ProcedureRef.of(procedure.code(), procedure.name(), procedure.sector()))
            .agency(agency)
            .applicant(applicant)
            .channel(Channel.ONLINE)
            .status(DossierStatus.SUBMITTED)
            .receivedAt(received)
            .dueAt(dueAt(received, online.time()))
            .summary(form.summary().isEmpty() ? null : form.summary());
    int n = 0;
    for (ComponentDefinition component : procedure.components()) {
      Upload upload = form.uploads().get(component.code());
      if (upload == null) {
        continue;
      }
      String sha256 = sha256(upload.content());
      dossier.addDocument(
          Document.builder()
              .id("tl-" + ++n)
              .componentCode(component.code())
              .name(upload.name())
              .mediaType(MediaTypes.detect(upload.content()))
              .size((long) upload.content().length)
              .sha256(sha256)
              .contentRef("sha256:" + sha256)
              .url(filesBaseUrl.resolve(sha256))
              .certifiedCopy(form.certified().contains(component.code()))
              .build());
      documentComponents.add(component.code());
    }
    for (FeeItem item : online.fees()) {
      if (item.amount() != null && item.amount() > 0) {
        dossier.addFee(
            Fee.builder()
                .kind(item.kind() == null ? FeeKind.CHARGE : item.kind())
                .code(item.code())
                .name(item.name())
                .amount(item.amount())
                .build());
      }
    }
    return dossier.build();
  }

  /** The due date: the online channel's processing time counted by the working calendar. */
  private @Nullable OffsetDateTime dueAt(OffsetDateTime received, ProcessingTime time) {
    ZonedDateTime at = received.atZoneSameInstant(WorkingCalendar.ZONE);
    ZonedDateTime due =
        switch (time.unit()) {
          case WORKING_DAYS -> calendar.addWorkingDays(at, time.amount().intValueExact());
          case WORKING_HOURS ->
              calendar.addWorkingTime(
                  at,
                  Duration.ofMinutes(time.amount().multiply(BigDecimal.valueOf(60)).longValue()));
          case DAYS -> at.plusDays(time.amount().longValue());
        };
    return due.toOffsetDateTime();
  }

  /** What this form asks beyond the SDK's rules: a phone number to reach the citizen. */
  private ValidationReport ownChecks(Form form) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (form.phone().isBlank()) {
      report.add("/applicant/phone", "portal.phone.required", Map.of(), messages);
    }
    if (form.summary().isBlank()) {
      report.add("/summary", "portal.summary.required", Map.of(), messages);
    }
    return report.build();
  }

  /**
   * Sorts the problems by the form field they belong to: the applicant's phone and e-mail, the
   * summary, a component's upload (a missing component names it, a document's problem is its
   * component's), or {@link #GENERAL}.
   */
  static Map<String, List<Violation>> byField(
      ValidationReport report, List<String> documentComponents) {
    Map<String, List<Violation>> out = new LinkedHashMap<>();
    for (Violation v : report.violations()) {
      out.computeIfAbsent(field(v, documentComponents), k -> new ArrayList<>()).add(v);
    }
    return out;
  }

  private static String field(Violation v, List<String> documentComponents) {
    String path = v.path();
    if (path.equals("/applicant/phone")) {
      return "phone";
    }
    if (path.equals("/applicant/email")) {
      return "email";
    }
    if (path.equals("/summary")) {
      return "summary";
    }
    if (path.equals("/documents") && v.args().get("component") != null) {
      return DOCUMENT_FIELD_PREFIX + v.args().get("component");
    }
    if (path.startsWith("/documents/")) {
      String rest = path.substring("/documents/".length());
      int slash = rest.indexOf('/');
      String index = slash < 0 ? rest : rest.substring(0, slash);
      try {
        int i = Integer.parseInt(index);
        if (i >= 0 && i < documentComponents.size()) {
          return DOCUMENT_FIELD_PREFIX + documentComponents.get(i);
        }
      } catch (NumberFormatException e) {
        return GENERAL;
      }
    }
    return GENERAL;
  }

  private void storeFiles(Form form) {
    try {
      Files.createDirectories(files);
      for (Upload upload : form.uploads().values()) {
        Path target = files.resolve(sha256(upload.content()));
        if (!Files.exists(target)) {
          Path temp = Files.createTempFile(files, "upload-", ".part");
          Files.write(temp, upload.content());
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the uploaded files could not be stored", e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  /** Trims text, drops control characters other than line breaks, and bounds its length. */
  static String clean(String text, int max) {
    StringBuilder out = new StringBuilder();
    text.strip()
        .codePoints()
        .filter(c -> c == '\n' || !Character.isISOControl(c))
        .limit(max)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * A file name as the browser sent it, reduced to its last path segment, without control or
   * reserved characters, at most 200 characters; {@code tep-dinh-kem} when nothing is left.
   */
  static String fileName(String raw) {
    String name = raw.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0)
        .limit(MAX_FILE_NAME)
        .forEach(out::appendCodePoint);
    String cleaned = out.toString().strip();
    return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")
        ? "tep-dinh-kem"
        : cleaned;
  }

  /** For logs: the procedure and how many dossiers are held; never their content. */
  @Override
  public String toString() {
    return "Applications[procedure="
        + procedure.code()
        + ", submissions="
        + submissions.size()
        + "]";
  }
}
