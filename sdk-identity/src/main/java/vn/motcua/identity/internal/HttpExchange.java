package vn.motcua.identity.internal;

import java.util.concurrent.CompletableFuture;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpTransport;

/**
 * How one login step sends its requests: on the calling thread, or on the transport's executor. The
 * login flow is written once over futures; with {@link #blocking} every future it sees is already
 * complete, so the whole flow runs on the caller's thread.
 */
@FunctionalInterface
public interface HttpExchange {

  /** Sends {@code request}; the future fails with the transport's exceptions. */
  CompletableFuture<HttpResponse> send(HttpRequest request);

  /** Returns an exchange that calls {@link HttpTransport#execute} on the calling thread. */
  static HttpExchange blocking(HttpTransport transport) {
    return request -> {
      try {
        return CompletableFuture.completedFuture(transport.execute(request));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    };
  }

  /** Returns an exchange that calls {@link HttpTransport#executeAsync}. */
  static HttpExchange async(HttpTransport transport) {
    return request -> {
      try {
        return transport.executeAsync(request);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
    };
  }
}
