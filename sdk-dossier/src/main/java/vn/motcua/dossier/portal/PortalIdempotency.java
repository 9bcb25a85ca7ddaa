package vn.motcua.dossier.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.dvcqg.PortalDossier;
import vn.motcua.dossier.dvcqg.PortalProgress;

/**
 * Derives the {@code Idempotency-Key} the portal clients send: {@code <MaHoSo>/<step>/<sha-256 hex
 * of the canonical payload>}. The same content gives the same key, so a retry after an unknown
 * outcome is recognised; changed content gives a new key.
 *
 * <p>The canonical payload is the element's JSON as the clients send it (fields in declaration
 * order), without the session, agency code or {@code isUpdating} flag, which may differ between
 * attempts. Keys are at most 255 visible ASCII characters.
 */
public final class PortalIdempotency {
  /** The step name of a dossier synchronisation ({@code DongBoHoSoMC}, {@code SyncDocument}). */
  public static final String DOSSIER_STEP = "dossier";

  /**
   * The step name of progress updates ({@code CapNhatTienDoHoSoMC}, {@code UpdateDocumentTraces}).
   */
  public static final String PROGRESS_STEP = "progress";

  /** The step name of satisfaction reports ({@code DongBoDanhGia}). */
  public static final String SATISFACTION_STEP = "satisfaction";

  /** What {@link #fresh(String)} adds to a key, before a random part. */
  public static final String RESEND_MARK = "/resend-";

  private static final MotcuaJson JSON = MotcuaJson.strict();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PortalIdempotency() {}

  /** Returns the key of a dossier element. */
  public static String forDossier(PortalDossier element) {
    return key(element.dossierCode(), DOSSIER_STEP, JSON.writeBytes(element));
  }

  /** Returns the key of progress elements, all of one dossier. */
  public static String forProgress(List<PortalProgress> elements) {
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("at least one progress element is needed");
    }
    return key(elements.get(0).dossierCode(), PROGRESS_STEP, JSON.writeBytes(elements));
  }

  /**
   * Returns {@code owner/step/digest} for any canonical payload.
   *
   * @param owner the dossier code or agency code the payload belongs to
   * @param step a short name for what is sent
   * @param canonicalPayload the payload bytes the digest covers
   */
  public static String key(String owner, String step, byte[] canonicalPayload) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(step, "step");
    String key = owner + "/" + step + "/" + sha256(canonicalPayload);
    if (key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw new IllegalArgumentException(
          "owner and step must be visible ASCII and short enough for a 255-character key");
    }
    return key;
  }

  /**
   * Returns a new key for content sent before under {@code key}: {@code key} without any earlier
   * {@value #RESEND_MARK} suffix, then {@value #RESEND_MARK} and 32 random hex digits. A portal
   * that keeps the first outcome per key treats a request under it as new (the outbox's {@code
   * resubmitWithFreshKey}); the prefix still names the dossier and the content.
   */
  public static String fresh(String key) {
    String base = requireKey(key);
    int mark = base.indexOf(RESEND_MARK);
    if (mark >= 0) {
      base = base.substring(0, mark);
    }
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    return requireKey(base + RESEND_MARK + HexFormat.of().formatHex(random));
  }

  /**
   * Returns {@code key} when it can be sent as an {@code Idempotency-Key}: 1 to 255 visible ASCII
   * characters.
   *
   * @throws IllegalArgumentException otherwise (the message does not repeat the key)
   */
  public static String requireKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
      throw new IllegalArgumentException(
          "an idempotency key must be 1 to 255 visible ASCII characters");
    }
    return key;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
