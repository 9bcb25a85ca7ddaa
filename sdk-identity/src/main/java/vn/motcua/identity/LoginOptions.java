package vn.motcua.identity;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.privacy.Mask;

/**
 * What one login asks for beyond the {@link RelyingParty}'s settings: a maximum authentication age
 * ({@code max_age}), authentication context classes ({@code acr_values}), a stricter level of
 * assurance, a login hint, a {@code prompt}. Immutable; build with {@link #builder()}.
 *
 * <p>{@code acr_values} is a request, not a guarantee (OpenID Connect Core 5.5.1.1): to insist on a
 * level, also set {@link Builder#requiredAssurance(AssuranceLevel)}, which {@link
 * RelyingParty#complete} enforces. A login hint may be personal data (a personal ID number): {@link
 * #toString()} masks it.
 */
public final class LoginOptions {
  private static final LoginOptions DEFAULTS = builder().build();

  private final @Nullable Duration maxAge;
  private final List<String> acrValues;
  private final AssuranceLevel requiredAssurance;
  private final @Nullable String loginHint;
  private final @Nullable String prompt;

  private LoginOptions(Builder b) {
    this.maxAge = b.maxAge;
    this.acrValues = b.acrValues;
    this.requiredAssurance = b.requiredAssurance;
    this.loginHint = b.loginHint;
    this.prompt = b.prompt;
  }

  /** Returns options that ask for nothing beyond the relying party's settings. */
  public static LoginOptions defaults() {
    return DEFAULTS;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the {@code max_age} to send, if any. */
  public Optional<Duration> maxAge() {
    return Optional.ofNullable(maxAge);
  }

  /** Returns the {@code acr_values} to send, in order of preference; empty for none. */
  public List<String> acrValues() {
    return acrValues;
  }

  /** Returns the level this login requires; {@link AssuranceLevel#NONE} asks for nothing more. */
  public AssuranceLevel requiredAssurance() {
    return requiredAssurance;
  }

  /** Returns the {@code login_hint} to send, if any. */
  public Optional<String> loginHint() {
    return Optional.ofNullable(loginHint);
  }

  /** Returns the {@code prompt} to send, if any. */
  public Optional<String> prompt() {
    return Optional.ofNullable(prompt);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LoginOptions other
        && Objects.equals(maxAge, other.maxAge)
        && acrValues.equals(other.acrValues)
        && requiredAssurance == other.requiredAssurance
        && Objects.equals(loginHint, other.loginHint)
        && Objects.equals(prompt, other.prompt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAge, acrValues, requiredAssurance, loginHint, prompt);
  }

  /** Returns the options with the login hint masked. */
  @Override
  public String toString() {
    return "LoginOptions[maxAge="
        + maxAge
        + ", acrValues="
        + acrValues
        + ", requiredAssurance="
        + requiredAssurance
        + ", loginHint="
        + (loginHint == null ? "null" : Mask.idNumber(loginHint))
        + ", prompt="
        + prompt
        + "]";
  }

  /** Collects options; not thread-safe. */
  public static final class Builder {
    private @Nullable Duration maxAge;
    private List<String> acrValues = List.of();
    private AssuranceLevel requiredAssurance = AssuranceLevel.NONE;
    private @Nullable String loginHint;
    private @Nullable String prompt;

    private Builder() {}

    /**
     * Sends {@code max_age}: the provider must authenticate the user anew if the last
     * authentication is older, and the ID token must then carry an {@code auth_time} no older
     * ({@code identity.auth_time.too_old}). Whole seconds, zero or more.
     */
    public Builder maxAge(Duration maxAge) {
      Objects.requireNonNull(maxAge, "maxAge");
      if (maxAge.isNegative()) {
        throw new IllegalArgumentException("maxAge must not be negative");
      }
      this.maxAge = maxAge;
      return this;
    }

    /** Sends {@code acr_values}, such as {@code urn:vneid:loa:2}, in order of preference. */
    public Builder acrValues(String... acrValues) {
      for (String value : acrValues) {
        if (Objects.requireNonNull(value, "acrValue").isBlank() || value.contains(" ")) {
          throw new IllegalArgumentException("an acr value must be non-blank and have no space");
        }
      }
      this.acrValues = List.of(acrValues);
      return this;
    }

    /**
     * Requires at least this level for this login, on top of the relying party's requirement:
     * {@link RelyingParty#complete} throws {@link AssuranceTooLowException} below it.
     */
    public Builder requiredAssurance(AssuranceLevel requiredAssurance) {
      this.requiredAssurance = Objects.requireNonNull(requiredAssurance, "requiredAssurance");
      return this;
    }

    /** Sends {@code login_hint}, such as the account the user said they would use. */
    public Builder loginHint(String loginHint) {
      this.loginHint = Objects.requireNonNull(loginHint, "loginHint");
      return this;
    }

    /** Sends {@code prompt}, such as {@code login} to force a fresh authentication. */
    public Builder prompt(String prompt) {
      this.prompt = Objects.requireNonNull(prompt, "prompt");
      return this;
    }

    /** Returns the immutable options. */
    public LoginOptions build() {
      return new LoginOptions(this);
    }
  }
}
