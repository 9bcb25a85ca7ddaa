package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * One step in the processing of a dossier (tiến độ xử lý), as reported to the portal with {@code
 * CapNhatTienDoHoSoMC}: the status it led to, when, who handled it and what was done. Immutable and
 * thread-safe; {@link #toString()} leaves out the handler and the content.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({
  "status",
  "at",
  "handlerName",
  "handlerTitle",
  "unit",
  "content",
  "startedAt",
  "dueAt"
})
public final class ProcessingStep {
  private static final Set<String> PROPERTIES =
      Set.of(
          "status", "at", "handlerName", "handlerTitle", "unit", "content", "startedAt", "dueAt");

  @JsonProperty("status")
  private final DossierStatus status;

  @JsonProperty("at")
  private final OffsetDateTime at;

  @Size(max = 255)
  @JsonProperty("handlerName")
  private final @Nullable String handlerName;

  @Size(max = 255)
  @JsonProperty("handlerTitle")
  private final @Nullable String handlerTitle;

  @Size(max = 500)
  @JsonProperty("unit")
  private final @Nullable String unit;

  @Size(max = 2000)
  @JsonProperty("content")
  private final @Nullable String content;

  @JsonProperty("startedAt")
  private final @Nullable OffsetDateTime startedAt;

  @JsonProperty("dueAt")
  private final @Nullable OffsetDateTime dueAt;

  private final Map<String, JsonNode> extensions;

  private ProcessingStep(Builder b) {
    this.status = Objects.requireNonNull(b.status);
    this.at = Objects.requireNonNull(b.at);
    this.handlerName = b.handlerName;
    this.handlerTitle = b.handlerTitle;
    this.unit = b.unit;
    this.content = b.content;
    this.startedAt = b.startedAt;
    this.dueAt = b.dueAt;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.status = status;
    b.at = at;
    b.handlerName = handlerName;
    b.handlerTitle = handlerTitle;
    b.unit = unit;
    b.content = content;
    b.startedAt = startedAt;
    b.dueAt = dueAt;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static ProcessingStep fromJson(
      @JsonProperty("status") @Nullable DossierStatus status,
      @JsonProperty("at") @Nullable OffsetDateTime at,
      @JsonProperty("handlerName") @Nullable String handlerName,
      @JsonProperty("handlerTitle") @Nullable String handlerTitle,
      @JsonProperty("unit") @Nullable String unit,
      @JsonProperty("content") @Nullable String content,
      @JsonProperty("startedAt") @Nullable OffsetDateTime startedAt,
      @JsonProperty("dueAt") @Nullable OffsetDateTime dueAt,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.status = status;
    b.at = at;
    b.handlerName = handlerName;
    b.handlerTitle = handlerTitle;
    b.unit = unit;
    b.content = content;
    b.startedAt = startedAt;
    b.dueAt = dueAt;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns the status the dossier has after this step ({@code TrangThai}). */
  public DossierStatus status() {
    return status;
  }

  /** Returns when the step happened ({@code ThoiDiemXuLy}). */
  public OffsetDateTime at() {
    return at;
  }

  /** Returns the name of the official who handled it ({@code NguoiXuLy}). */
  public Optional<String> handlerName() {
    return Optional.ofNullable(handlerName);
  }

  /** Returns the official's title ({@code ChucDanh}). */
  public Optional<String> handlerTitle() {
    return Optional.ofNullable(handlerTitle);
  }

  /** Returns the department that handled it ({@code PhongBanXuLy}). */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** Returns what was done ({@code NoiDungXuLy}). */
  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  /** Returns when the step started ({@code NgayBatDau}). */
  public Optional<OffsetDateTime> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  /** Returns when the step is due by regulation ({@code NgayKetThucTheoQuyDinh}). */
  public Optional<OffsetDateTime> dueAt() {
    return Optional.ofNullable(dueAt);
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
    return o instanceof ProcessingStep other
        && status.equals(other.status)
        && at.equals(other.at)
        && Objects.equals(handlerName, other.handlerName)
        && Objects.equals(handlerTitle, other.handlerTitle)
        && Objects.equals(unit, other.unit)
        && Objects.equals(content, other.content)
        && Objects.equals(startedAt, other.startedAt)
        && Objects.equals(dueAt, other.dueAt)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        status, at, handlerName, handlerTitle, unit, content, startedAt, dueAt, extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "ProcessingStep[" + status + ", at=" + at + "]";
  }

  /** Builds a {@link ProcessingStep}; not thread-safe. */
  public static final class Builder {
    private @Nullable DossierStatus status;
    private @Nullable OffsetDateTime at;
    private @Nullable String handlerName;
    private @Nullable String handlerTitle;
    private @Nullable String unit;
    private @Nullable String content;
    private @Nullable OffsetDateTime startedAt;
    private @Nullable OffsetDateTime dueAt;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets the status the dossier has after this step ({@code TrangThai}). Required. */
    public Builder status(DossierStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /** Sets when the step happened ({@code ThoiDiemXuLy}). Required. */
    public Builder at(OffsetDateTime at) {
      this.at = Objects.requireNonNull(at, "at");
      return this;
    }

    /** Sets the name of the official who handled it ({@code NguoiXuLy}). {@code null} clears it. */
    public Builder handlerName(@Nullable String handlerName) {
      this.handlerName = handlerName;
      return this;
    }

    /** Sets the official's title ({@code ChucDanh}). {@code null} clears it. */
    public Builder handlerTitle(@Nullable String handlerTitle) {
      this.handlerTitle = handlerTitle;
      return this;
    }

    /** Sets the department that handled it ({@code PhongBanXuLy}). {@code null} clears it. */
    public Builder unit(@Nullable String unit) {
      this.unit = unit;
      return this;
    }

    /** Sets what was done ({@code NoiDungXuLy}). {@code null} clears it. */
    public Builder content(@Nullable String content) {
      this.content = content;
      return this;
    }

    /** Sets when the step started ({@code NgayBatDau}). {@code null} clears it. */
    public Builder startedAt(@Nullable OffsetDateTime startedAt) {
      this.startedAt = startedAt;
      return this;
    }

    /**
     * Sets when the step is due by regulation ({@code NgayKetThucTheoQuyDinh}). {@code null} clears
     * it.
     */
    public Builder dueAt(@Nullable OffsetDateTime dueAt) {
      this.dueAt = dueAt;
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
     * Returns the ProcessingStep.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code status}, {@code at})
     */
    public ProcessingStep build() {
      Required.of("ProcessingStep").check(status, "status").check(at, "at").done();
      return new ProcessingStep(this);
    }
  }
}
