package vn.motcua.core.json;

import java.util.Objects;
import vn.motcua.core.internal.json.JsonPointers;

/**
 * Builds JSON Pointer (RFC 6901) segments for reports, under the same privacy rule {@link
 * MotcuaJson} applies to its own paths.
 *
 * <p>Use it when a module reports a problem at a property whose name came from the input, such as
 * an unknown property collected with {@code @JsonAnySetter}: input can put data in a key (an object
 * keyed by ID number, an e-mail address typed where a field name belongs), so a name that does not
 * look like a field name is shown as {@link #HIDDEN_SEGMENT}. Thread-safe; stateless.
 */
public final class JsonPaths {
  /** The segment shown in place of a name that may hold data. */
  public static final String HIDDEN_SEGMENT = JsonPointers.HIDDEN_SEGMENT;

  private JsonPaths() {}

  /**
   * Returns the segment for a property name taken from the input: escaped ({@code ~0}, {@code ~1})
   * when it looks like a field name (at most 64 ASCII letters, digits or {@code _-.$:}, no run of
   * six digits), {@link #HIDDEN_SEGMENT} otherwise. The result does not start with {@code /}.
   */
  public static String inputSegment(String name) {
    return JsonPointers.inputSegment(Objects.requireNonNull(name, "name"));
  }

  /**
   * Escapes a segment the caller chose itself (a field name of its own): {@code ~0}, {@code ~1}.
   */
  public static String escape(String segment) {
    return JsonPointers.escape(Objects.requireNonNull(segment, "segment"));
  }
}
