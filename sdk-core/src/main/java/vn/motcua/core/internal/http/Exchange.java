package vn.motcua.core.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.http.HttpHeaders;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpResponse;

/**
 * Makes one attempt: sends the request, reads the whole body within the limit, logs the outcome.
 */
final class Exchange {
  /** A request id is shown in messages and logs, so only a short, printable one is kept. */
  private static final Pattern REQUEST_ID = Pattern.compile("[\\x21-\\x7e]{1,128}");

  private final OkHttpClient client;
  private final HttpOptions options;
  private final WireLog wireLog;
  private final LongSupplier nanoTicker;

  Exchange(OkHttpClient client, HttpOptions options, WireLog wireLog, LongSupplier nanoTicker) {
    this.client = client;
    this.options = options;
    this.wireLog = wireLog;
    this.nanoTicker = nanoTicker;
  }

  /**
   * Returns the response, whatever its status.
   *
   * @throws AttemptFailedException when no usable answer arrived
   */
  HttpResponse send(
      OutgoingRequest outgoing, int attempt, int maxAttempts, Cancellation cancellation)
      throws AttemptFailedException {
    wireLog.request(outgoing.request(), outgoing.headers(), attempt, maxAttempts);
    long start = nanoTicker.getAsLong();
    Call call = client.newCall(outgoing.okHttpRequest());
    cancellation.register(call);
    try (Response response = call.execute()) {
      byte[] body = BoundedBody.read(response.body(), options.maxResponseBytes());
      HttpHeaders headers = headers(response);
      HttpResponse result =
          HttpResponse.builder(response.code())
              .headers(headers)
              .body(body)
              .requestId(requestId(headers))
              .attempts(attempt)
              .build();
      wireLog.response(outgoing.request(), result, since(start));
      return result;
    } catch (IOException e) {
      AttemptFailedException failed = AttemptFailedException.of(e);
      wireLog.failure(outgoing.request(), failed.failure(), attempt, since(start));
      throw failed;
    } catch (IllegalArgumentException e) {
      // A status outside 100..599: the answer is unusable.
      wireLog.failure(outgoing.request(), Failure.MALFORMED, attempt, since(start));
      throw new AttemptFailedException(Failure.MALFORMED, e);
    }
  }

  private Duration since(long start) {
    return Duration.ofNanos(nanoTicker.getAsLong() - start);
  }

  private static HttpHeaders headers(Response response) {
    HttpHeaders.Builder headers = HttpHeaders.builder();
    okhttp3.Headers received = response.headers();
    for (int i = 0; i < received.size(); i++) {
      try {
        headers.add(received.name(i), received.value(i));
      } catch (IllegalArgumentException unrepresentable) {
        // A field whose name is no token or whose value holds control characters carries nothing
        // a client could rely on; dropping it keeps the rest of a usable answer.
      }
    }
    return headers.build();
  }

  private @Nullable String requestId(HttpHeaders headers) {
    for (String name : options.requestIdHeaders()) {
      String value = headers.first(name).orElse(null);
      if (value != null && REQUEST_ID.matcher(value).matches()) {
        return value;
      }
    }
    return null;
  }
}
