package vn.motcua.core.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.ServiceException;

/**
 * The service answered with a status other than 2xx, after the transport's retries (if any) were
 * used up or did not apply. Code {@value #CODE}.
 *
 * <p>The error body is available through {@link #responseBody()} and {@link #responseText()}, so
 * that clients can read what the service said (an OAuth {@code {"error":"invalid_grant"}}, a
 * portal's {@code error_code}), but it is never part of the message or {@code toString()}, since it
 * may hold personal data. The message names method, scheme, host and path (never the query), the
 * status, the attempts made, the request id, and what to do.
 *
 * <p>{@link #isRetryable()} is true for 408, 425, 429, 500, 502, 503 and 504. {@link #retryAfter()}
 * holds the wait a {@code Retry-After} header asked for; when it exceeded the retry policy's cap,
 * the transport did not wait and left the decision to the caller.
 *
 * <p>Response headers are not serialized: after Java deserialization {@link #responseHeaders()} is
 * empty.
 */
public class HttpStatusException extends ServiceException {
  /** The error code of every status failure. */
  public static final String CODE = "http.status";

  private static final long serialVersionUID = 1L;
  private static final Set<Integer> RETRYABLE = Set.of(408, 425, 429, 500, 502, 503, 504);

  private final byte[] responseBody;
  private final transient @Nullable HttpResponse response;
  private final @Nullable Duration retryAfter;
  private final int attempts;

  /**
   * Creates an exception for a final non-2xx response.
   *
   * @param request the request that was answered, for the message (no query or body is used)
   * @param response the final response; its attempts count is reported
   * @param retryAfter the wait asked for by {@code Retry-After}, if the answer carried one
   * @throws IllegalArgumentException when the response is successful
   */
  public HttpStatusException(
      HttpRequest request, HttpResponse response, @Nullable Duration retryAfter) {
    super(
        CODE,
        message(request, response, retryAfter),
        response.status(),
        null,
        response.requestId().orElse(null),
        isRetryableStatus(response.status()),
        null);
    if (response.isSuccessful()) {
      throw new IllegalArgumentException("a 2xx response is not an error");
    }
    this.responseBody = response.body();
    this.response = response;
    this.retryAfter = retryAfter;
    this.attempts = response.attempts();
  }

  /** Returns whether a response with this status may succeed if the request is repeated later. */
  public static boolean isRetryableStatus(int status) {
    return RETRYABLE.contains(status);
  }

  /** Returns the HTTP status, as {@link #httpStatus()} does, as a plain int. */
  public int status() {
    return httpStatus().orElseThrow();
  }

  /** Returns a copy of the error body, as read within the size limit; may hold personal data. */
  public byte[] responseBody() {
    return responseBody.clone();
  }

  /** Returns the error body decoded with the charset of its {@code Content-Type} (or UTF-8). */
  public String responseText() {
    return response == null
        ? new String(responseBody, StandardCharsets.UTF_8)
        : response.bodyText();
  }

  /** Returns the response headers; empty after Java deserialization. */
  public HttpHeaders responseHeaders() {
    return response == null ? HttpHeaders.empty() : response.headers();
  }

  /** Returns the wait a {@code Retry-After} header asked for, if the response carried one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** Returns how many attempts were made before giving up. */
  public int attempts() {
    return attempts;
  }

  private static String message(
      HttpRequest request, HttpResponse response, @Nullable Duration retryAfter) {
    StringBuilder out = new StringBuilder();
    out.append(request.method())
        .append(' ')
        .append(request.redactedTarget())
        .append(" answered HTTP ")
        .append(response.status());
    if (response.attempts() > 1) {
      out.append(" after ").append(response.attempts()).append(" attempts");
    }
    response.requestId().ifPresent(id -> out.append(" (request id ").append(id).append(')'));
    if (retryAfter != null) {
      out.append(", Retry-After ").append(retryAfter.toSeconds()).append(" s");
    }
    return out.append("; ").append(advice(response.status())).toString();
  }

  private static String advice(int status) {
    switch (status) {
      case 401:
        return "the credentials were refused: check or renew them";
      case 403:
        return "access is forbidden: check the account's permissions for this resource";
      case 404:
      case 410:
        return "nothing is there: check the URL and any identifier in it";
      case 408:
      case 425:
      case 502:
      case 503:
      case 504:
        return "the service is temporarily unavailable: retry later";
      case 429:
        return "too many requests: slow down and retry later";
      default:
        if (status >= 500) {
          return "the service failed: retry later, and report it quoting the request id if it"
              + " persists";
        }
        return "the service refused the request: check it against the service's documentation;"
            + " the response body may say why";
    }
  }
}
