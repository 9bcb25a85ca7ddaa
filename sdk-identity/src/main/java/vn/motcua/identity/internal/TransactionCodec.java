package vn.motcua.identity.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.identity.AssuranceLevel;
import vn.motcua.identity.IdentityCodes;

/**
 * A login transaction as JSON, and its MAC.
 *
 * <p>The MAC is HMAC-SHA256 under the relying party's transaction key over every field, each
 * length-prefixed, so no two different transactions share an input. The JSON is read strictly: one
 * object, no duplicate or unknown names, every value of its type and format; a failure says only
 * that the transaction is malformed, since the reason could quote its secrets.
 */
public final class TransactionCodec {
  /** The smallest transaction key: 256 bits, the output size of the MAC. */
  public static final int MIN_KEY_BYTES = 32;

  private static final int VERSION = 1;
  private static final int MAX_JSON = 8 * 1024;
  private static final int MAX_ACR_VALUES = 16;
  private static final int MAX_TEXT = 2048;
  private static final JoseJson JSON = JoseJson.withMaxLength(MAX_JSON);
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43,128}");
  private static final Pattern MAC = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Set<String> FIELDS =
      Set.of(
          "v",
          "iss",
          "client_id",
          "state",
          "nonce",
          "code_verifier",
          "redirect_uri",
          "max_age",
          "acr_values",
          "required_assurance",
          "created_at",
          "mac");

  private TransactionCodec() {}

  /** Returns the base64url HMAC-SHA256 of {@code data}'s fields other than the MAC. */
  public static String mac(byte[] key, TransactionData data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Randoms.base64url(mac.doFinal(macInput(data)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }

  /** Returns whether {@code data}'s MAC is right for {@code key}, compared in constant time. */
  public static boolean verify(byte[] key, TransactionData data) {
    return MessageDigest.isEqual(
        mac(key, data).getBytes(StandardCharsets.US_ASCII),
        data.mac().getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] macInput(TransactionData d) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(VERSION);
      for (String field :
          List.of(
              d.issuer(), d.clientId(), d.state(), d.nonce(), d.codeVerifier(), d.redirectUri())) {
        writeText(out, field);
      }
      out.writeLong(d.maxAgeSeconds() == null ? -1 : d.maxAgeSeconds());
      out.writeInt(d.acrValues().size());
      for (String acr : d.acrValues()) {
        writeText(out, acr);
      }
      writeText(out, d.requiredAssurance().name());
      out.writeLong(d.createdAt().getEpochSecond());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /** Returns {@code data} as one line of JSON. */
  public static String write(TransactionData d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("v", VERSION);
    json.put("iss", d.issuer());
    json.put("client_id", d.clientId());
    json.put("state", d.state());
    json.put("nonce", d.nonce());
    json.put("code_verifier", d.codeVerifier());
    json.put("redirect_uri", d.redirectUri());
    if (d.maxAgeSeconds() != null) {
      json.put("max_age", d.maxAgeSeconds());
    }
    if (!d.acrValues().isEmpty()) {
      json.put("acr_values", d.acrValues());
    }
    if (d.requiredAssurance() != AssuranceLevel.NONE) {
      json.put("required_assurance", d.requiredAssurance().name());
    }
    json.put("created_at", d.createdAt().getEpochSecond());
    json.put("mac", d.mac());
    return MotcuaJson.strict().write(json);
  }

  /**
   * Reads a transaction written by {@link #write}; its MAC is not checked here.
   *
   * @throws vn.motcua.identity.IdentityException {@code identity.transaction.malformed}
   */
  public static TransactionData read(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Map<String, Object> json = bytes.length > MAX_JSON ? null : JSON.object(bytes);
    if (json == null || !FIELDS.containsAll(json.keySet())) {
      throw malformed();
    }
    if (!Long.valueOf(VERSION).equals(json.get("v"))) {
      throw malformed();
    }
    String redirectUri = text(json, "redirect_uri");
    try {
      if (!new URI(redirectUri).isAbsolute()) {
        throw malformed();
      }
    } catch (URISyntaxException e) {
      throw malformed();
    }
    Object maxAge = json.get("max_age");
    if (maxAge != null && !(maxAge instanceof Long seconds && seconds >= 0)) {
      throw malformed();
    }
    return new TransactionData(
        text(json, "iss"),
        text(json, "client_id"),
        secret(json, "state"),
        secret(json, "nonce"),
        secret(json, "code_verifier"),
        redirectUri,
        (Long) maxAge,
        acrValues(json.get("acr_values")),
        assurance(json.get("required_assurance")),
        createdAt(json.get("created_at")),
        mac(json));
  }

  private static String text(Map<String, Object> json, String name) {
    if (json.get(name) instanceof String text && !text.isEmpty() && text.length() <= MAX_TEXT) {
      return text;
    }
    throw malformed();
  }

  private static String secret(Map<String, Object> json, String name) {
    String value = text(json, name);
    if (!SECRET.matcher(value).matches()) {
      throw malformed();
    }
    return value;
  }

  private static String mac(Map<String, Object> json) {
    String value = text(json, "mac");
    if (!MAC.matcher(value).matches()) {
      throw malformed();
    }
    return value;
  }

  private static List<String> acrValues(@Nullable Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > MAX_ACR_VALUES) {
      throw malformed();
    }
    List<String> values = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String text) || text.isEmpty() || text.length() > MAX_TEXT) {
        throw malformed();
      }
      values.add(text);
    }
    return values;
  }

  private static AssuranceLevel assurance(@Nullable Object value) {
    if (value == null) {
      return AssuranceLevel.NONE;
    }
    if (value instanceof String name) {
      for (AssuranceLevel level : AssuranceLevel.values()) {
        if (level != AssuranceLevel.NONE && level.name().equals(name)) {
          return level;
        }
      }
    }
    throw malformed();
  }

  private static Instant createdAt(@Nullable Object value) {
    if (value instanceof Long seconds && seconds >= 0 && seconds <= 253_402_300_799L) {
      return Instant.ofEpochSecond(seconds);
    }
    throw malformed();
  }

  private static vn.motcua.identity.IdentityException malformed() {
    return Failures.of(IdentityCodes.TRANSACTION_MALFORMED);
  }
}
