package vn.motcua.core.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.ResponseBody;

/**
 * Reads a response body completely, but never more than a limit, whatever the server announces:
 * bytes are counted as they arrive, so a missing or lying {@code Content-Length}, chunked encoding
 * or a slow drip cannot make the reader hold more than the limit.
 */
final class BoundedBody {
  private static final int CHUNK = 8192;

  private BoundedBody() {}

  /**
   * Returns the body's bytes.
   *
   * @throws ResponseTooLargeException as soon as the announced or received length passes {@code
   *     limit}
   */
  static byte[] read(ResponseBody body, long limit) throws IOException {
    long announced = body.contentLength();
    if (announced > limit) {
      throw new ResponseTooLargeException(limit);
    }
    int initial = (int) Math.min(announced >= 0 ? announced : CHUNK, CHUNK);
    ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    try (InputStream in = body.byteStream()) {
      while (true) {
        // Ask for one byte past the limit at most: receiving it proves the body is too large.
        int wanted = (int) Math.min(buffer.length, limit - total + 1);
        int read = in.read(buffer, 0, wanted);
        if (read < 0) {
          return out.toByteArray();
        }
        total += read;
        if (total > limit) {
          throw new ResponseTooLargeException(limit);
        }
        out.write(buffer, 0, read);
      }
    }
  }
}
