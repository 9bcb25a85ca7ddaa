package vn.motcua.dossier.internal.portal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.http.HttpTransport;

/** The transport and executor a client uses, closing only what it created itself. */
public final class ClientResources implements AutoCloseable {
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final Executor executor;
  private final @Nullable ExecutorService ownedExecutor;

  /**
   * Creates the resources.
   *
   * @param given the caller's transport, or null to use {@code built}
   * @param built a supplier of the transport to own when none is given
   * @param executor the caller's executor for async calls, or null to own a pool of daemon threads
   * @param threadPrefix the name prefix of owned threads
   */
  public ClientResources(
      @Nullable HttpTransport given,
      Supplier<HttpTransport> built,
      @Nullable Executor executor,
      String threadPrefix) {
    this.transport = given != null ? given : built.get();
    this.ownsTransport = given == null;
    if (executor != null) {
      this.executor = executor;
      this.ownedExecutor = null;
    } else {
      AtomicInteger n = new AtomicInteger();
      ExecutorService pool =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, threadPrefix + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      this.executor = pool;
      this.ownedExecutor = pool;
    }
  }

  /** Returns the transport. */
  public HttpTransport transport() {
    return transport;
  }

  /** Runs a blocking call on the executor; the future fails with the call's own exception. */
  public <T> CompletableFuture<T> async(Supplier<T> call) {
    CompletableFuture<T> future = new CompletableFuture<>();
    try {
      executor.execute(
          () -> {
            try {
              future.complete(call.get());
            } catch (RuntimeException | Error e) {
              future.completeExceptionally(e);
            }
          });
    } catch (RuntimeException e) {
      future.completeExceptionally(new CompletionException(e));
    }
    return future;
  }

  @Override
  public void close() {
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
    if (ownsTransport) {
      transport.close();
    }
  }
}
