package vn.motcua.core.internal.http;

import java.time.Duration;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.http.HttpHeaders;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.privacy.Mask;

/**
 * Writes one line per attempt and per outcome when wire logging is on: method, target without
 * query, request headers with sensitive values redacted, status, duration, request id and body
 * lengths. Bodies, response header values and queries are never written.
 */
final class WireLog {
  private static final Logger LOGGER = LoggerFactory.getLogger(HttpOptions.WIRE_LOGGER);

  private final HttpOptions options;
  private final Consumer<String> sink;
  private final boolean customSink;

  WireLog(HttpOptions options) {
    this.options = options;
    this.customSink = options.wireLogSink().isPresent();
    this.sink = options.wireLogSink().orElse(LOGGER::debug);
  }

  private boolean enabled() {
    return options.wireLogging() && (customSink || LOGGER.isDebugEnabled());
  }

  void request(HttpRequest request, HttpHeaders sent, int attempt, int maxAttempts) {
    if (!enabled()) {
      return;
    }
    StringJoiner headers = new StringJoiner(", ", "[", "]");
    sent.forEach(
        (name, value) ->
            headers.add(name + ": " + (options.isRedacted(name) ? Mask.REDACTED : value)));
    sink.accept(
        "--> "
            + request.method()
            + " "
            + request.redactedTarget()
            + " (attempt "
            + attempt
            + " of "
            + maxAttempts
            + ") headers "
            + headers
            + ", body "
            + request.bodyLength()
            + " bytes");
  }

  void response(HttpRequest request, HttpResponse response, Duration took) {
    if (!enabled()) {
      return;
    }
    sink.accept(
        "<-- "
            + response.status()
            + " "
            + request.method()
            + " "
            + request.redactedTarget()
            + " (attempt "
            + response.attempts()
            + ", "
            + took.toMillis()
            + " ms"
            + response.requestId().map(id -> ", request id " + id).orElse("")
            + "), body "
            + response.bodyLength()
            + " bytes");
  }

  void failure(HttpRequest request, Failure failure, int attempt, Duration took) {
    if (!enabled()) {
      return;
    }
    sink.accept(
        "<-- "
            + failure.code()
            + " "
            + request.method()
            + " "
            + request.redactedTarget()
            + " (attempt "
            + attempt
            + ", "
            + took.toMillis()
            + " ms)");
  }

  void retry(HttpRequest request, int nextAttempt, int maxAttempts, Duration wait) {
    if (!enabled()) {
      return;
    }
    sink.accept(
        "... retrying "
            + request.method()
            + " "
            + request.redactedTarget()
            + " in "
            + wait.toMillis()
            + " ms (attempt "
            + nextAttempt
            + " of "
            + maxAttempts
            + ")");
  }
}
