package vn.motcua.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.http.HttpRequest;

/**
 * How the client proves itself at the token endpoint (OpenID Connect Core 9): its secret in HTTP
 * Basic or in the form, or a JWT signed with its private key (RFC 7523) with {@code iss} = {@code
 * sub} = the client id, {@code aud} the token endpoint, a random {@code jti} and a one-minute
 * lifetime, so that a captured assertion is soon worthless and never reusable.
 */
public final class ClientCredentials {
  /** The {@code client_assertion_type} of RFC 7523. */
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private static final Duration ASSERTION_LIFETIME = Duration.ofSeconds(60);

  /** The authentication methods, by their registered names. */
  public enum Kind {
    /** {@code client_secret_basic}. */
    SECRET_BASIC,
    /** {@code client_secret_post}. */
    SECRET_POST,
    /** {@code private_key_jwt}. */
    PRIVATE_KEY_JWT
  }

  private final Kind kind;
  private final @Nullable String secret;
  private final @Nullable JWSSigner signer;
  private final @Nullable JWSAlgorithm algorithm;
  private final @Nullable String keyId;

  private ClientCredentials(
      Kind kind,
      @Nullable String secret,
      @Nullable JWSSigner signer,
      @Nullable JWSAlgorithm algorithm,
      @Nullable String keyId) {
    this.kind = kind;
    this.secret = secret;
    this.signer = signer;
    this.algorithm = algorithm;
    this.keyId = keyId;
  }

  /** Returns credentials sending {@code secret} by {@code kind}, a secret-based method. */
  public static ClientCredentials secret(Kind kind, String secret) {
    if (kind == Kind.PRIVATE_KEY_JWT) {
      throw new IllegalArgumentException("private_key_jwt needs a private key, not a secret");
    }
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("the client secret must not be empty");
    }
    return new ClientCredentials(kind, secret, null, null, null);
  }

  /**
   * Returns credentials signing assertions with the private key in {@code privateJwkJson}: RSA of
   * at least 2048 bits with RS256 (PS256 when the key says {@code "alg":"PS256"}), or EC with
   * ES256, ES384 or ES512 by curve.
   *
   * @throws IllegalArgumentException when the JSON is not one private signing key of those kinds
   */
  public static ClientCredentials privateKey(String privateJwkJson) {
    byte[] bytes = privateJwkJson.getBytes(StandardCharsets.UTF_8);
    Map<String, Object> json = JoseJson.withMaxLength(bytes.length + 1L).object(bytes);
    if (json == null) {
      throw new IllegalArgumentException("the client key must be one JWK, a JSON object");
    }
    JWK key;
    try {
      key = JWK.parse(json);
    } catch (java.text.ParseException | RuntimeException e) {
      throw new IllegalArgumentException("the client key is not a valid JWK");
    }
    if (!key.isPrivate()) {
      throw new IllegalArgumentException("the client key must hold its private part (d)");
    }
    if (KeyUse.ENCRYPTION.equals(key.getKeyUse())) {
      throw new IllegalArgumentException("the client key is marked for encryption (use=enc)");
    }
    try {
      if (key instanceof RSAKey rsa) {
        if (rsa.size() < JwsAlgorithms.MIN_RSA_BITS) {
          throw new IllegalArgumentException("the client's RSA key must have at least 2048 bits");
        }
        JWSAlgorithm alg =
            JWSAlgorithm.PS256.equals(rsa.getAlgorithm()) ? JWSAlgorithm.PS256 : JWSAlgorithm.RS256;
        return new ClientCredentials(
            Kind.PRIVATE_KEY_JWT, null, new RSASSASigner(rsa), alg, rsa.getKeyID());
      }
      if (key instanceof ECKey ec) {
        JWSAlgorithm alg = ecAlgorithm(ec.getCurve());
        return new ClientCredentials(
            Kind.PRIVATE_KEY_JWT, null, new ECDSASigner(ec), alg, ec.getKeyID());
      }
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the client key cannot sign", e);
    }
    throw new IllegalArgumentException("the client key must be an RSA or EC key");
  }

  private static JWSAlgorithm ecAlgorithm(Curve curve) {
    if (Curve.P_256.equals(curve)) {
      return JWSAlgorithm.ES256;
    }
    if (Curve.P_384.equals(curve)) {
      return JWSAlgorithm.ES384;
    }
    if (Curve.P_521.equals(curve)) {
      return JWSAlgorithm.ES512;
    }
    throw new IllegalArgumentException("the client's EC key must be on P-256, P-384 or P-521");
  }

  /** Returns the secret of a secret-based method, which also keys HMAC ID tokens. */
  public @Nullable String secret() {
    return secret;
  }

  /**
   * Adds the client's authentication to a token request: a header or form fields.
   *
   * @param form the form being built; fields are added to it
   */
  public void apply(
      String clientId,
      URI tokenEndpoint,
      Instant now,
      Map<String, String> form,
      HttpRequest.Builder request) {
    switch (kind) {
      case SECRET_BASIC -> {
        // RFC 6749 2.3.1: both parts are form-urlencoded before they are joined.
        String pair = QueryCodec.encode(clientId) + ":" + QueryCodec.encode(requireSecret());
        request.setHeader(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      }
      case SECRET_POST -> {
        form.put("client_id", clientId);
        form.put("client_secret", requireSecret());
      }
      case PRIVATE_KEY_JWT -> {
        form.put("client_id", clientId);
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", assertion(clientId, tokenEndpoint, now));
      }
    }
  }

  private String requireSecret() {
    if (secret == null) {
      throw new IllegalStateException("no client secret");
    }
    return secret;
  }

  private String assertion(String clientId, URI tokenEndpoint, Instant now) {
    if (signer == null || algorithm == null) {
      throw new IllegalStateException("no client key");
    }
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .subject(clientId)
            .audience(tokenEndpoint.toString())
            .jwtID(Randoms.token())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("the client key failed to sign an assertion", e);
    }
    return jwt.serialize();
  }

  /** Returns the method and key id; never the secret or key. */
  @Override
  public String toString() {
    return "ClientCredentials["
        + kind
        + (algorithm == null ? "" : ", " + algorithm + (keyId == null ? "" : ", kid=" + keyId))
        + "]";
  }
}
