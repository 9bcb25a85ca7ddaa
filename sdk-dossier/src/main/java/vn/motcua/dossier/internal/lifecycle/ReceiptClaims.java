package vn.motcua.dossier.internal.lifecycle;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.core.privacy.Mask;
import vn.motcua.dossier.receipt.Receipt;
import vn.motcua.dossier.receipt.ReceiptException;
import vn.motcua.dossier.receipt.VerifiedReceipt;

/**
 * The compact claims of a signed receipt. Short names keep the QR code small: {@code v} version,
 * {@code c} dossier code, {@code p} procedure code, {@code a} agency code, {@code r} received and
 * {@code d} due (epoch seconds), {@code n} masked applicant name, {@code k} document count, {@code
 * f} fee total in VND.
 */
public final class ReceiptClaims {
  /** The version of the claim set; a verifier refuses any other. */
  public static final long VERSION = 1;

  private static final Set<String> NAMES = Set.of("v", "c", "p", "a", "r", "d", "n", "k", "f");
  private static final ZoneOffset VN = ZoneOffset.ofHours(7);

  private ReceiptClaims() {}

  /** Returns the claims of {@code receipt}, in a fixed order. */
  public static Map<String, Object> of(Receipt receipt) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("v", VERSION);
    claims.put("c", receipt.dossierCode().value());
    claims.put("p", receipt.procedureCode().value());
    claims.put("a", receipt.agencyCode().value());
    claims.put("r", receipt.receivedAt().toEpochSecond());
    if (receipt.dueAt() != null) {
      claims.put("d", receipt.dueAt().toEpochSecond());
    }
    claims.put("n", Mask.name(receipt.applicantName()));
    claims.put("k", (long) receipt.documentCount());
    claims.put("f", receipt.feeTotal());
    return claims;
  }

  /**
   * Reads verified claims back.
   *
   * @throws ReceiptException with code {@code dossier.receipt.malformed} when a claim is missing,
   *     unknown, of the wrong type or invalid
   */
  public static VerifiedReceipt read(Map<String, Object> claims, String keyId) {
    try {
      if (!NAMES.containsAll(claims.keySet())) {
        throw malformed("it has claims a receipt does not have", null);
      }
      if (JSONObjectUtils.getLong(claims, "v") != VERSION) {
        throw malformed("its version is not " + VERSION, null);
      }
      long documents = required(claims, "k");
      long fees = required(claims, "f");
      if (documents < 0 || documents > Integer.MAX_VALUE || fees < 0) {
        throw malformed("its document count or fee total is negative", null);
      }
      @Nullable OffsetDateTime due = claims.containsKey("d") ? time(required(claims, "d")) : null;
      return new VerifiedReceipt(
          DossierCode.parse(requiredString(claims, "c")),
          ProcedureCode.parse(requiredString(claims, "p")),
          AgencyCode.parse(requiredString(claims, "a")),
          time(required(claims, "r")),
          due,
          requiredString(claims, "n"),
          (int) documents,
          fees,
          keyId);
    } catch (ParseException | RuntimeException e) {
      if (e instanceof ReceiptException re) {
        throw re;
      }
      throw malformed("a claim is missing, of the wrong type or invalid", redacted(e));
    }
  }

  private static @Nullable Throwable redacted(Exception e) {
    // An identifier's parse error may quote the value; keep only the code as the cause.
    return e instanceof MotcuaException m ? new IllegalArgumentException(m.code()) : null;
  }

  private static long required(Map<String, Object> claims, String name) throws ParseException {
    if (!(claims.get(name) instanceof Number)) {
      throw new ParseException("missing " + name, 0);
    }
    return JSONObjectUtils.getLong(claims, name);
  }

  private static String requiredString(Map<String, Object> claims, String name)
      throws ParseException {
    String value = JSONObjectUtils.getString(claims, name);
    if (value == null) {
      throw new ParseException("missing " + name, 0);
    }
    return value;
  }

  private static OffsetDateTime time(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).atOffset(VN);
  }

  /** Returns a malformed-receipt exception. */
  public static ReceiptException malformed(String why, @Nullable Throwable cause) {
    return new ReceiptException(
        ReceiptException.MALFORMED, "The signed receipt is malformed: " + why, cause);
  }
}
