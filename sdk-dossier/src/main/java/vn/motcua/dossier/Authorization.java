package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * The document that authorizes a representative to act for the applicant (văn bản ủy quyền): its
 * number, validity and, when it was submitted with the dossier, the {@link Document#id()} of that
 * document. Immutable and thread-safe.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"number", "issuedOn", "validUntil", "documentId"})
public final class Authorization {
  private static final Set<String> PROPERTIES =
      Set.of("number", "issuedOn", "validUntil", "documentId");

  @Size(max = 100)
  @JsonProperty("number")
  private final @Nullable String number;

  @JsonProperty("issuedOn")
  private final LocalDate issuedOn;

  @JsonProperty("validUntil")
  private final @Nullable LocalDate validUntil;

  @Size(max = 100)
  @JsonProperty("documentId")
  private final @Nullable String documentId;

  private final Map<String, JsonNode> extensions;

  private Authorization(Builder b) {
    this.number = b.number;
    this.issuedOn = Objects.requireNonNull(b.issuedOn);
    this.validUntil = b.validUntil;
    this.documentId = b.documentId;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.number = number;
    b.issuedOn = issuedOn;
    b.validUntil = validUntil;
    b.documentId = documentId;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static Authorization fromJson(
      @JsonProperty("number") @Nullable String number,
      @JsonProperty("issuedOn") @Nullable LocalDate issuedOn,
      @JsonProperty("validUntil") @Nullable LocalDate validUntil,
      @JsonProperty("documentId") @Nullable String documentId,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.number = number;
    b.issuedOn = issuedOn;
    b.validUntil = validUntil;
    b.documentId = documentId;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns the authorization document's number. */
  public Optional<String> number() {
    return Optional.ofNullable(number);
  }

  /** Returns the date the authorization was signed or certified. */
  public LocalDate issuedOn() {
    return issuedOn;
  }

  /** Returns the last day the authorization is valid, if limited. */
  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /** Returns the id of the dossier's document holding the authorization. */
  public Optional<String> documentId() {
    return Optional.ofNullable(documentId);
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
    return o instanceof Authorization other
        && Objects.equals(number, other.number)
        && issuedOn.equals(other.issuedOn)
        && Objects.equals(validUntil, other.validUntil)
        && Objects.equals(documentId, other.documentId)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, issuedOn, validUntil, documentId, extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "Authorization[issuedOn=" + issuedOn + ", validUntil=" + validUntil + "]";
  }

  /** Builds a {@link Authorization}; not thread-safe. */
  public static final class Builder {
    private @Nullable String number;
    private @Nullable LocalDate issuedOn;
    private @Nullable LocalDate validUntil;
    private @Nullable String documentId;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets the authorization document's number. {@code null} clears it. */
    public Builder number(@Nullable String number) {
      this.number = number;
      return this;
    }

    /** Sets the date the authorization was signed or certified. Required. */
    public Builder issuedOn(LocalDate issuedOn) {
      this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
      return this;
    }

    /** Sets the last day the authorization is valid, if limited. {@code null} clears it. */
    public Builder validUntil(@Nullable LocalDate validUntil) {
      this.validUntil = validUntil;
      return this;
    }

    /** Sets the id of the dossier's document holding the authorization. {@code null} clears it. */
    public Builder documentId(@Nullable String documentId) {
      this.documentId = documentId;
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
     * Returns the Authorization.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code issuedOn})
     */
    public Authorization build() {
      Required.of("Authorization").check(issuedOn, "issuedOn").done();
      return new Authorization(this);
    }
  }
}
