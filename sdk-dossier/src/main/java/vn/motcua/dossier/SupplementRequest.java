package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotBlank;
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
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * A request to the applicant to supplement the dossier (yêu cầu bổ sung hồ sơ): when, why, by when,
 * which components, and when it was fulfilled. Immutable and thread-safe; {@link #toString()}
 * leaves out the reason, which is free text.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"requestedAt", "reason", "deadline", "componentCodes", "fulfilledAt"})
public final class SupplementRequest {
  private static final Set<String> PROPERTIES =
      Set.of("requestedAt", "reason", "deadline", "componentCodes", "fulfilledAt");

  @JsonProperty("requestedAt")
  private final OffsetDateTime requestedAt;

  @NotBlank
  @Size(max = 2000)
  @JsonProperty("reason")
  private final String reason;

  @JsonProperty("deadline")
  private final @Nullable OffsetDateTime deadline;

  @Size(max = 100)
  @JsonProperty("componentCodes")
  private final List<@NotBlank String> componentCodes;

  @JsonProperty("fulfilledAt")
  private final @Nullable OffsetDateTime fulfilledAt;

  private final Map<String, JsonNode> extensions;

  private SupplementRequest(Builder b) {
    this.requestedAt = Objects.requireNonNull(b.requestedAt);
    this.reason = Objects.requireNonNull(b.reason);
    this.deadline = b.deadline;
    this.componentCodes = List.copyOf(b.componentCodes);
    this.fulfilledAt = b.fulfilledAt;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.requestedAt = requestedAt;
    b.reason = reason;
    b.deadline = deadline;
    b.componentCodes.addAll(componentCodes);
    b.fulfilledAt = fulfilledAt;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static SupplementRequest fromJson(
      @JsonProperty("requestedAt") @Nullable OffsetDateTime requestedAt,
      @JsonProperty("reason") @Nullable String reason,
      @JsonProperty("deadline") @Nullable OffsetDateTime deadline,
      @JsonProperty("componentCodes") @Nullable List<String> componentCodes,
      @JsonProperty("fulfilledAt") @Nullable OffsetDateTime fulfilledAt,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.requestedAt = requestedAt;
    b.reason = reason;
    b.deadline = deadline;
    if (componentCodes != null) {
      b.componentCodes.addAll(componentCodes);
    }
    b.fulfilledAt = fulfilledAt;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns when the supplement was requested. */
  public OffsetDateTime requestedAt() {
    return requestedAt;
  }

  /** Returns what must be supplemented and why. */
  public String reason() {
    return reason;
  }

  /** Returns the deadline for the supplement. */
  public Optional<OffsetDateTime> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** Returns the codes of the components to supplement. */
  public List<String> componentCodes() {
    return componentCodes;
  }

  /** Returns when the applicant supplied what was requested. */
  public Optional<OffsetDateTime> fulfilledAt() {
    return Optional.ofNullable(fulfilledAt);
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
    return o instanceof SupplementRequest other
        && requestedAt.equals(other.requestedAt)
        && reason.equals(other.reason)
        && Objects.equals(deadline, other.deadline)
        && componentCodes.equals(other.componentCodes)
        && Objects.equals(fulfilledAt, other.fulfilledAt)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestedAt, reason, deadline, componentCodes, fulfilledAt, extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "SupplementRequest[requestedAt=" + requestedAt + ", fulfilledAt=" + fulfilledAt + "]";
  }

  /** Builds a {@link SupplementRequest}; not thread-safe. */
  public static final class Builder {
    private @Nullable OffsetDateTime requestedAt;
    private @Nullable String reason;
    private @Nullable OffsetDateTime deadline;
    private final List<String> componentCodes = new ArrayList<>();
    private @Nullable OffsetDateTime fulfilledAt;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets when the supplement was requested. Required. */
    public Builder requestedAt(OffsetDateTime requestedAt) {
      this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
      return this;
    }

    /** Sets what must be supplemented and why. Required. */
    public Builder reason(String reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /** Sets the deadline for the supplement. {@code null} clears it. */
    public Builder deadline(@Nullable OffsetDateTime deadline) {
      this.deadline = deadline;
      return this;
    }

    /** Sets the codes of the components to supplement, replacing any set before. */
    public Builder componentCodes(List<String> componentCodes) {
      this.componentCodes.clear();
      componentCodes.forEach(this::addComponentCode);
      return this;
    }

    /** Appends one to the component codes. */
    public Builder addComponentCode(String value) {
      this.componentCodes.add(Objects.requireNonNull(value, "componentCodes element"));
      return this;
    }

    /** Sets when the applicant supplied what was requested. {@code null} clears it. */
    public Builder fulfilledAt(@Nullable OffsetDateTime fulfilledAt) {
      this.fulfilledAt = fulfilledAt;
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
     * Returns the SupplementRequest.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code requestedAt}, {@code reason})
     */
    public SupplementRequest build() {
      Required.of("SupplementRequest")
          .check(requestedAt, "requestedAt")
          .check(reason, "reason")
          .done();
      return new SupplementRequest(this);
    }
  }
}
