package vn.motcua.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A token in compact serialization split into its segments: three for a JWS, five for a JWE.
 *
 * <p>Splitting checks only the shape: the number of dots, and that every segment uses the base64url
 * alphabet without padding and has a length some byte string could encode to. Anything else (two or
 * four segments, spaces, {@code =}, {@code +}, a header that is not JSON) is malformed. Decoding is
 * strict as well: Nimbus's own decoder silently skips foreign characters, so it is never handed a
 * segment this class has not checked.
 */
public final class CompactToken {
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final String text;
  private final String[] segments;

  private CompactToken(String text, String[] segments) {
    this.text = text;
    this.segments = segments;
  }

  /**
   * Splits {@code text}, or returns {@code null} when it is not 3 or 5 well-formed segments with a
   * non-empty first one.
   */
  public static @Nullable CompactToken split(String text) {
    int dots = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        dots++;
      } else if (!isBase64UrlChar(c)) {
        return null;
      }
    }
    if (dots != 2 && dots != 4) {
      return null;
    }
    String[] segments = new String[dots + 1];
    int start = 0;
    for (int i = 0; i < segments.length; i++) {
      int end = i == segments.length - 1 ? text.length() : text.indexOf('.', start);
      segments[i] = text.substring(start, end);
      if (segments[i].length() % 4 == 1) {
        return null;
      }
      start = end + 1;
    }
    return segments[0].isEmpty() ? null : new CompactToken(text, segments);
  }

  /** Returns whether this is a JWE (five segments) rather than a JWS (three). */
  public boolean isEncrypted() {
    return segments.length == 5;
  }

  /** Returns segment {@code index} as it appears in the token. */
  public String segment(int index) {
    return segments[index];
  }

  /** Returns segment {@code index} decoded, or {@code null} if its bits do not decode cleanly. */
  public byte @Nullable [] decode(int index) {
    try {
      return DECODER.decode(segments[index]);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Returns the JWS signing input, {@code header.payload}, as ASCII bytes. */
  public byte[] signingInput() {
    int end = segments[0].length() + 1 + segments[1].length();
    return text.substring(0, end).getBytes(StandardCharsets.US_ASCII);
  }

  private static boolean isBase64UrlChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  @Override
  public String toString() {
    return "CompactToken[segments=" + segments.length + ", lengths=" + lengths() + "]";
  }

  private String lengths() {
    return Arrays.toString(Arrays.stream(segments).mapToInt(String::length).toArray());
  }
}
