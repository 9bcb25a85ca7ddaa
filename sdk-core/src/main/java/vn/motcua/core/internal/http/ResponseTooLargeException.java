package vn.motcua.core.internal.http;

import java.io.IOException;

/** A response body went past the size limit; thrown by {@link BoundedBody}. */
final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  ResponseTooLargeException(long limit) {
    super("response body exceeds the limit of " + limit + " bytes");
  }
}
