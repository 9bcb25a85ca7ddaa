package vn.motcua.core.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.json.MotcuaJson;

/**
 * An immutable HTTP request: method, absolute {@code http}/{@code https} URI, headers, and an
 * optional body with its media type.
 *
 * <p>Whether the transport may repeat the request after a failure is {@link #isIdempotent()}: GET,
 * HEAD, PUT, DELETE and OPTIONS are idempotent by method; any other method only when it carries an
 * {@linkplain Builder#idempotencyKey(String) idempotency key} or the caller {@linkplain
 * Builder#idempotent(boolean) marks it idempotent}. {@link #toString()} shows the method, scheme,
 * host, port and path, never the query, header values or the body.
 */
public final class HttpRequest {
  /** The header carrying the idempotency key, as in the IETF idempotency-key draft and Stripe. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final Set<String> IDEMPOTENT_METHODS =
      Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<String> BODYLESS_METHODS = Set.of("GET", "HEAD");
  private static final Pattern METHOD = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[\\w!#$&^.+-]+/[\\w!#$&^.+-]+(\\s*;[\\x20-\\x7e]*)?");
  private static final Pattern IDEMPOTENCY_KEY_VALUE = Pattern.compile("[\\x21-\\x7e]{1,255}");

  private final String method;
  private final URI uri;
  private final HttpHeaders headers;
  private final byte @Nullable [] body;
  private final @Nullable String mediaType;
  private final boolean markedIdempotent;

  private HttpRequest(Builder builder) {
    this.method = builder.method;
    this.uri = builder.uri;
    this.headers = builder.headers.build();
    this.body = builder.body;
    this.mediaType = builder.mediaType;
    this.markedIdempotent = builder.markedIdempotent;
  }

  /**
   * Returns a builder for a request.
   *
   * @param method an upper-case HTTP method such as {@code GET} or {@code POST}
   * @param uri an absolute {@code http} or {@code https} URI without user info
   * @throws IllegalArgumentException when the method or URI is not acceptable
   */
  public static Builder builder(String method, URI uri) {
    return new Builder(method, uri);
  }

  /** Returns a GET request for {@code uri} with no extra header. */
  public static HttpRequest get(URI uri) {
    return builder("GET", uri).build();
  }

  /** Returns a builder for a POST of {@code body}, labelled with {@code mediaType}. */
  public static Builder post(URI uri, byte[] body, String mediaType) {
    return builder("POST", uri).body(body, mediaType);
  }

  /** Returns a builder holding this request's values, to derive a modified request. */
  public Builder toBuilder() {
    Builder builder = new Builder(method, uri);
    builder.headers.addAll(headers);
    builder.body = body;
    builder.mediaType = mediaType;
    builder.markedIdempotent = markedIdempotent;
    return builder;
  }

  /** Returns the upper-case method, such as {@code POST}. */
  public String method() {
    return method;
  }

  /** Returns the absolute target URI, query included. */
  public URI uri() {
    return uri;
  }

  /** Returns the headers the caller set, the idempotency key included. */
  public HttpHeaders headers() {
    return headers;
  }

  /** Returns a copy of the body, if the request has one. */
  public Optional<byte[]> body() {
    return body == null ? Optional.empty() : Optional.of(body.clone());
  }

