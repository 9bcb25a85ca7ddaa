package vn.motcua.testkit.internal.idp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What the endpoints need of an HTTP request, free of WireMock types so that the protocol logic
 * reads on its own.
 *
 * @param method the HTTP method in upper case
 * @param path the path, without query
 * @param rawQuery the raw query string, or {@code null}
 * @param headers looks up a header by name (case-insensitive), {@code null} when absent
 * @param body the request body, possibly empty
 */
public record IncomingRequest(
    String method,
    String path,
    @Nullable String rawQuery,
    UnaryOperator<@Nullable String> headers,
    byte[] body) {

  /** Returns a header's value. */
  Optional<String> header(String name) {
    return Optional.ofNullable(headers.apply(name));
  }

  /** Returns the query parameters, each with all its values. */
  Map<String, List<String>> query() {
    return FormCodec.parse(rawQuery);
  }

  /** Returns whether the body is declared as a URL-encoded form. */
  boolean isForm() {
    return header("Content-Type")
        .map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
        .orElse(false);
  }

  /** Returns the form fields of the body, each with all its values. */
  Map<String, List<String>> form() {
    return FormCodec.parse(new String(body, StandardCharsets.UTF_8));
  }
}
