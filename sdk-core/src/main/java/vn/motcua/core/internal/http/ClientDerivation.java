package vn.motcua.core.internal.http;

import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.http.HttpOptions;

/** Derives the OkHttp client the transport uses from the caller's, or creates one. */
final class ClientDerivation {
  private ClientDerivation() {}

  /**
   * Returns a client with the options' timeouts and without OkHttp's own retry on connection
   * failure, which would silently resend a POST that may already have reached the server; every
   * retry is the transport's decision. Redirects are not followed: a redirected POST would resend
   * its body, and an identity or portal endpoint that redirects is misconfigured or compromised, so
   * a 3xx answer surfaces as an {@code HttpStatusException}. Built from {@code
   * userClient.newBuilder()} when given, so its connection pool and dispatcher are shared.
   */
  static OkHttpClient derive(@Nullable OkHttpClient userClient, HttpOptions options) {
    OkHttpClient.Builder builder =
        userClient == null ? new OkHttpClient.Builder() : userClient.newBuilder();
    return builder
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
  }

  /** Releases what an owned client holds: idle connections and dispatcher threads. */
  static void release(OkHttpClient ownedClient) {
    ownedClient.dispatcher().executorService().shutdown();
    ownedClient.connectionPool().evictAll();
  }
}
