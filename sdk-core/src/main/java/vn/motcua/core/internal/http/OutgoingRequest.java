package vn.motcua.core.internal.http;

import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.Motcua;
import vn.motcua.core.http.HttpHeaders;
import vn.motcua.core.http.HttpRequest;

/**
 * A request as it goes on the wire: our {@code User-Agent} added unless the caller set one, and the
 * OkHttp request built once, so every attempt sends the very same bytes and idempotency key.
 */
final class OutgoingRequest {
  private static final Set<String> BODY_REQUIRED =
      Set.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT", "QUERY");

  private final HttpRequest request;
  private final HttpHeaders headers;
  private final Request okHttpRequest;

  private OutgoingRequest(HttpRequest request, HttpHeaders headers, Request okHttpRequest) {
    this.request = request;
    this.headers = headers;
    this.okHttpRequest = okHttpRequest;
  }

  static OutgoingRequest of(HttpRequest request) {
    return of(request, ParsedUrls.NONE);
  }

  /** As {@link #of(HttpRequest)}, taking the parsed URL from {@code urls} when it has it. */
  static OutgoingRequest of(HttpRequest request, ParsedUrls urls) {
    HttpHeaders headers =
        request.headers().contains("User-Agent")
            ? request.headers()
            : request.headers().toBuilder().add("User-Agent", Motcua.userAgent()).build();
    HttpUrl url = urls.parse(request.uri());
    if (url == null) {
      throw new IllegalArgumentException(
          "not a valid HTTP URL: " + request.method() + " " + request.redactedTarget());
    }
    Headers.Builder okHeaders = new Headers.Builder();
    headers.forEach(okHeaders::add);
    Request okHttpRequest =
        new Request.Builder()
            .url(url)
            .headers(okHeaders.build())
            .method(request.method(), body(request))
            .build();
    return new OutgoingRequest(request, headers, okHttpRequest);
  }

  private static @Nullable RequestBody body(HttpRequest request) {
    MediaType mediaType = request.mediaType().map(OutgoingRequest::mediaType).orElse(null);
    byte[] bytes = request.body().orElse(null);
    if (bytes == null) {
      return BODY_REQUIRED.contains(request.method()) ? RequestBody.create(new byte[0]) : null;
    }
    return RequestBody.create(bytes, mediaType);
  }

  private static MediaType mediaType(String value) {
    MediaType parsed = MediaType.parse(value);
    if (parsed == null) {
      throw new IllegalArgumentException("media type not understood by the HTTP client");
    }
    return parsed;
  }

  HttpRequest request() {
    return request;
  }

  /** Returns the headers sent, {@code User-Agent} included; OkHttp adds only transport headers. */
  HttpHeaders headers() {
    return headers;
  }

  Request okHttpRequest() {
    return okHttpRequest;
  }
}
