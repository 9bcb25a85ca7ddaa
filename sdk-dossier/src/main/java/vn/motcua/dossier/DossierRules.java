package vn.motcua.dossier;

/**
 * The stable codes of the rules {@link DossierValidator} checks, beyond the Bean Validation codes
 * ({@code validation.not_blank}, {@code validation.size}...) and identifier codes ({@code
 * identifier.personal_id.sex_mismatch}...) it also reports. Branch on these codes, never on
 * messages. Each violation is reported at the JSON path of the value it concerns.
 */
public final class DossierRules {
  private DossierRules() {}

  /** The code of the exception for a dossier that breaks any rule. */
  public static final String INVALID = "dossier.invalid";

  /** A builder lacked required properties (the exception's code; violations are not_null). */
  public static final String INCOMPLETE = "dossier.incomplete";

  /** The JSON's {@code schemaVersion} is not one this SDK reads ({@code {supported}}). */
  public static final String SCHEMA_VERSION_UNSUPPORTED = "dossier.schema_version.unsupported";

  // --- dates and status ---

  /** The due date is not after the date of receipt. */
  public static final String DUE_BEFORE_RECEIVED = "dossier.due_before_received";

  /** An accepted dossier has no due date. */
  public static final String DUE_AT_MISSING = "dossier.due_at_missing";

  /** Processing ended before the dossier was received. */
  public static final String FINISHED_BEFORE_RECEIVED = "dossier.finished_before_received";

  /** The result was returned before the dossier was received. */
  public static final String RETURNED_BEFORE_RECEIVED = "dossier.returned_before_received";

  /** The status says the result was returned, but no return time is given. */
  public static final String RETURNED_AT_MISSING = "dossier.returned_at_missing";

  /** The date in the dossier code differs from the date of receipt in Vietnam. */
  public static final String CODE_DATE_MISMATCH = "dossier.code_date_mismatch";

  // --- applicant and representative ---

  /** A citizen without a personal (or legacy) ID number, or an organisation without tax code. */
  public static final String APPLICANT_ID_MISSING = "dossier.applicant.id_missing";

  /** A birth date after today in Vietnam. */
  public static final String BIRTH_DATE_FUTURE = "dossier.applicant.birth_date_future";

  /** A phone number with characters other than digits, spaces, {@code +-.()}, or 8–15 digits. */
  public static final String PHONE_FORMAT = "dossier.phone_format";

  /** An e-mail address that is not {@code local@domain}. */
  public static final String EMAIL_FORMAT = "dossier.email_format";

  /** A representative is declared without an authorization. */
  public static final String AUTHORIZATION_MISSING = "dossier.representative.authorization_missing";

  /** The authorization expired before the dossier was received. */
  public static final String AUTHORIZATION_EXPIRED = "dossier.representative.authorization_expired";

  /** The authorization names a document the dossier does not contain. */
  public static final String AUTHORIZATION_DOCUMENT_UNKNOWN =
      "dossier.representative.authorization_document_unknown";

  // --- documents, fees, steps ---

  /** A SHA-256 digest that is not 64 lowercase hexadecimal digits. */
  public static final String SHA256_FORMAT = "dossier.document.sha256_format";

  /** A document larger than allowed ({@code {max}} bytes). */
  public static final String DOCUMENT_TOO_LARGE = "dossier.document.too_large";

  /** A document with neither a download URL nor a content reference. */
  public static final String CONTENT_MISSING = "dossier.document.content_missing";

  /** A download URL that is not {@code https} (or not absolute). */
  public static final String URL_SCHEME = "dossier.url_scheme";

  /** Two documents with the same id. */
  public static final String DOCUMENT_DUPLICATE_ID = "dossier.document.duplicate_id";

  /** A negative fee amount. */
  public static final String FEE_NEGATIVE = "dossier.fee.negative";

  /** A processing step dated before the dossier was received. */
  public static final String STEP_BEFORE_RECEIVED = "dossier.step.before_received";

  /** A processing step dated before the step listed before it. */
  public static final String STEP_OUT_OF_ORDER = "dossier.step.out_of_order";

  /** A supplement requested before the dossier was received. */
  public static final String SUPPLEMENT_BEFORE_RECEIVED = "dossier.supplement.before_received";

  // --- against the procedure ---

  /** The catalogue has no procedure with this code. */
  public static final String PROCEDURE_UNKNOWN = "dossier.procedure.unknown";

  /** The procedure is not offered on the dossier's channel. */
  public static final String CHANNEL_NOT_OFFERED = "dossier.channel.not_offered";

  /** The procedure does not accept this kind of applicant. */
  public static final String APPLICANT_KIND_NOT_ALLOWED = "dossier.applicant.kind_not_allowed";

  /** A required component ({@code {component}}) has no document. */
  public static final String COMPONENT_MISSING = "dossier.component.missing";

  /** A document names a component the procedure does not have. */
  public static final String COMPONENT_UNKNOWN = "dossier.document.component_unknown";

  /** A document's media type is not among those its component accepts. */
  public static final String MEDIA_TYPE_NOT_ACCEPTED = "dossier.document.media_type_not_accepted";

  /** A component that must be a certified copy has a document not flagged as one. */
  public static final String CERTIFIED_COPY_REQUIRED = "dossier.document.certified_copy_required";

  /** A fee whose code is not among the fee items of the procedure on the dossier's channel. */
  public static final String FEE_UNKNOWN = "dossier.fee.unknown";

  /** A fee whose amount differs from the catalogue's fixed amount ({@code {expected}}). */
  public static final String FEE_AMOUNT_MISMATCH = "dossier.fee.amount_mismatch";

  /** A fee whose kind (phí or lệ phí) differs from the catalogue's. */
  public static final String FEE_KIND_MISMATCH = "dossier.fee.kind_mismatch";

  // --- against the verified identity ---

  /**
   * The verified identity is neither the applicant nor a representative declared with an
   * authorization.
   */
  public static final String IDENTITY_NOT_APPLICANT = "dossier.identity.not_applicant";

  /**
   * The identity's assurance level is below the procedure's ({@code {required}}, with {@code
   * {actual}} the identity's), reported at the whole dossier ({@code ""}).
   */
  public static final String ASSURANCE_TOO_LOW = "dossier.identity.assurance_too_low";
}
