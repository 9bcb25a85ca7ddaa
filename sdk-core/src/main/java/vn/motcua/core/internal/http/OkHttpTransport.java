package vn.motcua.core.internal.http;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.TransportException;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpTransport;

/**
 * The OkHttp-based transport. Immutable apart from its closed flag; thread-safe. Owns, and closes,
 * only the client and executor it created.
 */
final class OkHttpTransport implements HttpTransport {
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final Executor executor;
  private final @Nullable ExecutorService ownedExecutor;
  private final RetryLoop retryLoop;
  private final AtomicBoolean closed = new AtomicBoolean();

  private OkHttpTransport(
      OkHttpClient client,
      boolean ownsClient,
      Executor executor,
      @Nullable ExecutorService ownedExecutor,
      RetryLoop retryLoop) {
    this.client = client;
    this.ownsClient = ownsClient;
    this.executor = executor;
    this.ownedExecutor = ownedExecutor;
    this.retryLoop = retryLoop;
  }

  static OkHttpTransport create(TransportSettings settings) {
    OkHttpClient client = ClientDerivation.derive(settings.userClient(), settings.options());
    WireLog wireLog = new WireLog(settings.options());
    Exchange exchange = new Exchange(client, settings.options(), wireLog, settings.nanoTicker());
    RetryLoop retryLoop =
        new RetryLoop(
            exchange,
            settings.retryPolicy(),
            settings.clock(),
            settings.sleeper(),
            settings.random() == null ? CurrentThreadRandom.INSTANCE : settings.random(),
            settings.nanoTicker(),
            wireLog);
    ExecutorService ownedExecutor =
        settings.asyncExecutor() == null ? AsyncExecutors.create() : null;
    Executor executor = ownedExecutor != null ? ownedExecutor : settings.asyncExecutor();
    return new OkHttpTransport(
        client,
        settings.userClient() == null,
        Objects.requireNonNull(executor),
        ownedExecutor,
        retryLoop);
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    requireOpen();
    return retryLoop.run(request, new Cancellation());
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    requireOpen();
    CompletableFuture<HttpResponse> future = new CompletableFuture<>();
    Cancellation cancellation = new Cancellation();
    future.whenComplete(
        (response, failure) -> {
          if (future.isCancelled()) {
            cancellation.cancel();
          }
        });
    try {
      executor.execute(
          () -> {
            try {
              future.complete(retryLoop.run(request, cancellation));
            } catch (RuntimeException | Error e) {
              future.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(
          new TransportException(
              "http.rejected",
              request.method()
                  + " "
                  + request.redactedTarget()
                  + " was not started: the async executor refused it; retry later, or give the"
                  + " transport an executor with more capacity",
              true,
              e));
    }
    return future;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
    if (ownsClient) {
      ClientDerivation.release(client);
    }
  }

  /** Returns the OkHttp client in use; for same-package tests of client sharing. */
  OkHttpClient client() {
    return client;
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("this HttpTransport is closed");
    }
  }

  @Override
  public String toString() {
    return "OkHttpTransport[" + (ownsClient ? "own client" : "shared client") + "]";
  }
}
