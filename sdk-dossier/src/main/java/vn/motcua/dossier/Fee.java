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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossier.internal.model.Extensions;
import vn.motcua.dossier.internal.model.Required;

/**
 * A fee item charged for the dossier (phí or lệ phí): its kind, code, name and amount in whole
 * Vietnamese đồng. Amounts are integers: the đồng has no minor unit in use. Immutable and
 * thread-safe.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"kind", "code", "name", "amount", "collectionMethod"})
public final class Fee {
  private static final Set<String> PROPERTIES =
      Set.of("kind", "code", "name", "amount", "collectionMethod");

  @JsonProperty("kind")
  private final FeeKind kind;

  @Size(max = 100)
  @JsonProperty("code")
  private final @Nullable String code;

  @NotBlank
  @Size(max = 500)
  @JsonProperty("name")
  private final String name;

  @JsonProperty("amount")
  private final long amount;

  @Size(max = 100)
  @JsonProperty("collectionMethod")
  private final @Nullable String collectionMethod;

  private final Map<String, JsonNode> extensions;

  private Fee(Builder b) {
    this.kind = Objects.requireNonNull(b.kind);
    this.code = b.code;
    this.name = Objects.requireNonNull(b.name);
    this.amount = Objects.requireNonNull(b.amount);
    this.collectionMethod = b.collectionMethod;
    this.extensions = Extensions.copy(b.extensions, PROPERTIES);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.kind = kind;
    b.code = code;
    b.name = name;
    b.amount = amount;
    b.collectionMethod = collectionMethod;
    b.extensions = extensions;
    return b;
  }

  @JsonCreator
  private static Fee fromJson(
      @JsonProperty("kind") @Nullable FeeKind kind,
      @JsonProperty("code") @Nullable String code,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("amount") @Nullable Long amount,
      @JsonProperty("collectionMethod") @Nullable String collectionMethod,
      @JsonAnySetter @Nullable Map<String, JsonNode> extensions) {
    Builder b = new Builder();
    b.kind = kind;
    b.code = code;
    b.name = name;
    b.amount = amount;
    b.collectionMethod = collectionMethod;
    b.extensions = extensions;
    return b.build();
  }

  /** Returns whether this is a phí or a lệ phí ({@code LoaiPhiLePhi}). */
  public FeeKind kind() {
    return kind;
  }

  /** Returns the fee item's code ({@code MaPhiLePhi}). */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Returns the fee item's name ({@code TenPhiLePhi}). */
  public String name() {
    return name;
  }

  /** Returns the amount in VND, a whole number ({@code Gia}). */
  public long amount() {
    return amount;
  }

  /** Returns how the fee is collected, as the portal profile's code ({@code HinhThucThu}). */
  public Optional<String> collectionMethod() {
    return Optional.ofNullable(collectionMethod);
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
    return o instanceof Fee other
        && kind.equals(other.kind)
        && Objects.equals(code, other.code)
        && name.equals(other.name)
        && amount == other.amount
        && Objects.equals(collectionMethod, other.collectionMethod)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, code, name, amount, collectionMethod, extensions);
  }

  /** Returns a summary for logs; personal data is masked or left out. */
  @Override
  public String toString() {
    return "Fee[" + kind + ", code=" + code + ", amount=" + amount + "]";
  }

  /** Builds a {@link Fee}; not thread-safe. */
  public static final class Builder {
    private @Nullable FeeKind kind;
    private @Nullable String code;
    private @Nullable String name;
    private @Nullable Long amount;
    private @Nullable String collectionMethod;
    private @Nullable Map<String, JsonNode> extensions;

    private Builder() {}

    /** Sets whether this is a phí or a lệ phí ({@code LoaiPhiLePhi}). Required. */
    public Builder kind(FeeKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** Sets the fee item's code ({@code MaPhiLePhi}). {@code null} clears it. */
    public Builder code(@Nullable String code) {
      this.code = code;
      return this;
    }

    /** Sets the fee item's name ({@code TenPhiLePhi}). Required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets the amount in VND, a whole number ({@code Gia}). Required. */
    public Builder amount(long amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets how the fee is collected, as the portal profile's code ({@code HinhThucThu}). {@code
     * null} clears it.
     */
    public Builder collectionMethod(@Nullable String collectionMethod) {
      this.collectionMethod = collectionMethod;
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
     * Returns the Fee.
     *
     * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} listing
     *     every required property not set ({@code kind}, {@code name}, {@code amount})
     */
    public Fee build() {
      Required.of("Fee").check(kind, "kind").check(name, "name").check(amount, "amount").done();
      return new Fee(this);
    }
  }
}
