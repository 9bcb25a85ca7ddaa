package vn.motcua.dossier.internal.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Unknown JSON properties a model object keeps for forward compatibility: read leniently, written
 * back unchanged. Values are deep-copied in and out, because Jackson's object nodes are mutable.
 */
public final class Extensions {
  private static final Map<String, JsonNode> NONE = Map.of();

  private Extensions() {}

  /**
   * Returns an immutable, key-sorted deep copy of {@code extensions}.
   *
   * @throws IllegalArgumentException when a name is one of the type's declared properties, which
   *     would be written twice
   */
  public static Map<String, JsonNode> copy(
      @Nullable Map<String, JsonNode> extensions, Set<String> declared) {
    if (extensions == null || extensions.isEmpty()) {
      return NONE;
    }
    TreeMap<String, JsonNode> copy = new TreeMap<>();
    extensions.forEach(
        (name, value) -> {
          Objects.requireNonNull(name, "extension name");
          if (declared.contains(name)) {
            throw new IllegalArgumentException(
                "an extension cannot use the declared property name " + name);
          }
          copy.put(name, Objects.requireNonNull(value, "extension value").deepCopy());
        });
    return Collections.unmodifiableMap(copy);
  }

  /** Returns a deep copy for callers, who may mutate the nodes they get. */
  public static Map<String, JsonNode> exposed(Map<String, JsonNode> extensions) {
    if (extensions.isEmpty()) {
      return NONE;
    }
    TreeMap<String, JsonNode> copy = new TreeMap<>();
    extensions.forEach((name, value) -> copy.put(name, value.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }
}
