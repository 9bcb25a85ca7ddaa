package vn.motcua.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One problem found in the caller's input: where (a JSON Pointer such as {@code
 * /applicant/birthDate}), what rule (a stable code such as {@code identifier.personal_id.province})
 * and a sentence for people in Vietnamese or English.
 *
 * <p>A violation never holds the offending value, so it is safe to log, return to a browser or
 * store. Its arguments are limits and names from the rule itself (for example {@code max=255}).
 */
public final class Violation {
  private final String path;
  private final String code;
  private final Map<String, Object> args;
  private final MessageSource messages;

  private Violation(String path, String code, Map<String, ?> args, MessageSource messages) {
    this.path = requirePointer(path);
    this.code = Objects.requireNonNull(code, "code");
    this.args = Map.copyOf(args);
    this.messages = Objects.requireNonNull(messages, "messages");
  }

  /**
   * Creates a violation.
   *
   * @param path JSON Pointer of the offending value ({@code ""} for the document as a whole)
   * @param code stable code of the broken rule
   * @param args values from the rule (limits, names), never the input value itself
   * @param messages where the code's text for people comes from
   */
  public static Violation of(
      String path, String code, Map<String, ?> args, MessageSource messages) {
    return new Violation(path, code, args, messages);
  }

  /** Returns the JSON Pointer (RFC 6901) of the offending value; {@code ""} is the whole input. */
  public String path() {
    return path;
  }

  /** Returns the stable code of the broken rule. */
  public String code() {
    return code;
  }

  /** Returns the rule's arguments (limits, names); never the offending value. */
  public Map<String, Object> args() {
    return args;
  }

  /** Returns the message in Vietnamese, the default language. */
  public String message() {
    return message(MessageSource.VIETNAMESE);
  }

  /** Returns the message in the given locale: English for any English locale, else Vietnamese. */
  public String message(Locale locale) {
    return messages.message(code, args, Objects.requireNonNull(locale, "locale"));
  }

  /** Returns a copy whose path is {@code prefix} followed by this path, for nested validation. */
  public Violation under(String prefix) {
    return new Violation(requirePointer(prefix) + path, code, args, messages);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation other
        && path.equals(other.path)
        && code.equals(other.code)
        && args.equals(other.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, args);
  }

  /** Returns {@code path code args}; no input value is ever part of it. */
  @Override
  public String toString() {
    String shownPath = path.isEmpty() ? "/" : path;
    return args.isEmpty()
        ? shownPath + " " + code
        : shownPath + " " + code + " " + new TreeMap<>(args);
  }

  private static String requirePointer(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.isEmpty() && path.charAt(0) != '/') {
      throw new IllegalArgumentException("path must be a JSON Pointer starting with '/': " + path);
    }
    return path;
  }
}
