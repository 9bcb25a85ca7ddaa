package vn.motcua.core.internal.json;

import java.util.ArrayDeque;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/**
 * Builds JSON Pointers (RFC 6901) for the locations of problems.
 *
 * <p>Property names and map keys come from the input, and input can put data in a key (an object
 * keyed by ID number, an e-mail address typed where a field name belongs). A segment is shown only
 * when it looks like a field name — at most 64 letters, digits, {@code _}, {@code -}, {@code .} or
 * {@code $}, without a run of six or more digits — and is replaced by {@code *} otherwise, so a
 * report never carries a value through its path.
 */
public final class JsonPointers {
  /** The segment shown in place of a key that may hold data. */
  public static final String HIDDEN_SEGMENT = "*";

  private static final int MAX_NAME_LENGTH = 64;
  private static final int MAX_DIGIT_RUN = 5;

  private JsonPointers() {}

  /**
   * Returns the reference token for a name taken from the input: escaped when it looks like a field
   * name, {@link #HIDDEN_SEGMENT} when it may hold data.
   */
  public static String inputSegment(String name) {
    return looksLikeFieldName(name) ? escape(name) : HIDDEN_SEGMENT;
  }

  static boolean looksLikeFieldName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      return false;
    }
    int digitRun = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!digit && !letter && "_-.$/~:".indexOf(c) < 0) {
        return false;
      }
      digitRun = digit ? digitRun + 1 : 0;
      if (digitRun > MAX_DIGIT_RUN) {
        return false;
      }
    }
    return true;
  }

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
        pointer.append('/').append(inputSegment(name));
      } else if (reference.getIndex() >= 0) {
        pointer.append('/').append(reference.getIndex());
      }
    }
    return pointer.toString();
  }

  /** Returns the pointer of the parser's current position. */
  static String of(TokenStreamContext context) {
    ArrayDeque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.addFirst(String.valueOf(c.getCurrentIndex()));
        }
      } else if (c.currentName() != null) {
        segments.addFirst(inputSegment(c.currentName()));
      }
    }
    StringBuilder pointer = new StringBuilder();
    segments.forEach(s -> pointer.append('/').append(s));
    return pointer.toString();
  }
}
