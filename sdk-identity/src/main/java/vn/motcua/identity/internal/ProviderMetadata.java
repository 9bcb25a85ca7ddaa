package vn.motcua.identity.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.IdentityCodes;

/**
 * What a relying party uses of a provider's discovery document (OpenID Connect Discovery 1.0 3, RFC
 * 9207 3): the issuer, checked against the configured one, and the endpoints, each https or
 * loopback http.
 *
 * @param userInfoEndpoint null when the provider has none
 * @param issParameterSupported whether authorization responses carry RFC 9207's {@code iss}
 */
public record ProviderMetadata(
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    @Nullable URI userInfoEndpoint,
    URI jwksUri,
    boolean issParameterSupported) {

  /** The largest discovery document read; real ones are a few kilobytes. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final JoseJson JSON = JoseJson.withMaxLength(MAX_BYTES);

  /** Returns where the discovery document of {@code issuer} lives. */
  public static URI discoveryUri(String issuer) {
    String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    return URI.create(base + "/.well-known/openid-configuration");
  }

  /**
   * Reads a discovery document fetched for {@code expectedIssuer}.
   *
   * @throws vn.motcua.identity.IdentityException {@code identity.discovery.issuer_mismatch} when
   *     its issuer is not exactly {@code expectedIssuer}, {@code identity.discovery.invalid} when
   *     it is unusable
   */
  public static ProviderMetadata parse(byte[] body, String expectedIssuer) {
    if (body.length > MAX_BYTES) {
      throw Failures.problem(IdentityCodes.DISCOVERY_INVALID, "larger than 64 KiB");
    }
    Map<String, Object> document = JSON.object(body);
    if (document == null) {
      throw Failures.problem(IdentityCodes.DISCOVERY_INVALID, "not a JSON object");
    }
    if (!(document.get("issuer") instanceof String issuer)) {
      throw Failures.problem(IdentityCodes.DISCOVERY_INVALID, "issuer is missing");
    }
    // Checked first: nothing from a document about another issuer may be used (a mix-up).
    if (!issuer.equals(expectedIssuer)) {
      throw Failures.of(IdentityCodes.DISCOVERY_ISSUER_MISMATCH);
    }
    Object iss = document.get("authorization_response_iss_parameter_supported");
    if (iss != null && !(iss instanceof Boolean)) {
      throw Failures.problem(
          IdentityCodes.DISCOVERY_INVALID,
          "authorization_response_iss_parameter_supported is not a boolean");
    }
    return new ProviderMetadata(
        issuer,
        required(document, "authorization_endpoint"),
        required(document, "token_endpoint"),
        optional(document, "userinfo_endpoint"),
        required(document, "jwks_uri"),
        Boolean.TRUE.equals(iss));
  }

  private static URI required(Map<String, Object> document, String name) {
    URI uri = optional(document, name);
    if (uri == null) {
      throw Failures.problem(IdentityCodes.DISCOVERY_INVALID, name + " is missing");
    }
    return uri;
  }

  private static @Nullable URI optional(Map<String, Object> document, String name) {
    Object value = document.get(name);
    if (value == null) {
      return null;
    }
    URI uri = null;
    if (value instanceof String text) {
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        uri = null;
      }
    }
    if (uri == null || uri.getRawFragment() != null) {
      throw Failures.problem(IdentityCodes.DISCOVERY_INVALID, name + " is not a URL");
    }
    if (!Endpoints.isAllowed(uri)) {
      throw Failures.problem(
          IdentityCodes.DISCOVERY_INVALID, name + " is neither https nor loopback http");
    }
    return uri;
  }
}
