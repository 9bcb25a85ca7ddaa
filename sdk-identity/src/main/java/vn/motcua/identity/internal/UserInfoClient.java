package vn.motcua.identity.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.http.HttpRequest;
import vn.motcua.core.http.HttpResponse;
import vn.motcua.identity.IdTokenVerifier;
import vn.motcua.identity.IdentityCodes;
import vn.motcua.identity.IdentityException;
import vn.motcua.identity.TokenRejectedException;

/**
 * Fetches the userinfo answer with the access token (OpenID Connect Core 5.3) and checks it is
 * about the ID token's subject: plain JSON, or a JWT ({@code application/jwt}) verified with the ID
 * token's keys and algorithms.
 */
public final class UserInfoClient {
  /** The largest JSON userinfo answer read. */
  public static final int MAX_JSON_BYTES = 256 * 1024;

  private static final JoseJson JSON = JoseJson.withMaxLength(MAX_JSON_BYTES);

  private UserInfoClient() {}

  /**
   * Returns the userinfo claims about {@code subject}.
   *
   * @throws IdentityException (through the future) {@code identity.userinfo.unavailable}, {@code
   *     .invalid}, {@code .subject_mismatch}, or {@code identity.jwks.unavailable}
   */
  public static CompletableFuture<Map<String, Object>> fetch(
      HttpExchange exchange,
      URI endpoint,
      String accessToken,
      String subject,
      IdTokenVerifier verifier) {
    HttpRequest request =
        HttpRequest.builder("GET", endpoint)
            .header("Authorization", "Bearer " + accessToken)
            .header("Accept", "application/jwt, application/json")
            .build();
    return exchange
        .send(request)
        .handle(
            (response, error) -> {
              if (error != null) {
                Throwable cause = Futures.unwrap(error);
                if (cause instanceof MotcuaException motcua) {
                  throw Failures.causedBy(IdentityCodes.USERINFO_UNAVAILABLE, false, motcua);
                }
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
              }
              return read(response, subject, verifier);
            });
  }

  private static Map<String, Object> read(
      HttpResponse response, String subject, IdTokenVerifier verifier) {
    String mediaType =
        response
            .mediaType()
            .map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
            .orElse("");
    if (mediaType.equals("application/jwt")) {
      String jwt = new String(response.body(), StandardCharsets.US_ASCII).strip();
      try {
        return verifier.verifyUserInfo(jwt, subject);
      } catch (TokenRejectedException e) {
        throw Failures.problem(
            IdentityCodes.USERINFO_INVALID, "the signed answer failed verification", e);
      }
    }
    if (!mediaType.isEmpty() && !mediaType.equals("application/json")) {
      throw Failures.problem(
          IdentityCodes.USERINFO_INVALID, "neither application/json nor application/jwt");
    }
    if (response.bodyLength() > MAX_JSON_BYTES) {
      throw Failures.problem(IdentityCodes.USERINFO_INVALID, "larger than 256 KiB");
    }
    Map<String, Object> claims = JSON.object(response.body());
    if (claims == null) {
      throw Failures.problem(IdentityCodes.USERINFO_INVALID, "not a JSON object");
    }
    if (!(claims.get("sub") instanceof String sub)) {
      throw Failures.problem(IdentityCodes.USERINFO_INVALID, "sub is missing");
    }
    if (!sub.equals(subject)) {
      throw Failures.of(IdentityCodes.USERINFO_SUBJECT_MISMATCH);
    }
    return claims;
  }
}
