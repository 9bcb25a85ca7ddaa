package vn.motcua.examples.portal;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads request bodies within a size limit. */
final class RequestBodies {
  /**
   * How much of an oversized body is read and thrown away so that the browser, still sending, sees
   * the 413 page rather than a reset connection: up to this multiple of the limit.
   */
  private static final long DISCARD_FACTOR = 2;

  private RequestBodies() {}

  /** The body is larger than {@link #limit()}. */
  static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long limit;

    TooLargeException(long limit) {
      super("the request body exceeds " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  /** The {@code Content-Length} header is not a number. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException() {
      super("Content-Length is not a number");
    }
  }

  /**
   * Returns the body, at most {@code limit} bytes. A declared {@code Content-Length} over the limit
   * is refused before anything is kept; a body without one is read until it passes the limit.
   */
  static byte[] read(HttpExchange exchange, long limit)
      throws IOException, TooLargeException, MalformedException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    InputStream in = exchange.getRequestBody();
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw new MalformedException();
      }
      if (length < 0) {
        throw new MalformedException();
      }
      if (length > limit) {
        discard(in, limit * DISCARD_FACTOR);
        throw new TooLargeException(limit);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        discard(in, limit * DISCARD_FACTOR - total);
        throw new TooLargeException(limit);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void discard(InputStream in, long atMost) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long left = atMost;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  /** Returns a field of an {@code application/x-www-form-urlencoded} body. */
  static Optional<String> formField(byte[] body, String name) {
    String text = new String(body, StandardCharsets.US_ASCII);
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        return Optional.of(
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }
}
