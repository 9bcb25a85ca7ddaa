package vn.motcua.core.internal.id;

import java.util.List;

/**
 * The stable codes of every identifier rule, in one place so the message bundles, the docs and the
 * tests can be checked against a single list. Scheme: {@code identifier.<type>.<rule>}.
 */
public final class IdentifierCodes {
  /** Code of the {@code InvalidInputException} thrown by every identifier {@code parse}. */
  public static final String INVALID = "identifier.invalid";

  public static final String PERSONAL_ID_INVALID = "identifier.personal_id.invalid";
  public static final String PERSONAL_ID_LENGTH = "identifier.personal_id.length";
  public static final String PERSONAL_ID_DIGITS = "identifier.personal_id.digits";
  public static final String PERSONAL_ID_PROVINCE = "identifier.personal_id.province";
  public static final String PERSONAL_ID_SEX_MISMATCH = "identifier.personal_id.sex_mismatch";
  public static final String PERSONAL_ID_BIRTH_YEAR_MISMATCH =
      "identifier.personal_id.birth_year_mismatch";
  public static final String PERSONAL_ID_BIRTH_YEAR_FUTURE =
      "identifier.personal_id.birth_year_future";

  public static final String LEGACY_ID_INVALID = "identifier.legacy_id.invalid";
  public static final String LEGACY_ID_LENGTH = "identifier.legacy_id.length";
  public static final String LEGACY_ID_DIGITS = "identifier.legacy_id.digits";

  public static final String TAX_CODE_INVALID = "identifier.tax_code.invalid";
  public static final String TAX_CODE_FORMAT = "identifier.tax_code.format";
  public static final String TAX_CODE_CHECK_DIGIT = "identifier.tax_code.check_digit";
  public static final String TAX_CODE_BRANCH = "identifier.tax_code.branch";

  public static final String AGENCY_CODE_INVALID = "identifier.agency_code.invalid";
  public static final String AGENCY_CODE_LENGTH = "identifier.agency_code.length";
  public static final String AGENCY_CODE_FORMAT = "identifier.agency_code.format";

  public static final String PROCEDURE_CODE_INVALID = "identifier.procedure_code.invalid";
  public static final String PROCEDURE_CODE_FORMAT = "identifier.procedure_code.format";

  public static final String DOSSIER_CODE_INVALID = "identifier.dossier_code.invalid";
  public static final String DOSSIER_CODE_FORMAT = "identifier.dossier_code.format";
  public static final String DOSSIER_CODE_AGENCY = "identifier.dossier_code.agency";
  public static final String DOSSIER_CODE_DATE = "identifier.dossier_code.date";
  public static final String DOSSIER_CODE_SEQUENCE = "identifier.dossier_code.sequence";

  /** Code of the error thrown when a province table is not in the expected CSV layout. */
  public static final String PROVINCE_TABLE_INVALID = "identifier.province_table.invalid";

  /** Code of the error thrown when a province table cannot be read at all. */
  public static final String PROVINCE_TABLE_UNREADABLE = "identifier.province_table.unreadable";

  private static final List<String> ALL =
      List.of(
          INVALID,
          PERSONAL_ID_INVALID,
          PERSONAL_ID_LENGTH,
          PERSONAL_ID_DIGITS,
          PERSONAL_ID_PROVINCE,
          PERSONAL_ID_SEX_MISMATCH,
          PERSONAL_ID_BIRTH_YEAR_MISMATCH,
          PERSONAL_ID_BIRTH_YEAR_FUTURE,
          LEGACY_ID_INVALID,
          LEGACY_ID_LENGTH,
          LEGACY_ID_DIGITS,
          TAX_CODE_INVALID,
          TAX_CODE_FORMAT,
          TAX_CODE_CHECK_DIGIT,
          TAX_CODE_BRANCH,
          AGENCY_CODE_INVALID,
          AGENCY_CODE_LENGTH,
          AGENCY_CODE_FORMAT,
          PROCEDURE_CODE_INVALID,
          PROCEDURE_CODE_FORMAT,
          DOSSIER_CODE_INVALID,
          DOSSIER_CODE_FORMAT,
          DOSSIER_CODE_AGENCY,
          DOSSIER_CODE_DATE,
          DOSSIER_CODE_SEQUENCE,
          PROVINCE_TABLE_INVALID,
          PROVINCE_TABLE_UNREADABLE);

  private IdentifierCodes() {}

  /** Returns every code defined here, each once. */
  public static List<String> all() {
    return ALL;
  }
}
