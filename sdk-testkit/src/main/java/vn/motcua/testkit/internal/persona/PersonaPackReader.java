package vn.motcua.testkit.internal.persona;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.LegacyIdCardNumber;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.testkit.persona.AccountLevel;
import vn.motcua.testkit.persona.Business;
import vn.motcua.testkit.persona.Persona;
import vn.motcua.testkit.persona.PersonaKind;
import vn.motcua.testkit.persona.PersonaPack;

/** Reads a persona pack from JSON, reporting every broken rule with its JSON path. */
public final class PersonaPackReader {
  /** Code of the exception thrown for a pack that parses but breaks the pack's rules. */
  public static final String INVALID = "testkit.persona_pack.invalid";

  private static final MessageSource MESSAGES =
      MessageSource.bundle("vn.motcua.testkit.messages", PersonaPackReader.class.getClassLoader())
          .orElse(
              MessageSource.bundle(
                  "vn.motcua.core.messages", MotcuaException.class.getClassLoader()));
  private static final Pattern PASSPORT = Pattern.compile("[A-Z][0-9]{7}");
  private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private PersonaPackReader() {}

  /** The JSON document; every field is optional here so that missing ones are all reported. */
  public record PackDocument(
      @Nullable Boolean synthetic,
      @Nullable String notice,
      @Nullable String defaultPersona,
      @Nullable List<@Nullable PersonaDocument> personas) {}

  /** One persona as written in JSON. */
  public record PersonaDocument(
      @Nullable String id,
      @Nullable PersonaKind kind,
      @Nullable String subject,
      @Nullable String techId,
      @Nullable String fullName,
      @Nullable Sex sex,
      @Nullable LocalDate birthDate,
      @Nullable String personalIdNumber,
      @Nullable String legacyIdCardNumber,
      @Nullable String passportNumber,
      @Nullable String taxCode,
      @Nullable String address,
      @Nullable String phone,
      @Nullable String email,
      @Nullable Integer level,
      @Nullable BusinessDocument business,
      @Nullable String description) {}

  /** A business as written in JSON. */
  public record BusinessDocument(
      @Nullable String name, @Nullable String taxCode, @Nullable String enterpriseCode) {}

  /**
   * Reads and checks a pack.
   *
   * @throws vn.motcua.core.InvalidInputException with a {@code json.*} code for malformed JSON, or
   *     {@link #INVALID} listing every broken rule
   */
  public static PersonaPack read(InputStream json) {
    PackDocument document = MotcuaJson.strict().read(json, PackDocument.class);
    ValidationReport.Builder report = ValidationReport.builder();
    if (!Boolean.TRUE.equals(document.synthetic())) {
      violation(report, "/synthetic", "testkit.persona_pack.not_synthetic");
    }
    List<@Nullable PersonaDocument> documents =
        document.personas() == null ? List.of() : document.personas();
    if (documents.isEmpty()) {
      violation(report, "/personas", "testkit.persona_pack.empty");
    }
    List<Persona> personas = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> subjects = new HashSet<>();
    for (int i = 0; i < documents.size(); i++) {
      String path = "/personas/" + i;
      PersonaDocument p = documents.get(i);
      if (p == null) {
        violation(report, path, "validation.not_null");
        continue;
      }
      ValidationReport.Builder problems = ValidationReport.builder();
      check(problems, p, path);
      if (p.id() != null && !ids.add(p.id().strip())) {
        violation(problems, path + "/id", "testkit.persona.duplicate_id");
      }
      if (p.subject() != null && !subjects.add(p.subject().strip())) {
        violation(problems, path + "/subject", "testkit.persona.duplicate_subject");
      }
      ValidationReport found = problems.build();
      if (found.isValid()) {
        personas.add(toPersona(p));
      }
      report.addAll(found);
    }
    String defaultId = document.defaultPersona();
    if (defaultId == null || !ids.contains(defaultId.strip())) {
      violation(report, "/defaultPersona", "testkit.persona_pack.unknown_default");
    }
    report.build().throwIfInvalid(INVALID);
    return PersonaPack.of(personas, defaultId.strip());
  }

