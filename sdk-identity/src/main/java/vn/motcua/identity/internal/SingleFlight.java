package vn.motcua.identity.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value loaded once and kept: concurrent callers share the load in progress, a successful load is
 * kept for good, a failed one is forgotten so that the next caller tries again.
 */
public final class SingleFlight<T> {
  private final Object lock = new Object();
  // Guarded by lock.
  private @Nullable CompletableFuture<T> current;

  /** Returns the kept value, the load in progress, or a new load by {@code loader}. */
  public CompletableFuture<T> get(Supplier<CompletableFuture<T>> loader) {
    CompletableFuture<T> load;
    synchronized (lock) {
      if (current != null) {
        return current;
      }
      load = new CompletableFuture<>();
      current = load;
    }
    // The loader runs outside the lock: a blocking loader completes before it returns.
    Futures.start(loader)
        .whenComplete(
            (value, error) -> {
              if (error != null) {
                synchronized (lock) {
                  if (current == load) {
                    current = null;
                  }
                }
                load.completeExceptionally(Futures.unwrap(error));
              } else {
                load.complete(value);
              }
            });
    return load;
  }
}
