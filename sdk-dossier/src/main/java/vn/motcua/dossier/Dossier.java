package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;
import vn.motcua.dossier.internal.model.SchemaVersions;

/**
 * An administrative dossier (hồ sơ thủ tục hành chính): the unit of every transaction between an
 * applicant and an agency. It names the procedure, the receiving agency, the applicant (and a
 * representative, if any), the channel, the dates, the status, and carries the submitted documents,
 * the fees, supplement requests, results and processing steps.
 *
 * <p>Building checks only that the required properties are present; {@link DossierValidator} checks
 * everything else and reports every problem at once. Read and write the canonical JSON with {@link
 * DossierJson}. Times are {@link OffsetDateTime}s kept with the offset they were given; money is
 * whole VND in a {@code long}; the status is a {@link DossierStatus}.
 *
 * <p>Immutable and thread-safe. It holds personal data: {@link #toString()} shows only the code,
 * procedure, status, channel and counts.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({
  "schemaVersion",
  "code",
  "procedure",
  "agency",
  "applicant",
  "representative",
  "channel",
  "status",
  "receivedAt",
  "dueAt",
  "finishedAt",
  "returnedAt",
  "receiptNumber",
  "summary",
  "note",
  "documents",
  "fees",
  "supplements",
  "results",
  "steps"
})
public final class Dossier {
  /**
   * The version of the canonical JSON this SDK writes. Readers accept any {@code 1.x}: minor
   * versions only add optional properties, which a lenient reader keeps as extensions.
   */
  public static final String SCHEMA_VERSION = "1.0";

  private static final Set<String> PROPERTIES =
      Set.of(
          "schemaVersion",
          "code",
          "procedure",
          "agency",
          "applicant",
          "representative",
          "channel",
          "status",
          "receivedAt",
          "dueAt",
          "finishedAt",
          "returnedAt",
          "receiptNumber",
          "summary",
          "note",
          "documents",
          "fees",
          "supplements",
          "results",
          "steps");

  @JsonProperty("code")
  private final DossierCode code;

  @Valid
  @JsonProperty("procedure")
  private final ProcedureRef procedure;

  @Valid
  @JsonProperty("agency")
  private final Agency agency;

  @Valid
  @JsonProperty("applicant")
  private final Applicant applicant;

  @Valid
  @JsonProperty("representative")
  private final @Nullable Representative representative;

  @JsonProperty("channel")
  private final Channel channel;

  @JsonProperty("status")
  private final DossierStatus status;

  @JsonProperty("receivedAt")
  private final OffsetDateTime receivedAt;

  @JsonProperty("dueAt")
  private final @Nullable OffsetDateTime dueAt;

  @JsonProperty("finishedAt")
  private final @Nullable OffsetDateTime finishedAt;

  @JsonProperty("returnedAt")
  private final @Nullable OffsetDateTime returnedAt;

  @Size(max = 100)
  @JsonProperty("receiptNumber")
  private final @Nullable String receiptNumber;

  @Size(max = 2000)
  @JsonProperty("summary")
  private final @Nullable String summary;

  @Size(max = 2000)
  @JsonProperty("note")
  private final @Nullable String note;

  @Size(max = 500)
  @JsonProperty("documents")
  private final List<@Valid Document> documents;

  @Size(max = 100)
  @JsonProperty("fees")
  private final List<@Valid Fee> fees;

  @Size(max = 100)
  @JsonProperty("supplements")
  private final List<@Valid SupplementRequest> supplements;

  @Size(max = 100)
  @JsonProperty("results")
  private final List<@Valid Result> results;

  @Size(max = 1000)
  @JsonProperty("steps")
  private final List<@Valid ProcessingStep> steps;

  private final Map<String, JsonNode> extensions;

  private Dossier(Builder b) {
    this.code = Objects.requireNonNull(b.code);
    this.procedure = Objects.requireNonNull(b.procedure);
    this.agency = Objects.requireNonNull(b.agency);
    this.applicant = Objects.requireNonNull(b.applicant);
    this.representative = b.representative;
    this.channel = Objects.requireNonNull(b.channel);
    this.status = Objects.requireNonNull(b.status);
    this.receivedAt = Objects.requireNonNull(b.receivedAt);
    this.dueAt = b.dueAt;
    this.finishedAt = b.finishedAt;
    this.returnedAt = b.returnedAt;
    this.receiptNumber = b.receiptNumber;
    this.summary = b.summary;
    this.note = b.note;
    this.documents = List.copyOf(b.documents);
    this.fees = List.copyOf(b.fees);
    this.supplements = List.copyOf(b.supplements);
    this.results = List.copyOf(b.results);
    this.steps = List.copyOf(b.steps);
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.code = code;
    b.procedure = procedure;
    b.agency = agency;
    b.applicant = applicant;
    b.representative = representative;
    b.channel = channel;
    b.status = status;
    b.receivedAt = receivedAt;
    b.dueAt = dueAt;
    b.finishedAt = finishedAt;
    b.returnedAt = returnedAt;
    b.receiptNumber = receiptNumber;
    b.summary = summary;
    b.note = note;
    b.documents.addAll(documents);
    b.fees.addAll(fees);
    b.supplements.addAll(supplements);
    b.results.addAll(results);
    b.steps.addAll(steps);
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static Dossier fromJson(
      @JsonProperty("schemaVersion") @Nullable String schemaVersion,
      @JsonProperty("code") @Nullable DossierCode code,
      @JsonProperty("procedure") @Nullable ProcedureRef procedure,
      @JsonProperty("agency") @Nullable Agency agency,
      @JsonProperty("applicant") @Nullable Applicant applicant,
      @JsonProperty("representative") @Nullable Representative representative,
      @JsonProperty("channel") @Nullable Channel channel,
      @JsonProperty("status") @Nullable DossierStatus status,
      @JsonProperty("receivedAt") @Nullable OffsetDateTime receivedAt,
      @JsonProperty("dueAt") @Nullable OffsetDateTime dueAt,
      @JsonProperty("finishedAt") @Nullable OffsetDateTime finishedAt,
      @JsonProperty("returnedAt") @Nullable OffsetDateTime returnedAt,
      @JsonProperty("receiptNumber") @Nullable String receiptNumber,
      @JsonProperty("summary") @Nullable String summary,
      @JsonProperty("note") @Nullable String note,
      @JsonProperty("documents") @Nullable List<Document> documents,
      @JsonProperty("fees") @Nullable List<Fee> fees,
      @JsonProperty("supplements") @Nullable List<SupplementRequest> supplements,
      @JsonProperty("results") @Nullable List<Result> results,
      @JsonProperty("steps") @Nullable List<ProcessingStep> steps,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    SchemaVersions.check(schemaVersion);
    SchemaVersions.check(schemaVersion);
    Builder b = new Builder();
    b.code = code;
    b.procedure = procedure;
    b.agency = agency;
    b.applicant = applicant;
    b.representative = representative;
    b.channel = channel;
    b.status = status;
    b.receivedAt = receivedAt;
    b.dueAt = dueAt;
    b.finishedAt = finishedAt;
    b.returnedAt = returnedAt;
    b.receiptNumber = receiptNumber;
    b.summary = summary;
    b.note = note;
    if (documents != null) {
      b.documents.addAll(documents);
    }
    if (fees != null) {
      b.fees.addAll(fees);
    }
    if (supplements != null) {
      b.supplements.addAll(supplements);
    }
    if (results != null) {
      b.results.addAll(results);
    }
    if (steps != null) {
      b.steps.addAll(steps);
    }
    b.extensions = extensions;
    return b.build();
  }

  @JsonProperty("schemaVersion")
  private String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** Returns the dossier code ({@code MaHoSo}). */
  public DossierCode code() {
    return code;
  }

  /** Returns the procedure the dossier is for. */
  public ProcedureRef procedure() {
    return procedure;
  }

  /** Returns the receiving agency. */
  public Agency agency() {
    return agency;
  }

  /** Returns the applicant (chủ hồ sơ). */
  public Applicant applicant() {
    return applicant;
  }

  /** Returns the representative acting for the applicant. */
  public Optional<Representative> representative() {
    return Optional.ofNullable(representative);
  }

  /** Returns the channel the dossier was received through ({@code HinhThuc}). */
  public Channel channel() {
    return channel;
  }

  /** Returns the current status ({@code TrangThaiHoSo}). */
  public DossierStatus status() {
    return status;
  }

  /** Returns when the dossier was received ({@code NgayTiepNhan}). */
  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  /** Returns when the result is due ({@code NgayHenTra}). */
  public Optional<OffsetDateTime> dueAt() {
    return Optional.ofNullable(dueAt);
  }

  /** Returns when processing ended ({@code NgayKetThucXuLy}). */
  public Optional<OffsetDateTime> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  /** Returns when the result was returned ({@code NgayTra}). */
  public Optional<OffsetDateTime> returnedAt() {
    return Optional.ofNullable(returnedAt);
  }

  /** Returns the receipt number ({@code SoBienNhan}). */
  public Optional<String> receiptNumber() {
    return Optional.ofNullable(receiptNumber);
  }

  /** Returns the summary of the request ({@code TrichYeuHoSo}). */
  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  /** Returns a note ({@code GhiChu}). */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /** Returns the submitted documents. */
  public List<Document> documents() {
    return documents;
  }

  /** Returns the fee items. */
  public List<Fee> fees() {
    return fees;
  }

  /** Returns the supplement requests. */
  public List<SupplementRequest> supplements() {
    return supplements;
  }

  /** Returns the result documents. */
  public List<Result> results() {
    return results;
  }

  /** Returns the processing steps, oldest first. */
  public List<ProcessingStep> steps() {
    return steps;
  }

  /**
   * Returns the properties read leniently that this version does not know, kept so that writing the
   * object back loses nothing; empty for objects built in code. A copy: changing it changes nothing
   * here.
   */
  public Map<String, JsonNode> extensions() {
    return Extensions.exposed(extensions);
  }

  @JsonAnyGetter
  private Map<String, JsonNode> jsonExtensions() {
    return extensions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dossier other
        && code.equals(other.code)
        && procedure.equals(other.procedure)
        && agency.equals(other.agency)
        && applicant.equals(other.applicant)
        && Objects.equals(representative, other.representative)
        && channel.equals(other.channel)
        && status.equals(other.status)
        && receivedAt.equals(other.receivedAt)
        && Objects.equals(dueAt, other.dueAt)
        && Objects.equals(finishedAt, other.finishedAt)
        && Objects.equals(returnedAt, other.returnedAt)
        && Objects.equals(receiptNumber, other.receiptNumber)
        && Objects.equals(summary, other.summary)
        && Objects.equals(note, other.note)
        && documents.equals(other.documents)
        && fees.equals(other.fees)
        && supplements.equals(other.supplements)
        && results.equals(other.results)
        && steps.equals(other.steps)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code,
        procedure,
        agency,
        applicant,
        representative,
        channel,
        status,
        receivedAt,
        dueAt,
        finishedAt,
        returnedAt,
        receiptNumber,
        summary,
        note,
        documents,
        fees,
        supplements,
        results,
        steps,
        extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "Dossier["
        + code
        + ", procedure="
        + procedure.code()
        + ", "
        + status
        + ", "
        + channel
        + ", documents="
        + documents.size()
        + ", fees="
        + fees.size()
        + ", steps="
        + steps.size()
        + "]";
  }

  /** Builds a {@link Dossier}; not thread-safe. */
  public static final class Builder {
    private @Nullable DossierCode code;
    private @Nullable ProcedureRef procedure;
    private @Nullable Agency agency;
    private @Nullable Applicant applicant;
    private @Nullable Representative representative;
    private @Nullable Channel channel;
    private @Nullable DossierStatus status;
    private @Nullable OffsetDateTime receivedAt;
    private @Nullable OffsetDateTime dueAt;
    private @Nullable OffsetDateTime finishedAt;
    private @Nullable OffsetDateTime returnedAt;
    private @Nullable String receiptNumber;
    private @Nullable String summary;
    private @Nullable String note;
    private final List<Document> documents = new ArrayList<>();
    private final List<Fee> fees = new ArrayList<>();
    private final List<SupplementRequest> supplements = new ArrayList<>();
    private final List<Result> results = new ArrayList<>();
    private final List<ProcessingStep> steps = new ArrayList<>();
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets the dossier code ({@code MaHoSo}). Required. */
    public Builder code(DossierCode code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /** Sets the procedure the dossier is for. Required. */
    public Builder procedure(ProcedureRef procedure) {
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      return this;
    }

    /** Sets the receiving agency. Required. */
    public Builder agency(Agency agency) {
      this.agency = Objects.requireNonNull(agency, "agency");
      return this;
    }

    /** Sets the applicant (chủ hồ sơ). Required. */
    public Builder applicant(Applicant applicant) {
      this.applicant = Objects.requireNonNull(applicant, "applicant");
      return this;
    }

    /** Sets the representative acting for the applicant. {@code null} clears it. */
    public Builder representative(@Nullable Representative representative) {
      this.representative = representative;
      return this;
    }

    /** Sets the channel the dossier was received through ({@code HinhThuc}). Required. */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel");
      return this;
    }

    /** Sets the current status ({@code TrangThaiHoSo}). Required. */
    public Builder status(DossierStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /** Sets when the dossier was received ({@code NgayTiepNhan}). Required. */
    public Builder receivedAt(OffsetDateTime receivedAt) {
      this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
      return this;
    }

    /** Sets when the result is due ({@code NgayHenTra}). {@code null} clears it. */
    public Builder dueAt(@Nullable OffsetDateTime dueAt) {
      this.dueAt = dueAt;
      return this;
    }

    /** Sets when processing ended ({@code NgayKetThucXuLy}). {@code null} clears it. */
    public Builder finishedAt(@Nullable OffsetDateTime finishedAt) {
      this.finishedAt = finishedAt;
      return this;
    }

    /** Sets when the result was returned ({@code NgayTra}). {@code null} clears it. */
    public Builder returnedAt(@Nullable OffsetDateTime returnedAt) {
      this.returnedAt = returnedAt;
      return this;
    }

    /** Sets the receipt number ({@code SoBienNhan}). {@code null} clears it. */
    public Builder receiptNumber(@Nullable String receiptNumber) {
      this.receiptNumber = receiptNumber;
      return this;
    }

    /** Sets the summary of the request ({@code TrichYeuHoSo}). {@code null} clears it. */
    public Builder summary(@Nullable String summary) {
      this.summary = summary;
      return this;
    }

    /** Sets a note ({@code GhiChu}). {@code null} clears it. */
    public Builder note(@Nullable String note) {
      this.note = note;
      return this;
    }

    /** Sets the submitted documents, replacing any set before. */
    public Builder documents(List<Document> documents) {
      this.documents.clear();
      documents.forEach(this::addDocument);
      return this;
    }

    /** Appends one to the documents. */
    public Builder addDocument(Document value) {
      this.documents.add(Objects.requireNonNull(value, "documents element"));
      return this;
    }

    /** Sets the fee items, replacing any set before. */
    public Builder fees(List<Fee> fees) {
      this.fees.clear();
      fees.forEach(this::addFee);
      return this;
    }

    /** Appends one to the fee items. */
    public Builder addFee(Fee value) {
      this.fees.add(Objects.requireNonNull(value, "fees element"));
      return this;
    }

    /** Sets the supplement requests, replacing any set before. */
    public Builder supplements(List<SupplementRequest> supplements) {
      this.supplements.clear();
      supplements.forEach(this::addSupplement);
      return this;
    }

    /** Appends one to the supplement requests. */
    public Builder addSupplement(SupplementRequest value) {
      this.supplements.add(Objects.requireNonNull(value, "supplements element"));
      return this;
    }

    /** Sets the result documents, replacing any set before. */
    public Builder results(List<Result> results) {
      this.results.clear();
      results.forEach(this::addResult);
      return this;
    }

    /** Appends one to the results. */
    public Builder addResult(Result value) {
      this.results.add(Objects.requireNonNull(value, "results element"));
      return this;
    }

    /** Sets the processing steps, oldest first, replacing any set before. */
    public Builder steps(List<ProcessingStep> steps) {
      this.steps.clear();
      steps.forEach(this::addStep);
      return this;
    }

    /** Appends one to the processing steps. */
    public Builder addStep(ProcessingStep value) {
      this.steps.add(Objects.requireNonNull(value, "steps element"));
      return this;
    }

    /**
     * Sets unknown properties to carry for forward compatibility; their names must not be declared
     * properties of this type.
     */
    public Builder extensions(Map<String, JsonNode> extensions) {
      this.extensions = Objects.requireNonNull(extensions, "extensions");
      return this;
    }

    /**
     * Returns the Dossier.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code code}, {@code procedure}, {@code agency}, {@code
     *     applicant}, {@code channel}, {@code status}, {@code receivedAt})
     */
    public Dossier build() {
      Required.of("Dossier")
          .check(code, "code")
          .check(procedure, "procedure")
          .check(agency, "agency")
          .check(applicant, "applicant")
          .check(channel, "channel")
          .check(status, "status")
          .check(receivedAt, "receivedAt")
          .done();
      return new Dossier(this);
    }
  }
}
