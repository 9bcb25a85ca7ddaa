package vn.motcua.core.internal.http;

import vn.motcua.core.http.HttpTransport;

/** Creates the OkHttp-based transport; the entry point {@code HttpTransport.Builder} calls. */
public final class OkHttpTransports {
  private OkHttpTransports() {}

  /** Returns a new transport with the given settings. */
  public static HttpTransport create(TransportSettings settings) {
    return OkHttpTransport.create(settings);
  }
}
