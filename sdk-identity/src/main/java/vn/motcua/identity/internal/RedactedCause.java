package vn.motcua.identity.internal;

import org.jspecify.annotations.Nullable;

/**
 * Stands in for a library exception whose message might quote token content: keeps the class name
 * and the stack frames, for diagnosis, and drops every message along the chain.
 */
final class RedactedCause extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int MAX_DEPTH = 8;

  private RedactedCause(Throwable original, @Nullable Throwable cause) {
    super(original.getClass().getName() + " (message withheld)", cause, false, true);
    setStackTrace(original.getStackTrace());
  }

  /** Returns a message-free copy of {@code original} and its causes. */
  static RedactedCause of(Throwable original) {
    return of(original, 0);
  }

  private static RedactedCause of(Throwable original, int depth) {
    Throwable next = original.getCause();
    RedactedCause cause =
        next == null || next == original || depth >= MAX_DEPTH ? null : of(next, depth + 1);
    return new RedactedCause(original, cause);
  }
}
