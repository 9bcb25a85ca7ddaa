package vn.motcua.core.internal.json;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/** Builds JSON Pointers (RFC 6901) for the locations of problems. */
public final class JsonPointers {
  private JsonPointers() {}

  /** Escapes one reference token: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
  public static String escape(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** Returns the pointer of a path that databind recorded: property names and array indices. */
  static String of(List<JacksonException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : path) {
      String name = reference.getPropertyName();
      if (name != null) {
        pointer.append('/').append(escape(name));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  /** Returns the pointer of the parser's current position. */
  static String of(TokenStreamContext context) {
    return context.pathAsPointer().toString();
  }
}
