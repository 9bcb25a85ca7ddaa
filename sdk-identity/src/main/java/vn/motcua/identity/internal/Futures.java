package vn.motcua.identity.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Glue between the future-based login flow and its blocking API. */
public final class Futures {
  private Futures() {}

  /**
   * Returns the future's value, rethrowing the exception it failed with as it was thrown, not
   * wrapped: the blocking API throws exactly what the flow threw.
   */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw rethrow(e.getCause() == null ? e : e.getCause());
    }
  }

  /** Returns what {@code supplier} returns, or a future failed with what it threw. */
  public static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> supplier) {
    try {
      return supplier.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Returns the failure a future stage saw, without the wrapping layers the stages added. */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static RuntimeException rethrow(Throwable cause) {
    Throwable t = unwrap(cause);
    if (t instanceof RuntimeException runtime) {
      return runtime;
    }
    if (t instanceof Error error) {
      throw error;
    }
    return new CompletionException(t);
  }
}
