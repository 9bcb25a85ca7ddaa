package vn.motcua.examples.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parser of {@code multipart/form-data} bodies (RFC 7578) already read into memory within the
 * request size limit. It accepts what browsers send: CRLF line breaks, one {@code
 * Content-Disposition: form-data; name="…"} per part, an optional {@code filename}, an optional
 * {@code Content-Type} (kept, but never trusted for the file's type).
 */
final class Multipart {
  /** At most this many parts are read; more is a malformed request. */
  static final int MAX_PARTS = 64;

  private static final int MAX_HEADER_BYTES = 8 * 1024;

  /** One part: a form field, or a file when {@link #filename()} is present. */
  record Part(String name, Optional<String> filename, byte[] content) {
    /** Returns the content as UTF-8 text (form fields). */
    String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  /** The body is not a well-formed multipart body. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  private Multipart() {}

  /**
   * Returns the boundary named by a {@code Content-Type} header of {@code multipart/form-data}, or
   * empty when the header is another type or names no usable boundary.
   */
  static Optional<String> boundary(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String[] pieces = contentType.split(";");
    if (!pieces[0].trim().toLowerCase(Locale.ROOT).equals("multipart/form-data")) {
      return Optional.empty();
    }
    for (int i = 1; i < pieces.length; i++) {
      String piece = pieces[i].trim();
      int eq = piece.indexOf('=');
      if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase("boundary")) {
        String value = unquote(piece.substring(eq + 1).trim());
        if (!value.isEmpty() && value.length() <= 70) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  /** Splits {@code body} into its parts. */
  static List<Part> parse(byte[] body, String boundary) throws MalformedException {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] separator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    if (!startsWith(body, 0, delimiter)) {
      throw new MalformedException("the body does not start with the boundary");
    }
    List<Part> parts = new ArrayList<>();
    int pos = delimiter.length;
    while (true) {
      if (startsWith(body, pos, new byte[] {'-', '-'})) {
        return parts; // the closing delimiter; an epilogue is ignored
      }
      if (!startsWith(body, pos, new byte[] {'\r', '\n'})) {
        throw new MalformedException("a boundary is not followed by a line break");
      }
      pos += 2;
      int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, pos);
      if (headersEnd < 0 || headersEnd - pos > MAX_HEADER_BYTES) {
        throw new MalformedException("a part has no end of headers");
      }
      String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int contentEnd = indexOf(body, separator, contentStart);
      if (contentEnd < 0) {
        throw new MalformedException("a part is not closed by the boundary");
      }
      if (parts.size() == MAX_PARTS) {
        throw new MalformedException("too many parts");
      }
      parts.add(part(headers, java.util.Arrays.copyOfRange(body, contentStart, contentEnd)));
      pos = contentEnd + separator.length;
    }
  }

  private static Part part(String headers, byte[] content) throws MalformedException {
    String name = null;
    String filename = null;
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new MalformedException("a part header has no name");
      }
      if (!line.substring(0, colon).trim().equalsIgnoreCase("Content-Disposition")) {
        continue;
      }
      for (String param : splitParams(line.substring(colon + 1))) {
        int eq = param.indexOf('=');
        if (eq <= 0) {
          continue;
        }
        String key = param.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        String value = unquote(param.substring(eq + 1).trim());
        if (key.equals("name")) {
          name = value;
        } else if (key.equals("filename")) {
          filename = value;
        }
      }
    }
    if (name == null || name.isEmpty()) {
      throw new MalformedException("a part has no name");
    }
    return new Part(name, Optional.ofNullable(filename), content);
  }

  /** Splits header parameters on semicolons outside quotes. */
  private static List<String> splitParams(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && quoted && i + 1 < value.length()) {
        current.append(c).append(value.charAt(++i));
        continue;
      }
      if (c == ';' && !quoted) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return value;
  }

  private static boolean startsWith(byte[] data, int at, byte[] prefix) {
    if (at + prefix.length > data.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
