package vn.motcua.identity.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.json.JsonLimits;
import vn.motcua.core.json.MotcuaJson;

/**
 * The one JSON parser of motcua identity: motcua-core's hardened mapper, for token headers, claims
 * and key sets alike, so that no two parsers ever disagree about the same bytes. It rejects
 * duplicate names at every depth (one consistent outcome for duplicate claims), bounds nesting, and
 * keeps numbers exact: an integer beyond {@code long} stays a {@link java.math.BigInteger} and a
 * fraction a floating-point value, so time claims can be refused instead of rounded.
 *
 * <p>Values become plain Java: {@link Map} (insertion order), {@link List}, {@link String}, {@link
 * Long} or {@link java.math.BigInteger}, other {@link Number}s, {@link Boolean} and {@code null},
 * all unmodifiable. Nimbus accepts these maps for headers and keys.
 */
public final class JoseJson {
  private static final int MAX_DEPTH = 16;

  private final MotcuaJson json;

  private JoseJson(long maxDocumentLength) {
    this.json =
        MotcuaJson.builder()
            .limits(
                JsonLimits.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(maxDocumentLength)
                    .build())
            .build();
  }

  /** Returns a parser for documents of at most {@code maxDocumentLength} bytes. */
  public static JoseJson withMaxLength(long maxDocumentLength) {
    return new JoseJson(maxDocumentLength);
  }

  /**
   * Parses a JSON object.
   *
   * @return the object, or {@code null} when {@code bytes} are not exactly one valid JSON object
   *     within the limits; the reason is never needed, since it would quote attacker input
   */
  public @Nullable Map<String, Object> object(byte[] bytes) {
    JsonNode node;
    try {
      node = json.readTree(bytes);
    } catch (MotcuaException e) {
      // Bad content, whatever the reason; provider answers and tokens arrive as bytes from
      // outside, so no failure of theirs may escape as anything but "not a JSON object".
      return null;
    }
    return node != null && node.isObject() ? toMap(node) : null;
  }

  private static Map<String, Object> toMap(JsonNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      map.put(property.getKey(), toJava(property.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  private static @Nullable Object toJava(JsonNode node) {
    if (node.isObject()) {
      return toMap(node);
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>(node.size());
      for (JsonNode element : node.values()) {
        list.add(toJava(element));
      }
      return Collections.unmodifiableList(list);
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    return null;
  }
}
