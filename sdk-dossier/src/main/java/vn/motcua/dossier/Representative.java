package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.privacy.Mask;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * A person acting for the applicant (người được ủy quyền), with the authorization that allows it.
 * When the verified identity submitting a dossier is not the applicant, it must be this person.
 *
 * <p>Immutable and thread-safe. This is personal data: {@link #toString()} masks it.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"fullName", "personalId", "phone", "authorization"})
public final class Representative {
  private static final Set<String> PROPERTIES =
      Set.of("fullName", "personalId", "phone", "authorization");

  @NotBlank
  @Size(max = 255)
  @JsonProperty("fullName")
  private final String fullName;

  @JsonProperty("personalId")
  private final @Nullable PersonalIdNumber personalId;

  @Size(max = 20)
  @JsonProperty("phone")
  private final @Nullable String phone;

  @Valid
  @JsonProperty("authorization")
  private final @Nullable Authorization authorization;

  private final Map<String, JsonNode> extensions;

  private Representative(Builder b) {
    this.fullName = Objects.requireNonNull(b.fullName);
    this.personalId = b.personalId;
    this.phone = b.phone;
    this.authorization = b.authorization;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fullName = fullName;
    b.personalId = personalId;
    b.phone = phone;
    b.authorization = authorization;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static Representative fromJson(
      @JsonProperty("fullName") @Nullable String fullName,
      @JsonProperty("personalId") @Nullable PersonalIdNumber personalId,
      @JsonProperty("phone") @Nullable String phone,
      @JsonProperty("authorization") @Nullable Authorization authorization,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.fullName = fullName;
    b.personalId = personalId;
    b.phone = phone;
    b.authorization = authorization;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns the representative's full name. */
  public String fullName() {
    return fullName;
  }

  /** Returns the representative's personal ID number. */
  public Optional<PersonalIdNumber> personalId() {
    return Optional.ofNullable(personalId);
  }

  /** Returns the representative's phone number. */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /** Returns the authorization (giấy ủy quyền) the representative acts under. */
  public Optional<Authorization> authorization() {
    return Optional.ofNullable(authorization);
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
    return o instanceof Representative other
        && fullName.equals(other.fullName)
        && Objects.equals(personalId, other.personalId)
        && Objects.equals(phone, other.phone)
        && Objects.equals(authorization, other.authorization)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fullName, personalId, phone, authorization, extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "Representative[name="
        + Mask.name(fullName)
        + (personalId == null ? "" : ", personalId=" + Mask.idNumber(personalId.value()))
        + ", authorization="
        + (authorization != null)
        + "]";
  }

  /** Builds a {@link Representative}; not thread-safe. */
  public static final class Builder {
    private @Nullable String fullName;
    private @Nullable PersonalIdNumber personalId;
    private @Nullable String phone;
    private @Nullable Authorization authorization;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets the representative's full name. Required. */
    public Builder fullName(String fullName) {
      this.fullName = Objects.requireNonNull(fullName, "fullName");
      return this;
    }

    /** Sets the representative's personal ID number. {@code null} clears it. */
    public Builder personalId(@Nullable PersonalIdNumber personalId) {
      this.personalId = personalId;
      return this;
    }

    /** Sets the representative's phone number. {@code null} clears it. */
    public Builder phone(@Nullable String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * Sets the authorization (giấy ủy quyền) the representative acts under. {@code null} clears it.
     */
    public Builder authorization(@Nullable Authorization authorization) {
      this.authorization = authorization;
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
     * Returns the Representative.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code fullName})
     */
    public Representative build() {
      Required.of("Representative").check(fullName, "fullName").done();
      return new Representative(this);
    }
  }
}
