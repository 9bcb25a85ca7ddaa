package vn.motcua.core.internal.http;

import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * Lets an asynchronous caller stop an exchange: the call in flight is cancelled and no further
 * attempt starts. Thread-safe.
 */
final class Cancellation {
  private @Nullable Call current;
  private boolean cancelled;

  /** Remembers the call in flight, cancelling it at once if cancellation already happened. */
  synchronized void register(Call call) {
    current = call;
    if (cancelled) {
      call.cancel();
    }
  }

  /** Cancels the call in flight, if any, and every later one. */
  synchronized void cancel() {
    cancelled = true;
    if (current != null) {
      current.cancel();
    }
  }

  synchronized boolean isCancelled() {
    return cancelled;
  }
}
