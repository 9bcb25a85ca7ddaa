package vn.motcua.core.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.ServiceException;
import vn.motcua.core.json.MotcuaJson;

/**
 * An immutable HTTP response whose body has been read completely, within the transport's size
 * limit.
 *
 * <p>Besides status, headers and body it records the request id the service returned (from the
 * first of the configured request-id headers that is present) and how many attempts the transport
 * made. {@link #toString()} shows status, request id, attempts and body length; never the body.
 */
public final class HttpResponse {
  private static final Pattern CHARSET =
      Pattern.compile(";\\s*charset\\s*=\\s*\"?([\\w.:+-]+)\"?", Pattern.CASE_INSENSITIVE);

  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final @Nullable String requestId;
  private final int attempts;

  private HttpResponse(Builder builder) {
    this.status = builder.status;
    this.headers = builder.headers;
    this.body = builder.body;
    this.requestId = builder.requestId;
    this.attempts = builder.attempts;
  }

  /** Returns a builder, for transports and for test doubles of {@link HttpTransport}. */
  public static Builder builder(int status) {
    return new Builder(status);
  }

  /** Returns a builder holding this response's values. */
  public Builder toBuilder() {
    return new Builder(status)
        .headers(headers)
        .bodyUncopied(body)
        .requestId(requestId)
        .attempts(attempts);
  }

  /** Returns the HTTP status code, 100 to 599. */
  public int status() {
    return status;
  }

  /** Returns whether the status is 2xx. */
  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }

  /** Returns the response headers; lookups are case-insensitive. */
  public HttpHeaders headers() {
    return headers;
  }

  /** Returns a copy of the body; empty when the response had none. Prefer {@link #bodyStream()}. */
  public byte[] body() {
    return body.clone();
  }

  /** Returns a stream over the body, without copying it. */
  public InputStream bodyStream() {
    return new ByteArrayInputStream(body);
  }

  /** Returns the body length in bytes. */
  public int bodyLength() {
    return body.length;
  }

  /**
   * Returns the body decoded with the charset of {@code Content-Type}, or UTF-8 when none is given
   * or it is unknown.
   */
  public String bodyText() {
    return new String(body, charset());
  }

  /**
   * Returns the body turned into a value by {@code decoder}, which reads a stream over the body; a
   * seam for JSON or other formats layered above this byte-oriented transport.
   */
  public <T> T decode(Function<? super InputStream, ? extends T> decoder) {
    return decoder.apply(bodyStream());
  }

  /**
   * Returns the body read as JSON into a {@code type} by the given hardened mapper.
   *
   * <p>A body that is not valid JSON of that type is the service's fault, not the caller's: it is
   * reported as a {@link ServiceException} with code {@code http.invalid_json}, not retryable,
   * carrying this response's request id; its message lists the JSON paths and codes of the
   * problems, never a value from the body.
   */
  public <T> T json(MotcuaJson json, Class<T> type) {
    try {
      return json.read(body, type);
    } catch (InvalidInputException e) {
      throw new ServiceException(
          "http.invalid_json",
          "the service answered HTTP "
              + status
              + " with a body that is not the expected JSON ("
              + e.report().summary()
              + "); report it to the service's operator"
              + requestId().map(id -> ", quoting request id " + id).orElse(""),
          0,
          null,
          requestId,
          false,
          e);
    }
  }

  /** Returns the {@code Content-Type} header, if present. */
  public Optional<String> mediaType() {
    return headers.first("Content-Type");
  }

  /** Returns the request id the service returned, to quote when reporting a problem. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Returns how many attempts the transport made to obtain this response; at least 1. */
  public int attempts() {
    return attempts;
  }

  private Charset charset() {
    Matcher matcher = CHARSET.matcher(mediaType().orElse(""));
    if (matcher.find()) {
      try {
        return Charset.forName(matcher.group(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** Responses are equal when status, headers, body, request id and attempts are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof HttpResponse other
        && status == other.status
        && headers.equals(other.headers)
        && Arrays.equals(body, other.body)
        && Objects.equals(requestId, other.requestId)
        && attempts == other.attempts;
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body), requestId, attempts);
  }

  /** Returns status, request id, attempts and body length; never the body or header values. */
  @Override
  public String toString() {
    return "HttpResponse["
        + status
        + (requestId == null ? "" : ", requestId=" + requestId)
        + ", attempts="
        + attempts
        + ", body="
        + body.length
        + " bytes]";
  }

  /** Collects the parts of a response; not thread-safe. */
  public static final class Builder {
    private final int status;
    private HttpHeaders headers = HttpHeaders.empty();
    private byte[] body = new byte[0];
    private @Nullable String requestId;
    private int attempts = 1;

    private Builder(int status) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status must be 100 to 599: " + status);
      }
      this.status = status;
    }

    /** Sets the headers. */
    public Builder headers(HttpHeaders headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /** Sets the body, copied. */
    public Builder body(byte[] body) {
      return bodyUncopied(body.clone());
    }

    /** Sets the request id the service returned, or none. */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets how many attempts were made; at least 1. */
    public Builder attempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
      }
      this.attempts = attempts;
      return this;
    }

    /** Returns the immutable response. */
    public HttpResponse build() {
      return new HttpResponse(this);
    }

    private Builder bodyUncopied(byte[] body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }
  }
}
