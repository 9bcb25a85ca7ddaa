package vn.motcua.identity;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.motcua.core.id.Sex;
import vn.motcua.identity.internal.ClaimMapper;

/**
 * Which claims of an identity provider fill which {@link CitizenIdentity} fields, and what their
 * values mean: the mapping is configuration, because providers name claims differently and rename
 * them. {@link ClaimProfiles} ships the DVCQG SSO profile and the standard OpenID Connect one;
 * start from either with {@link #toBuilder()} to rename a claim.
 *
 * <p>Each {@link IdentityField} has a list of claim names, tried in order: the first present and
 * non-empty wins. Code values (sex, account type, level of assurance) are matched after trimming,
 * NFC normalization and lower-casing, so {@code "Nữ"}, {@code "nữ"} and {@code " NỮ "} are the same
 * value; integer claims match their decimal text.
 *
 * <p>What is accepted, liberally, and what comes out, strictly:
 *
 * <ul>
 *   <li>ID numbers, tax code: JSON strings only (a JSON number would have lost leading zeros),
 *       parsed into motcua-core's types; invalid ones fail the mapping with {@code
 *       identity.claims.invalid}, naming the claim. A 12-digit number in the legacy ID card claim
 *       is taken as the personal ID number when no personal ID claim is present.
 *   <li>Birth date: {@code yyyy-MM-dd} (also with a time after it), {@code dd/MM/yyyy}, {@code
 *       dd-MM-yyyy} and {@code dd.MM.yyyy} (one-digit day and month too), {@code yyyyMMdd}. A year
 *       alone or year {@code 0000} (allowed by OpenID Connect) gives no birth date. Anything else
 *       is invalid.
 *   <li>Sex: the profile's value table; an unknown value (such as {@code other}) gives no sex.
 *   <li>Account type: the profile's value table, {@link AccountType#CITIZEN} when absent; an
 *       unknown value is invalid.
 *   <li>Level of assurance: the first present claim of {@link #assuranceClaims()}; a list (JSON
 *       array, or a string such as {@code "1,2"} or {@code "[\"LoA1\",\"LoA2\"]"}) gives the
 *       highest level it contains that the table knows; nothing known gives {@link
 *       AssuranceLevel#NONE}.
 *   <li>Address: a string, or the OpenID Connect address object ({@code formatted}, else its parts
 *       joined by commas). Phone: separators dropped, then {@code +} and 6 to 15 digits. E-mail:
 *       must contain {@code @}. Passport: upper-cased, 6 to 20 letters and digits.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimProfile {
  private final String name;
  private final Map<IdentityField, List<String>> claimNames;
  private final List<String> assuranceClaims;
  private final Map<String, AssuranceLevel> assuranceValues;
  private final Map<String, Sex> sexValues;
  private final Map<String, AccountType> accountTypeValues;
  private final ConsistencyPolicy consistencyPolicy;

  private ClaimProfile(Builder b) {
    this.name = b.name;
    EnumMap<IdentityField, List<String>> names = new EnumMap<>(IdentityField.class);
    b.claimNames.forEach((field, list) -> names.put(field, List.copyOf(list)));
    this.claimNames = Collections.unmodifiableMap(names);
    this.assuranceClaims = List.copyOf(b.assuranceClaims);
    this.assuranceValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.assuranceValues));
    this.sexValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.sexValues));
    this.accountTypeValues = Collections.unmodifiableMap(new LinkedHashMap<>(b.accountTypeValues));
    this.consistencyPolicy = b.consistencyPolicy;
  }

  /**
   * Returns an empty builder: no claim mapped, no value known, {@link ConsistencyPolicy#REJECT}.
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Returns a builder holding this profile's settings. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    claimNames.forEach((field, list) -> b.claim(field, list.toArray(String[]::new)));
    b.assuranceClaims(assuranceClaims.toArray(String[]::new));
    b.assuranceValues.putAll(assuranceValues);
    b.sexValues.putAll(sexValues);
    b.accountTypeValues.putAll(accountTypeValues);
    b.consistencyPolicy(consistencyPolicy);
    return b;
  }

  /** Returns the profile's name, such as {@code dvcqg}. */
  public String name() {
    return name;
  }

  /** Returns the claim names that fill {@code field}, in order of preference; may be empty. */
  public List<String> claimNames(IdentityField field) {
    return claimNames.getOrDefault(Objects.requireNonNull(field, "field"), List.of());
  }

  /** Returns the claims that state the level of assurance, in order of preference. */
  public List<String> assuranceClaims() {
    return assuranceClaims;
  }

  /** Returns the known assurance values, keyed by their normalized text. */
  public Map<String, AssuranceLevel> assuranceValues() {
    return assuranceValues;
  }

  /** Returns the known sex values, keyed by their normalized text. */
  public Map<String, Sex> sexValues() {
    return sexValues;
  }

  /** Returns the known account type values, keyed by their normalized text. */
  public Map<String, AccountType> accountTypeValues() {
    return accountTypeValues;
  }

  /** Returns what happens when the personal ID number contradicts sex or birth date. */
  public ConsistencyPolicy consistencyPolicy() {
    return consistencyPolicy;
  }

  /** Returns the level of assurance {@code claims} state, as this profile reads them. */
  public AssuranceLevel assuranceLevel(Map<String, ?> claims) {
    return ClaimMapper.assuranceLevel(this, Objects.requireNonNull(claims, "claims"));
  }

  /**
   * Maps a verified ID token's claims to an identity.
   *
   * @throws ClaimsRejectedException when claims are invalid, or inconsistent under {@link
   *     ConsistencyPolicy#REJECT}
   */
  public CitizenIdentity toIdentity(VerifiedIdToken idToken) {
    return toIdentity(idToken, Map.of());
  }

  /**
   * Maps a verified ID token's claims, completed by the userinfo answer's, to an identity. Userinfo
   * values win for identity fields; the token's protocol claims ({@code iss}, {@code sub}, {@code
   * aud}, times, {@code nonce}, {@code acr}, {@code amr}, {@code azp}) cannot be overridden. An
   * empty map means no userinfo.
   *
   * <p>The level of assurance is the token's when only the token states one, the userinfo answer's
   * when only it does, and the lower of the two when both do: userinfo describes the account, the
   * token this login, and neither may raise what the other says.
   *
   * @throws IdentityException {@code identity.userinfo.subject_mismatch} when userinfo is not empty
   *     and its {@code sub} differs from the token's: it is about someone else
   * @throws ClaimsRejectedException when claims are invalid, or inconsistent under {@link
   *     ConsistencyPolicy#REJECT}
   */
  public CitizenIdentity toIdentity(VerifiedIdToken idToken, Map<String, ?> userInfo) {
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(userInfo, "userInfo");
    return ClaimMapper.toIdentity(
        this,
        idToken.subject(),
        idToken.issuer(),
        idToken.authTime().orElse(null),
        idToken.claims(),
        userInfo);
  }

  /** Returns the text under which a code value is looked up: trimmed, NFC, lower case. */
  public static String normalizeValue(String value) {
    return Normalizer.normalize(value.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClaimProfile other
        && name.equals(other.name)
        && claimNames.equals(other.claimNames)
        && assuranceClaims.equals(other.assuranceClaims)
        && assuranceValues.equals(other.assuranceValues)
        && sexValues.equals(other.sexValues)
        && accountTypeValues.equals(other.accountTypeValues)
        && consistencyPolicy == other.consistencyPolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        claimNames,
        assuranceClaims,
        assuranceValues,
        sexValues,
        accountTypeValues,
        consistencyPolicy);
  }

  @Override
  public String toString() {
    return "ClaimProfile["
        + name
        + ", claims="
        + claimNames
        + ", assuranceClaims="
        + assuranceClaims
        + ", consistency="
        + consistencyPolicy
        + "]";
  }

  /** Collects a profile; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Map<IdentityField, List<String>> claimNames = new EnumMap<>(IdentityField.class);
    private List<String> assuranceClaims = List.of();
    private final Map<String, AssuranceLevel> assuranceValues = new LinkedHashMap<>();
    private final Map<String, Sex> sexValues = new LinkedHashMap<>();
    private final Map<String, AccountType> accountTypeValues = new LinkedHashMap<>();
    private ConsistencyPolicy consistencyPolicy = ConsistencyPolicy.REJECT;

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
    }

    /**
     * Sets the claims that fill {@code field}, in order of preference, replacing earlier ones; no
     * name leaves the field unmapped.
     */
    public Builder claim(IdentityField field, String... claimNames) {
      Objects.requireNonNull(field, "field");
      List<String> names = requireNames(claimNames);
      if (names.isEmpty()) {
        this.claimNames.remove(field);
      } else {
        this.claimNames.put(field, names);
      }
      return this;
    }

    /** Sets the claims that state the level of assurance, in order of preference. */
    public Builder assuranceClaims(String... claimNames) {
      this.assuranceClaims = requireNames(claimNames);
      return this;
    }

    /** Maps an assurance claim value (such as an {@code acr} URI) to a level. */
    public Builder assuranceValue(String value, AssuranceLevel level) {
      assuranceValues.put(requireValue(value), Objects.requireNonNull(level, "level"));
      return this;
    }

    /** Maps a sex claim value (such as {@code "1"} or {@code "Nữ"}) to a sex. */
    public Builder sexValue(String value, Sex sex) {
      sexValues.put(requireValue(value), Objects.requireNonNull(sex, "sex"));
      return this;
    }

    /** Maps an account type claim value (such as {@code "2"}) to a type. */
    public Builder accountTypeValue(String value, AccountType type) {
      accountTypeValues.put(requireValue(value), Objects.requireNonNull(type, "type"));
      return this;
    }

    /** Removes every assurance, sex and account type value, to start the tables afresh. */
    public Builder clearValues() {
      assuranceValues.clear();
      sexValues.clear();
      accountTypeValues.clear();
      return this;
    }

    /** Sets what happens on a contradiction; {@link ConsistencyPolicy#REJECT} unless set. */
    public Builder consistencyPolicy(ConsistencyPolicy policy) {
      this.consistencyPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Returns the immutable profile. */
    public ClaimProfile build() {
      return new ClaimProfile(this);
    }

    private static List<String> requireNames(String... names) {
      List<String> list = List.of(names);
      for (String name : list) {
        if (name.isBlank()) {
          throw new IllegalArgumentException("claim names must not be blank");
        }
      }
      if (Set.copyOf(list).size() != list.size()) {
        throw new IllegalArgumentException("claim names must not repeat");
      }
      return list;
    }

    private static String requireValue(String value) {
      Objects.requireNonNull(value, "value");
      String normalized = normalizeValue(value);
      if (normalized.isEmpty()) {
        throw new IllegalArgumentException("values must not be blank");
      }
      return normalized;
    }
  }
}