  /** Returns the body as a stream over the request's own bytes, without copying them. */
  public Optional<InputStream> bodyStream() {
    return body == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(body));
  }

  /** Returns the body length in bytes; 0 when there is no body. */
  public int bodyLength() {
    return body == null ? 0 : body.length;
  }

  /** Returns the body's media type, such as {@code application/json}, if a body is set. */
  public Optional<String> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /** Returns the idempotency key sent as the {@value #IDEMPOTENCY_KEY} header, if any. */
  public Optional<String> idempotencyKey() {
    return headers.first(IDEMPOTENCY_KEY);
  }

  /**
   * Returns whether sending this request twice has the same effect as sending it once, so that the
   * transport may retry it: true for idempotent methods, for requests carrying an idempotency key,
   * and for requests the caller marked idempotent.
   */
  public boolean isIdempotent() {
    return markedIdempotent
        || IDEMPOTENT_METHODS.contains(method)
        || headers.contains(IDEMPOTENCY_KEY);
  }

  /**
   * Returns the target without query, fragment or user info, such as {@code
   * https://api.example.vn/v1/dossiers}; safe for logs and messages because a query may carry
   * personal data or authorization codes.
   */
  public String redactedTarget() {
    StringBuilder out = new StringBuilder();
    out.append(uri.getScheme().toLowerCase(Locale.ROOT)).append("://").append(uri.getHost());
    if (uri.getPort() >= 0) {
      out.append(':').append(uri.getPort());
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : path);
    return out.toString();
  }

  /** Requests are equal when method, URI, headers, body, media type and the idempotent mark are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof HttpRequest other
        && method.equals(other.method)
        && uri.equals(other.uri)
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body)
        && Objects.equals(mediaType, other.mediaType)
        && markedIdempotent == other.markedIdempotent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri, headers, Arrays.hashCode(body), mediaType, markedIdempotent);
  }

  /** Returns method, redacted target, header names and body length; never values or the query. */
  @Override
  public String toString() {
    return "HttpRequest["
        + method
        + " "
        + redactedTarget()
        + ", headers="
        + headers.names()
        + ", body="
        + bodyLength()
        + " bytes]";
  }

  /** Collects the parts of a request; not thread-safe. */
  public static final class Builder {
    private final String method;
    private final URI uri;
    private final HttpHeaders.Builder headers = HttpHeaders.builder();
    private byte @Nullable [] body;
    private @Nullable String mediaType;
    private boolean markedIdempotent;

    private Builder(String method, URI uri) {
      this.method = requireMethod(method);
      this.uri = requireUri(uri);
    }

    /** Adds a header, keeping any existing value of the same name. */
    public Builder header(String name, String value) {
      headers.add(name, value);
      return this;
    }

    /** Replaces every value of the named header. */
    public Builder setHeader(String name, String value) {
      headers.set(name, value);
      return this;
    }

    /** Adds every field of {@code headers}. */
    public Builder headers(HttpHeaders headers) {
      this.headers.addAll(headers);
      return this;
    }

    /**
     * Sets the body, copied, and its media type.
     *
     * @throws IllegalArgumentException for GET and HEAD, or a malformed media type
     */
    public Builder body(byte[] body, String mediaType) {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(mediaType, "mediaType");
      if (BODYLESS_METHODS.contains(method)) {
        throw new IllegalArgumentException(method + " requests cannot carry a body");
      }
      if (!MEDIA_TYPE.matcher(mediaType).matches()) {
        throw new IllegalArgumentException("media type must look like type/subtype;parameters");
      }
      this.body = body.clone();
      this.mediaType = mediaType;
      return this;
    }

    /**
     * Sets the body to {@code value} written as JSON by the given hardened mapper, with media type
     * {@code application/json; charset=utf-8}. The mapper's output is deterministic, so the same
     * value always gives the same bytes (and the same content digest).
     *
     * @throws IllegalArgumentException for GET and HEAD
     */
    public Builder jsonBody(MotcuaJson json, Object value) {
      return body(json.writeBytes(value), "application/json; charset=utf-8");
    }

    /**
     * Sets the idempotency key, sent as the {@value HttpRequest#IDEMPOTENCY_KEY} header on every
     * attempt; a request with a key may be retried whatever its method. The server must recognise
     * the key and answer a repeat with the first outcome.
     *
     * @param key 1 to 255 visible ASCII characters, such as a UUID or a content digest
     */
    public Builder idempotencyKey(String key) {
      Objects.requireNonNull(key, "key");
      if (!IDEMPOTENCY_KEY_VALUE.matcher(key).matches()) {
        throw new IllegalArgumentException(
            "idempotency key must be 1 to 255 visible ASCII characters");
      }
      headers.set(IDEMPOTENCY_KEY, key);
      return this;
    }

    /**
     * Marks a request idempotent even though its method is not, such as a POST to a search
     * endpoint, so the transport may retry it.
     */
    public Builder idempotent(boolean idempotent) {
      this.markedIdempotent = idempotent;
      return this;
    }

    /**
     * Returns the immutable request.
     *
     * @throws IllegalArgumentException when a header value holds a non-ASCII character (encode it,
     *     as RFC 8187 does)
     */
    public HttpRequest build() {
      headers
          .build()
          .forEach(
              (name, value) -> {
                for (int i = 0; i < value.length(); i++) {
                  if (value.charAt(i) > 0x7e) {
                    throw new IllegalArgumentException(
                        "value of header " + name + " has a non-ASCII character at index " + i);
                  }
                }
              });
      return new HttpRequest(this);
    }

    private static String requireMethod(String method) {
      Objects.requireNonNull(method, "method");
      if (!METHOD.matcher(method).matches()) {
        throw new IllegalArgumentException("method must be an upper-case token such as GET");
      }
      return method;
    }

    private static URI requireUri(URI uri) {
      Objects.requireNonNull(uri, "uri");
      String scheme = uri.getScheme();
      if (!uri.isAbsolute()
          || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
        throw new IllegalArgumentException("URI must be absolute with scheme http or https");
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        throw new IllegalArgumentException("URI must name a host");
      }
      if (uri.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "URI must not carry user info; send credentials in a header instead");
      }
      return uri;
    }
  }
}
