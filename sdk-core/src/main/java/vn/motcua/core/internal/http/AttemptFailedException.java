package vn.motcua.core.internal.http;

import java.io.IOException;

/** One attempt brought no usable answer; the retry loop decides what follows. */
final class AttemptFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Failure failure;

  AttemptFailedException(Failure failure, Exception cause) {
    super(failure.code(), cause);
    this.failure = failure;
  }

  static AttemptFailedException of(IOException cause) {
    return new AttemptFailedException(Failure.of(cause), cause);
  }

  Failure failure() {
    return failure;
  }
}
