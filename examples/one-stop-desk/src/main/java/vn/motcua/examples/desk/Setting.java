package vn.motcua.examples.desk;

import java.util.Arrays;
import java.util.Optional;

/**
 * One setting of the one-stop desk: its key in the properties file, its environment variable, and
 * whether its value is a secret (never printed, never put in an error message).
 */
public enum Setting {
  /** The identity provider's issuer; set it to sign in at a real provider instead of the stub. */
  IDP_ISSUER("idp.issuer", "MOTCUA_IDP_ISSUER", false),
  /** The client id registered at the identity provider. */
  CLIENT_ID("idp.client-id", "MOTCUA_CLIENT_ID", false),
  /** The client secret ({@code client_secret_basic}). */
  CLIENT_SECRET("idp.client-secret", "MOTCUA_CLIENT_SECRET", true),
  /** The redirect URI registered for the client. */
  REDIRECT_URI("idp.redirect-uri", "MOTCUA_REDIRECT_URI", false),
  /** Which synthetic persona the stub identity provider signs in. */
  PERSONA("stub.persona", "MOTCUA_STUB_PERSONA", false),
  /** The DVCQG adapter's base URL; set it to submit to a real portal instead of the stub. */
  PORTAL_URL("portal.url", "MOTCUA_PORTAL_URL", false),
  /** The adapter account's user name. */
  PORTAL_USER("portal.user", "MOTCUA_PORTAL_USER", false),
  /** The adapter account's password. */
  PORTAL_PASSWORD("portal.password", "MOTCUA_PORTAL_PASSWORD", true),
  /** The {@code dstcode} header some adapters ask for. */
  PORTAL_DSTCODE("portal.dstcode", "MOTCUA_PORTAL_DSTCODE", false),
  /** The receiving unit's agency code ({@code madonvi}). */
  AGENCY_CODE("agency.code", "MOTCUA_AGENCY_CODE", false),
  /** The receiving unit's name, printed on the receipt. */
  AGENCY_NAME("agency.name", "MOTCUA_AGENCY_NAME", false),
  /** The procedure's national code, looked up in the sample catalogue. */
  PROCEDURE_CODE("procedure.code", "MOTCUA_PROCEDURE_CODE", false),
  /** Where the outbox and the dossier code counter keep their H2 files. */
  DATA_DIR("data.dir", "MOTCUA_DATA_DIR", false),
  /**
   * A private EC P-256 JWK (with {@code kid}) that signs receipts; a fresh key per run if unset.
   */
  RECEIPT_KEY_FILE("receipt.key-file", "MOTCUA_RECEIPT_KEY_FILE", false),
  /** How long to wait for the outbox to deliver everything, in seconds. */
  DELIVERY_TIMEOUT("delivery.timeout-seconds", "MOTCUA_DELIVERY_TIMEOUT_SECONDS", false);

  private final String key;
  private final String environmentVariable;
  private final boolean secret;

  Setting(String key, String environmentVariable, boolean secret) {
    this.key = key;
    this.environmentVariable = environmentVariable;
    this.secret = secret;
  }

  /** Returns the key in the properties file, such as {@code portal.url}. */
  public String key() {
    return key;
  }

  /** Returns the environment variable, such as {@code MOTCUA_PORTAL_URL}. */
  public String environmentVariable() {
    return environmentVariable;
  }

  /** Returns whether the value is a secret, never to be printed. */
  public boolean secret() {
    return secret;
  }

  /** Returns the JSON Pointer under which problems with this setting are reported. */
  public String path() {
    return "/" + key;
  }

  /** Returns the setting with this properties-file key. */
  public static Optional<Setting> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }
}
