package vn.motcua.dossier.internal.portal;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.util.RawValue;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.TransportException;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpStatusException;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.json.MotcuaJson;
import vn.motcua.dossier.portal.PortalAuthException;
import vn.motcua.dossier.portal.PortalRateLimitedException;
import vn.motcua.dossier.portal.PortalRejectedException;
import vn.motcua.dossier.portal.PortalUnavailableException;

/** Sends one request and turns every failure into the portal's typed errors. */
public final class PortalCalls {
  private static final MotcuaJson JSON = MotcuaJson.lenient();
  private static final int MAX_MESSAGE = 500;

  private PortalCalls() {}

  /** The portal's {@code error_code} envelope, read from a 2xx answer. */
  public record Envelope(String errorCode, @Nullable String message, JsonNode root) {
    /** Returns whether the error code means success ({@code 0}, {@code "0"}, {@code "00"}). */
    public boolean isSuccess() {
      return errorCode.equals("0") || errorCode.equals("00");
    }

    /** Returns whether the code is one of {@code codes}. */
    public boolean isOneOf(Set<String> codes) {
      return codes.contains(errorCode);
    }
  }

  /**
   * Returns {@code json}, one JSON value serialised beforehand, to be written as it is where a
   * request body holds it (in a map or list given to {@link MotcuaJson#writeBytes}).
   */
  public static RawValue raw(byte[] json) {
    return new RawValue(new String(json, StandardCharsets.UTF_8));
  }

  /**
   * Sends {@code request}; returns the 2xx response.
   *
   * @throws PortalUnavailableException, PortalRateLimitedException or PortalAuthException
   */
  public static HttpResponse send(HttpTransport transport, HttpRequest request, String service) {
    try {
      return transport.execute(request);
    } catch (HttpStatusException e) {
      throw translate(e, service);
    } catch (TransportException e) {
      if (e.code().equals("http.interrupted")) {
        throw e;
      }
      throw new PortalUnavailableException(service, 0, null, e);
    }
  }

  /** Translates an HTTP status failure. */
  public static MotcuaException translate(HttpStatusException e, String service) {
    int status = e.status();
    if (status == 429) {
      return new PortalRateLimitedException(service, e.retryAfter().orElse(null), e);
    }
    if (status == 401 || status == 403) {
      return new PortalAuthException(service, status, null, null);
    }
    if (e.isRetryable() || status >= 500) {
      return new PortalUnavailableException(service, status, e.retryAfter().orElse(null), e);
    }
    Envelope envelope = tryEnvelope(e.responseBody());
    return new PortalRejectedException(
        service,
        status,
        envelope == null ? "HTTP_" + status : envelope.errorCode(),
        envelope == null ? null : envelope.message());
  }

  /**
   * Reads the envelope of a 2xx answer.
   *
   * @throws PortalUnavailableException when the body is not the portal's JSON envelope (a proxy's
   *     page, a truncated answer): whether the portal acted is unknown
   */
  public static Envelope envelope(HttpResponse response, String service) {
    Envelope envelope = tryEnvelope(response.body());
    if (envelope == null) {
      throw new PortalUnavailableException(
          service,
          response.status(),
          null,
          new MotcuaException(
              "portal.malformed_envelope",
              "the answer was not the portal's JSON envelope with an error_code"));
    }
    return envelope;
  }

  private static @Nullable Envelope tryEnvelope(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (RuntimeException e) {
      return null;
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    String code = text(root.path("error_code"));
    if (code == null) {
      return null;
    }
    return new Envelope(code.strip(), sanitize(text(root.path("message"))), root);
  }

  /** Returns the text of a string or number node, or null. */
  public static @Nullable String text(JsonNode node) {
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isNumber()) {
      return node.asString();
    }
    return null;
  }

  /** Strips control characters and trims to a bounded length. */
  static @Nullable String sanitize(@Nullable String message) {
    if (message == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < message.length() && out.length() < MAX_MESSAGE; i++) {
      char c = message.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
