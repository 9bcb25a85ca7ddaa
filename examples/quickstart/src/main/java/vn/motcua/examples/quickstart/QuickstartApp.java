package vn.motcua.examples.quickstart;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.Motcua;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.PersonalIdNumber;
import vn.motcua.core.id.Sex;
import vn.motcua.core.id.TaxCode;
import vn.motcua.core.id.constraints.ValidPersonalIdNumber;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.core.privacy.Mask;
import vn.motcua.core.validation.BeanValidation;
import vn.motcua.core.validation.ValidationReport;

/**
 * A first look at motcua-core, with synthetic data only: identifiers, the hardened JSON reader and
 * validation reports in Vietnamese and English. Personal data is printed masked, as a real
 * application should log it.
 */
public final class QuickstartApp {
  /** A small application form: what a citizen portal might receive as JSON. */
  record Application(
      @NotBlank @Size(max = 100) String fullName,
      @ValidPersonalIdNumber String personalId,
      List<@Valid Attachment> attachments) {}

  /** A file attached to the form. */
  record Attachment(@NotBlank String name, @PositiveOrZero long size) {}

  private QuickstartApp() {}

  /** Runs the example and prints what it does. */
  public static void main(String[] args) {
    // Route Hibernate Validator's own logging through SLF4J (see simplelogger.properties).
    System.setProperty("org.jboss.logging.provider", "slf4j");
    run(System.out);
  }

  static void run(PrintStream out) {
    out.println("motcua " + Motcua.version() + " quickstart (synthetic data)");

    out.println();
    out.println("1. Personal ID number (số định danh cá nhân)");
    PersonalIdNumber id = PersonalIdNumber.parse("048095000012");
    out.println("   parsed:      " + id);
    out.println("   province:    " + id.provinceCode() + " " + id.province().vietnameseName());
    out.println("   sex, year:   " + id.sex() + ", " + id.birthYear());
    ValidationReport consistency = id.checkConsistency(Sex.FEMALE, LocalDate.of(1995, 3, 14));
    out.println("   vs. claimed FEMALE born 1995: " + consistency.codes());

    out.println();
    out.println("2. Tax codes (mã số thuế): the 10th digit is a check digit");
    for (String candidate : List.of("0100109106", "0100109107", "0100109106-001")) {
      ValidationReport report = TaxCode.validate(candidate);
      out.println(
          "   "
              + Mask.idNumber(candidate)
              + " -> "
              + (report.isValid() ? "valid" : report.messages(Locale.ENGLISH).get(0)));
    }

    out.println();
    out.println("3. Dossier code (mã hồ sơ): <agency>-YYMMDD-NNNN");
    DossierCode code =
        DossierCode.of(AgencyCode.parse("000.00.53.H48"), LocalDate.of(2022, 9, 21), 99);
    out.println(
        "   " + code.value() + " (agency " + code.agency() + ", seq " + code.sequence() + ")");

    out.println();
    out.println("4. Hardened JSON: a duplicated key is refused, with its path and no value echoed");
    String json =
        """
        {"fullName": "Nguyễn Văn An", "personalId": "048095000012",
         "personalId": "001099012345", "attachments": []}
        """;
    try {
      MotcuaJson.strict().read(json, Application.class);
    } catch (InvalidInputException e) {
      out.println("   " + e.code() + " at " + e.report().violations().get(0).path());
      e.report().messages(Locale.ENGLISH).forEach(m -> out.println("   en: " + m));
      e.report().messages(Locale.forLanguageTag("vi")).forEach(m -> out.println("   vi: " + m));
    }

    out.println();
    out.println("5. Validation: every problem at once, each with its JSON path");
    Application form =
        MotcuaJson.strict()
            .read(
                """
                {"fullName": " ", "personalId": "999095000012",
                 "attachments": [{"name": "to-khai.pdf", "size": 1024}, {"name": "", "size": -1}]}
                """,
                Application.class);
    ValidationReport report = BeanValidation.defaults().validate(form);
    report.messages(Locale.ENGLISH).forEach(m -> out.println("   en: " + m));
    report.messages(Locale.forLanguageTag("vi")).forEach(m -> out.println("   vi: " + m));
  }
}
