package vn.motcua.identity.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;
import vn.motcua.identity.AccountType;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.CitizenIdentity;
import vn.motcua.identity.ClaimProfile;
import vn.motcua.identity.ClaimsRejectedException;
import vn.motcua.identity.ConsistencyPolicy;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.IdentityField;
import vn.motcua.identity.IdentityFlag;

/**
 * Maps claims to a {@link CitizenIdentity} as a {@link ClaimProfile} says; see that class for the
 * accepted formats. Problems are collected, all of them, into one report keyed by claim name; no
 * value ever enters a report.
 */
public final class ClaimMapper {
  private static final String CLAIM_TYPE = "identity.claim.type";
  private static final String CLAIM_FORMAT = "identity.claim.format";
  private static final String CLAIM_VALUE = "identity.claim.value";

  /** Claims only the ID token may carry: userinfo never overrides them. */
  private static final Set<String> PROTOCOL_CLAIMS =
      Set.of(
          "iss",
          "sub",
          "aud",
          "exp",
          "iat",
          "nbf",
          "auth_time",
          "nonce",
          "acr",
          "amr",
          "azp",
          "at_hash",
          "c_hash",
          "jti",
          "sid");

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([T ].*)?");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern YEAR_ONLY = Pattern.compile("\\d{4}");
  private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
  private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{6,20}");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[\\s,;\\[\\]\"']+");

  private ClaimMapper() {}

  /** Returns the highest known level in the first present assurance claim. */
  public static AssuranceLevel assuranceLevel(ClaimProfile profile, Map<String, ?> claims) {
    AssuranceLevel stated = statedLevel(profile, claims);
    return stated == null ? AssuranceLevel.NONE : stated;
  }

  /**
   * Returns the highest known level in the first present assurance claim, {@link
   * AssuranceLevel#NONE} when its values are all unknown, or {@code null} when no assurance claim
   * is present at all.
   */
  private static @Nullable AssuranceLevel statedLevel(ClaimProfile profile, Map<String, ?> claims) {
    for (String name : profile.assuranceClaims()) {
      Object value = claims.get(name);
      List<String> values = codeValues(value);
      if (values.isEmpty()) {
        continue;
      }
      AssuranceLevel best = AssuranceLevel.NONE;
      for (String item : values) {
        AssuranceLevel level = profile.assuranceValues().get(ClaimProfile.normalizeValue(item));
        if (level != null && level.compareTo(best) > 0) {
          best = level;
        }
      }
      return best;
    }
    return null;
  }

  /**
   * Returns the level of a login from the token and the userinfo answer: the lower of the two when
   * both state one, since a source that claims more than the other must not win a downgrade; the
   * one that states a level otherwise. Userinfo can never raise what the token says about this
   * login.
   */
  private static AssuranceLevel combinedLevel(
      ClaimProfile profile, Map<String, ?> tokenClaims, Map<String, ?> userInfoClaims) {
    AssuranceLevel token = statedLevel(profile, tokenClaims);
    AssuranceLevel userInfo = statedLevel(profile, userInfoClaims);
    if (token == null) {
      return userInfo == null ? AssuranceLevel.NONE : userInfo;
    }
    return userInfo == null || token.compareTo(userInfo) <= 0 ? token : userInfo;
  }

  /** Maps token claims, completed by userinfo claims, to an identity. */
  public static CitizenIdentity toIdentity(
      ClaimProfile profile,
      String subject,
      String issuer,
      @Nullable Instant authTime,
      Map<String, ?> tokenClaims,
      Map<String, ?> userInfo) {
    Map<String, Object> claims = new HashMap<>(tokenClaims);
    Map<String, Object> userInfoClaims = new HashMap<>();
    if (!userInfo.isEmpty()) {
      if (!subject.equals(userInfo.get("sub"))) {
        throw new IdentityException(IdentityCodes.USERINFO_SUBJECT_MISMATCH, Map.of(), false, null);
      }
      userInfo.forEach(
          (name, value) -> {
            if (!PROTOCOL_CLAIMS.contains(name)) {
              userInfoClaims.put(name, value);
            }
          });
      claims.putAll(userInfoClaims);
    }
    AssuranceLevel level = combinedLevel(profile, tokenClaims, userInfoClaims);
    return new Mapping(profile, claims).run(subject, issuer, authTime, level);
  }

  private static List<String> codeValues(@Nullable Object value) {
    List<String> values = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        String text = code(item);
        if (text != null) {
          values.add(text);
        }
      }
    } else if (value instanceof String text) {
      for (String item : LIST_SEPARATORS.split(text)) {
        if (!item.isEmpty()) {
          values.add(item);
        }
      }
    } else {
      String text = code(value);
      if (text != null) {
        values.add(text);
      }
    }
    return values;
  }

  private static @Nullable String code(@Nullable Object value) {
    if (value instanceof String text) {
      return text.isBlank() ? null : text;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof java.math.BigInteger) {
      return value.toString();
    }
    return null;
  }

  /** One mapping run: the claims, and the problems found so far. */
  private static final class Mapping {
    private final ClaimProfile profile;
    private final Map<String, Object> claims;
    private final ValidationReport.Builder problems = ValidationReport.builder();

    Mapping(ClaimProfile profile, Map<String, Object> claims) {
      this.profile = profile;
      this.claims = claims;
    }

    CitizenIdentity run(
        String subject, String issuer, @Nullable Instant authTime, AssuranceLevel level) {
      CitizenIdentity.Builder b = CitizenIdentity.builder(subject, issuer).authTime(authTime);
      b.assuranceLevel(level);
      accountType(b);
      Found personalId = text(IdentityField.PERSONAL_ID);
      PersonalIdNumber personal = personalId == null ? null : personalId(personalId);
      Found legacy = text(IdentityField.LEGACY_ID_CARD);
      if (legacy != null) {
        String digits = legacy.text.strip();
        if (digits.length() == 12 && personalId == null) {
          personalId = legacy;
          personal = personalId(legacy);
        } else if (digits.length() != 12) {
          b.legacyIdCardNumber(
              parse(legacy, LegacyIdCardNumber::validate, LegacyIdCardNumber::parse));
        }
      }
      b.personalIdNumber(personal);
      Found passport = text(IdentityField.PASSPORT);
      if (passport != null) {
        String value = passport.text.strip().toUpperCase(java.util.Locale.ROOT);
        if (PASSPORT.matcher(value).matches()) {
          b.passportNumber(value);
        } else {
          problem(passport.name, CLAIM_FORMAT, Map.of("expected", "6 to 20 letters and digits"));
        }
      }
      b.fullName(plain(IdentityField.FULL_NAME));
      Sex sex = sex();
      b.sex(sex);
      LocalDate birthDate = birthDate();
      b.birthDate(birthDate);
      b.address(address());
      b.phoneNumber(phone());
      b.email(email());
      Found tax = text(IdentityField.TAX_CODE);
      if (tax != null) {
        b.taxCode(parse(tax, TaxCode::validate, TaxCode::parse));
      }
      b.businessRegistrationNumber(plainOrNumber(IdentityField.BUSINESS_REGISTRATION_NUMBER));
      b.businessName(plain(IdentityField.BUSINESS_NAME));
      b.accountId(plainOrNumber(IdentityField.ACCOUNT_ID));

      ValidationReport invalid = problems.build();
      if (!invalid.isValid()) {
        throw new ClaimsRejectedException(IdentityCodes.CLAIMS_INVALID, invalid);
      }
      if (personal != null && personalId != null) {
        checkConsistency(b, personal, personalId.name, sex, birthDate);
      }
      return b.build();
    }

    private void checkConsistency(
        CitizenIdentity.Builder b,
        PersonalIdNumber personal,
        String claim,
        @Nullable Sex sex,
        @Nullable LocalDate birthDate) {
      ValidationReport report = personal.checkConsistency(sex, birthDate);
      if (report.isValid()) {
        return;
      }
      if (profile.consistencyPolicy() == ConsistencyPolicy.REJECT) {
        throw new ClaimsRejectedException(
            IdentityCodes.CLAIMS_INCONSISTENT, report.under(pointer(claim)));
      }
      for (IdentityFlag flag : IdentityFlag.values()) {
        if (report.codes().contains(flag.code())) {
          b.flag(flag);
        }
      }
    }

    private void accountType(CitizenIdentity.Builder b) {
      for (String name : profile.claimNames(IdentityField.ACCOUNT_TYPE)) {
        Object value = claims.get(name);
        if (isAbsent(value)) {
          continue;
        }
        String text = code(value);
        AccountType type =
            text == null
                ? null
                : profile.accountTypeValues().get(ClaimProfile.normalizeValue(text));
        if (type == null) {
          problem(name, text == null ? CLAIM_TYPE : CLAIM_VALUE, Map.of("expected", "a code"));
        } else {
          b.accountType(type);
        }
        return;
      }
    }

    private @Nullable PersonalIdNumber personalId(Found found) {
      return parse(found, PersonalIdNumber::validate, PersonalIdNumber::parse);
    }

    private <T> @Nullable T parse(
        Found found,
        java.util.function.Function<CharSequence, ValidationReport> validate,
        java.util.function.Function<CharSequence, T> parse) {
      ValidationReport report = validate.apply(found.text);
      if (!report.isValid()) {
        problems.addAll(report.under(pointer(found.name)));
        return null;
      }
      return parse.apply(found.text);
    }

    private @Nullable Sex sex() {
      for (String name : profile.claimNames(IdentityField.SEX)) {
        Object value = claims.get(name);
        if (isAbsent(value)) {
          continue;
        }
        String text = code(value);
        return text == null ? null : profile.sexValues().get(ClaimProfile.normalizeValue(text));
      }
      return null;
    }

    private @Nullable LocalDate birthDate() {
      Found found = text(IdentityField.BIRTH_DATE);
      if (found == null) {
        return null;
      }
      String text = found.text.strip();
      if (YEAR_ONLY.matcher(text).matches()) {
        return null;
      }
      try {
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
          return iso.group(1).equals("0000")
              ? null
              : date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
          return date(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
        }
        Matcher compact = COMPACT_DATE.matcher(text);
        if (compact.matches()) {
          return date(compact.group(1), compact.group(2), compact.group(3));
        }
      } catch (DateTimeException impossibleDate) {
        // Reported below like any other unreadable date.
      }
      problem(found.name, CLAIM_FORMAT, Map.of("expected", "yyyy-MM-dd or dd/MM/yyyy"));
      return null;
    }

    private static LocalDate date(String year, String month, String day) {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private @Nullable String address() {
      for (String name : profile.claimNames(IdentityField.ADDRESS)) {
        Object value = claims.get(name);
        if (isAbsent(value)) {
          continue;
        }
        if (value instanceof String text) {
          return text;
        }
        if (value instanceof Map<?, ?> parts) {
          if (parts.get("formatted") instanceof String formatted && !formatted.isBlank()) {
            return formatted;
          }
          List<String> lines = new ArrayList<>();
          for (String part :
              List.of("street_address", "locality", "region", "postal_code", "country")) {
            if (parts.get(part) instanceof String line && !line.isBlank()) {
              lines.add(line.strip());
            }
          }
          return lines.isEmpty() ? null : String.join(", ", lines);
        }
        problem(name, CLAIM_TYPE, Map.of("expected", "a string or an address object"));
        return null;
      }
      return null;
    }

    private @Nullable String phone() {
      Found found = text(IdentityField.PHONE);
      if (found == null) {
        return null;
      }
      String phone = PHONE_SEPARATORS.matcher(found.text).replaceAll("");
      if (PHONE.matcher(phone).matches()) {
        return phone;
      }
      problem(found.name, CLAIM_FORMAT, Map.of("expected", "+ and 6 to 15 digits"));
      return null;
    }

    private @Nullable String email() {
      Found found = text(IdentityField.EMAIL);
      if (found == null) {
        return null;
      }
      String email = found.text.strip();
      if (email.indexOf('@') > 0 && email.indexOf('@') < email.length() - 1) {
        return email;
      }
      problem(found.name, CLAIM_FORMAT, Map.of("expected", "an e-mail address"));
      return null;
    }

    private @Nullable String plain(IdentityField field) {
      Found found = text(field);
      return found == null ? null : found.text;
    }

    private @Nullable String plainOrNumber(IdentityField field) {
      for (String name : profile.claimNames(field)) {
        Object value = claims.get(name);
        if (isAbsent(value)) {
          continue;
        }
        String text = code(value);
        if (text == null) {
          problem(name, CLAIM_TYPE, Map.of("expected", "a string"));
        }
        return text;
      }
      return null;
    }

    /** Returns the first present claim of {@code field} if it is a string; reports other types. */
    private @Nullable Found text(IdentityField field) {
      for (String name : profile.claimNames(field)) {
        Object value = claims.get(name);
        if (isAbsent(value)) {
          continue;
        }
        if (value instanceof String text) {
          return new Found(name, text);
        }
        problem(name, CLAIM_TYPE, Map.of("expected", "a string"));
        return null;
      }
      return null;
    }

    private static boolean isAbsent(@Nullable Object value) {
      return value == null || (value instanceof String text && text.isBlank());
    }

    private void problem(String claim, String code, Map<String, ?> args) {
      problems.add(Violation.of(pointer(claim), code, args, IdentityMessages.source()));
    }

    private record Found(String name, String text) {}
  }

  /** Returns the JSON Pointer of a top-level claim (RFC 6901 escaping). */
  static String pointer(String claim) {
    return "/" + claim.replace("~", "~0").replace("/", "~1");
  }
}
