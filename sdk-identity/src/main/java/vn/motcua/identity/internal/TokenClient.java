package vn.motcua.identity.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.TransportException;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.core.http.HttpStatusException;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.OAuthErrorException;

/**
 * Talks to the token endpoint: redeems an authorization code with its PKCE verifier (RFC 6749
 * 4.1.3, RFC 7636 4.5) or a refresh token (RFC 6749 6), authenticated as the client.
 *
 * <p>Each request is a POST without an idempotency key, so the transport sends it exactly once: a
 * code or a rotated refresh token may be used up by a first attempt whose answer was lost, and a
 * second attempt would then fail anyway or, worse, revoke the grant.
 */
public final class TokenClient {
  /** The largest token answer read: far above any real one, far below a memory problem. */
  public static final int MAX_RESPONSE_BYTES = 1024 * 1024;

  private static final JoseJson JSON = JoseJson.withMaxLength(MAX_RESPONSE_BYTES);
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,10}");

  private final String clientId;
  private final ClientCredentials credentials;
  private final Clock clock;

  /** Creates a client of the token endpoint. */
  public TokenClient(String clientId, ClientCredentials credentials, Clock clock) {
    this.clientId = clientId;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** Redeems an authorization code; the answer must carry an ID token. */
  public CompletableFuture<TokenResponse> redeemCode(
      HttpExchange exchange,
      URI tokenEndpoint,
      String code,
      String redirectUri,
      String codeVerifier) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", codeVerifier);
    return post(exchange, tokenEndpoint, form, true);
  }

  /** Redeems a refresh token; the answer may leave the ID token out. */
  public CompletableFuture<TokenResponse> refresh(
      HttpExchange exchange, URI tokenEndpoint, String refreshToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    return post(exchange, tokenEndpoint, form, false);
  }

  private CompletableFuture<TokenResponse> post(
      HttpExchange exchange, URI tokenEndpoint, Map<String, String> form, boolean idTokenRequired) {
    HttpRequest.Builder request =
        HttpRequest.builder("POST", tokenEndpoint).header("Accept", "application/json");
    credentials.apply(clientId, tokenEndpoint, clock.instant(), form, request);
    StringBuilder body = new StringBuilder();
    form.forEach(
        (name, value) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(QueryCodec.encode(name)).append('=').append(QueryCodec.encode(value));
        });
    request.body(body.toString().getBytes(StandardCharsets.US_ASCII), FORM);
    Instant sentAt = clock.instant();
    return exchange
        .send(request.build())
        .handle(
            (response, error) -> {
              if (error != null) {
                throw failure(Futures.unwrap(error));
              }
              return parse(response, idTokenRequired, sentAt);
            });
  }

  private static RuntimeException failure(Throwable error) {
    if (error instanceof HttpStatusException status) {
      Map<String, Object> body = JSON.object(status.responseBody());
      if (body != null && body.get("error") instanceof String oauthError && !oauthError.isEmpty()) {
        return new OAuthErrorException(
            IdentityCodes.TOKEN_ENDPOINT_REJECTED,
            oauthError,
            body.get("error_description") instanceof String d ? d : null,
            status.status());
      }
      return Failures.causedBy(IdentityCodes.TOKEN_ENDPOINT_UNAVAILABLE, false, status);
    }
    if (error instanceof TransportException transport) {
      if ("http.response_too_large".equals(transport.code())) {
        return Failures.problem(
            IdentityCodes.TOKEN_ENDPOINT_INVALID_RESPONSE, "larger than 1 MiB", transport);
      }
      return Failures.causedBy(IdentityCodes.TOKEN_ENDPOINT_UNAVAILABLE, false, transport);
    }
    if (error instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(error);
  }

  private static TokenResponse parse(
      HttpResponse response, boolean idTokenRequired, Instant sentAt) {
    if (response.bodyLength() > MAX_RESPONSE_BYTES) {
      throw invalid("larger than 1 MiB");
    }
    Map<String, Object> body = JSON.object(response.body());
    if (body == null) {
      throw invalid("not a JSON object");
    }
    String accessToken = string(body, "access_token");
    if (accessToken == null || accessToken.isEmpty()) {
      throw invalid("access_token is missing");
    }
    String tokenType = string(body, "token_type");
    if (tokenType == null || !tokenType.toLowerCase(Locale.ROOT).equals("bearer")) {
      throw invalid("token_type is not Bearer");
    }
    String idToken = string(body, "id_token");
    if (idTokenRequired && (idToken == null || idToken.isEmpty())) {
      throw invalid("id_token is missing");
    }
    String refreshToken = string(body, "refresh_token");
    Long expiresIn = seconds(body.get("expires_in"));
    return new TokenResponse(
        accessToken,
        idToken == null || idToken.isEmpty() ? null : idToken,
        refreshToken == null || refreshToken.isEmpty() ? null : refreshToken,
        expiresIn == null ? null : sentAt.plusSeconds(expiresIn));
  }

  private static @Nullable String string(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw invalid(name + " is not a string");
    }
    return text;
  }

  /** Reads {@code expires_in}: whole seconds, as a JSON integer or (seen in the wild) a string. */
  private static @Nullable Long seconds(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    long seconds;
    if (value instanceof Long number) {
      seconds = number;
    } else if (value instanceof String text && DIGITS.matcher(text).matches()) {
      seconds = Long.parseLong(text);
    } else {
      throw invalid("expires_in is not a number of seconds");
    }
    if (seconds < 0 || seconds > 10L * 365 * 24 * 3600) {
      throw invalid("expires_in is not a number of seconds");
    }
    return seconds;
  }

  private static IdentityException invalid(String problem) {
    return Failures.problem(IdentityCodes.TOKEN_ENDPOINT_INVALID_RESPONSE, problem);
  }

  @Override
  public String toString() {
    return "TokenClient[" + clientId + ", " + credentials + "]";
  }
}