  private static void check(ValidationReport.Builder report, PersonaDocument p, String path) {
    notBlank(report, p.id(), path + "/id");
    notNull(report, p.kind(), path + "/kind");
    notBlank(report, p.subject(), path + "/subject");
    notBlank(report, p.techId(), path + "/techId");
    notBlank(report, p.fullName(), path + "/fullName");
    notNull(report, p.sex(), path + "/sex");
    notNull(report, p.birthDate(), path + "/birthDate");
    notBlank(report, p.address(), path + "/address");
    if (notBlank(report, p.personalIdNumber(), path + "/personalIdNumber")) {
      report.addAll(
          PersonalIdNumber.validate(p.personalIdNumber()).under(path + "/personalIdNumber"));
    }
    if (p.legacyIdCardNumber() != null) {
      report.addAll(
          LegacyIdCardNumber.validate(p.legacyIdCardNumber()).under(path + "/legacyIdCardNumber"));
    }
    if (p.taxCode() != null) {
      report.addAll(TaxCode.validate(p.taxCode()).under(path + "/taxCode"));
    }
    if (p.passportNumber() != null && !PASSPORT.matcher(p.passportNumber()).matches()) {
      violation(report, path + "/passportNumber", "validation.pattern");
    }
    if (notBlank(report, p.phone(), path + "/phone")
        && !MOBILE.matcher(p.phone().strip()).matches()) {
      violation(report, path + "/phone", "validation.pattern");
    }
    if (notBlank(report, p.email(), path + "/email")
        && !EMAIL.matcher(p.email().strip()).matches()) {
      violation(report, path + "/email", "validation.email");
    }
    if (notNull(report, p.level(), path + "/level") && p.level() != 1 && p.level() != 2) {
      violation(report, path + "/level", "testkit.persona.level");
    }
    BusinessDocument business = p.business();
    if (p.kind() != null && (p.kind() == PersonaKind.BUSINESS) != (business != null)) {
      violation(report, path + "/business", "testkit.persona.business_mismatch");
    }
    if (business != null) {
      notBlank(report, business.name(), path + "/business/name");
      notBlank(report, business.enterpriseCode(), path + "/business/enterpriseCode");
      if (notBlank(report, business.taxCode(), path + "/business/taxCode")) {
        report.addAll(TaxCode.validate(business.taxCode()).under(path + "/business/taxCode"));
      }
    }
  }

  // Called only once check() found nothing wrong, so every required value is present and valid.
  private static Persona toPersona(PersonaDocument p) {
    BusinessDocument b = p.business();
    return Persona.builder()
        .id(p.id())
        .kind(p.kind())
        .subject(p.subject())
        .techId(p.techId())
        .fullName(p.fullName())
        .sex(p.sex())
        .birthDate(p.birthDate())
        .personalIdNumber(PersonalIdNumber.parse(p.personalIdNumber()))
        .legacyIdCardNumber(
            p.legacyIdCardNumber() == null
                ? null
                : LegacyIdCardNumber.parse(p.legacyIdCardNumber()))
        .passportNumber(p.passportNumber())
        .taxCode(p.taxCode() == null ? null : TaxCode.parse(p.taxCode()))
        .address(p.address())
        .phone(p.phone().strip())
        .email(p.email().strip())
        .level(AccountLevel.of(p.level()))
        .business(
            b == null
                ? null
                : new Business(b.name(), TaxCode.parse(b.taxCode()), b.enterpriseCode()))
        .description(p.description())
        .build();
  }

  private static boolean notBlank(
      ValidationReport.Builder report, @Nullable String value, String path) {
    if (value == null || value.isBlank()) {
      violation(report, path, value == null ? "validation.not_null" : "validation.not_blank");
      return false;
    }
    return true;
  }

  private static boolean notNull(
      ValidationReport.Builder report, @Nullable Object value, String path) {
    if (value == null) {
      violation(report, path, "validation.not_null");
      return false;
    }
    return true;
  }

  private static void violation(ValidationReport.Builder report, String path, String code) {
    report.add(path, code, Map.of(), MESSAGES);
  }
}
