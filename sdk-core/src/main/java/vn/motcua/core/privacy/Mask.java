package vn.motcua.core.privacy;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Masks personal data before it reaches a log line, an exception message or a {@code toString()}.
 *
 * <p>Every motcua type that holds personal data masks it with these methods, so one rule applies
 * everywhere. A masked value keeps just enough to tell two values apart in a support call (the
 * first digits of an ID number, which only name a province, and the last two) and never enough to
 * recover the value. Hashes are not a substitute: a hash of an ID number is still personal data,
 * because the space of ID numbers is small enough to enumerate.
 *
 * <p>Every method accepts {@code null} and returns {@code "null"} for it, so callers can mask
 * optional fields without checks.
 */
public final class Mask {
  /** What a secret (token, password, key) is replaced by, whatever its length. */
  public static final String REDACTED = "[redacted]";

  private Mask() {}

  /**
   * Masks an identification number (personal ID, legacy ID card, passport, tax code): keeps the
   * first four and last two characters of a 12-character value ({@code 0480******12}), fewer for
   * shorter ones; at least half of the characters are always hidden, and values shorter than eight
   * characters are hidden completely.
   */
  public static String idNumber(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    int length = value.length();
    if (length < 8) {
      return stars(length);
    }
    return keep(value, Math.min(4, length / 2 - 2), 2);
  }

  /**
   * Masks a phone number: keeps the first three and last two digits of a ten-digit number ({@code
   * 091*****78}); separators are dropped first.
   */
  public static String phone(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    String digits = value.toString().replaceAll("[^0-9+]", "");
    int keepHead = digits.length() >= 9 ? 3 : 0;
    int keepTail = digits.length() >= 7 ? 2 : 0;
    return keep(digits, keepHead, keepTail);
  }

  /**
   * Masks an e-mail address: keeps the first character of the local part and the domain ({@code
   * n***@example.com}). A value without {@code @} is masked completely.
   */
  public static String email(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    String text = value.toString();
    int at = text.lastIndexOf('@');
    if (at <= 0) {
      return stars(text.length());
    }
    return text.charAt(0) + "***" + text.substring(at);
  }

  /**
   * Masks a person's or organisation's name: keeps the first letter of each word ({@code Nguyễn Văn
   * An} becomes {@code N*** V*** A***}). The number of stars is fixed, so lengths do not leak.
   */
  public static String name(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    if (text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.appendCodePoint(word.codePointAt(0)).append("***");
    }
    return out.toString();
  }

  /**
   * Masks free text that may hold personal data (an address, a note): keeps nothing but the length
   * class, since any fragment could identify someone.
   */
  public static String text(@Nullable CharSequence value) {
    if (value == null) {
      return "null";
    }
    return value.length() == 0 ? "" : "***";
  }

  /** Replaces a secret (token, password, key, session id) entirely; never shows any part of it. */
  public static String secret(@Nullable CharSequence value) {
    return value == null ? "null" : REDACTED;
  }

  private static String keep(CharSequence value, int head, int tail) {
    int length = value.length();
    if (head + tail >= length) {
      return stars(length);
    }
    return value.subSequence(0, head)
        + stars(length - head - tail)
        + value.subSequence(length - tail, length);
  }

  private static String stars(int count) {
    return "*".repeat(count);
  }
}
