package vn.motcua.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Keys, claims and tokens for tests: keys are generated once per test JVM, tokens by Nimbus. */
public final class Tokens {
  public static final String ISSUER = "https://sso.example.vn";
  public static final String CLIENT_ID = "motcua-client";
  public static final String NONCE = "n-0S6_WzA2Mj";
  public static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  public static final java.security.Provider BOUNCY_CASTLE =
      new org.bouncycastle.jce.provider.BouncyCastleProvider();

  public static final RSAKey RSA = rsa("rsa-1", 2048);
  public static final RSAKey RSA_2 = rsa("rsa-2", 2048);
  public static final ECKey EC = ec("ec-1", Curve.P_256);
  public static final ECKey EC_384 = ec("ec-384", Curve.P_384);
  public static final RSAKey ATTACKER = rsa("attacker", 2048);

  private Tokens() {}

  /** Returns a JWKS with the public parts of {@code keys}. */
  public static String jwks(JWK... keys) {
    return new JWKSet(List.of(keys)).toPublicJWKSet().toString();
  }

  /** Returns a verifier builder for {@link #ISSUER}/{@link #CLIENT_ID} at {@link #NOW}. */
  public static IdTokenVerifier.Builder verifier(JWK... keys) {
    return IdTokenVerifier.builder()
        .issuer(ISSUER)
        .clientId(CLIENT_ID)
        .jwksSource(JwksSource.fixed(jwks(keys)))
        .clock(CLOCK);
  }

  /** Returns the claims of a valid ID token issued now, with {@link #NONCE}. */
  public static Map<String, Object> claims() {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", ISSUER);
    claims.put("sub", "sub-4711");
    claims.put("aud", CLIENT_ID);
    claims.put("exp", NOW.getEpochSecond() + 300);
    claims.put("iat", NOW.getEpochSecond() - 5);
    claims.put("nonce", NONCE);
    return claims;
  }

  /** Returns the claims of {@link #claims()} changed by {@code change}. */
  public static Map<String, Object> claims(Consumer<Map<String, Object>> change) {
    Map<String, Object> claims = claims();
    change.accept(claims);
    return claims;
  }

  /** Signs {@code claims} with {@code key}, choosing RS256 or ES256 by key type, with its kid. */
  public static String sign(JWK key, Map<String, Object> claims) {
    JWSAlgorithm alg = key instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
    return sign(new JWSHeader.Builder(alg).keyID(key.getKeyID()).build(), key, claims);
  }

  /** Signs {@code claims} with {@code key} under {@code header}. */
  public static String sign(JWSHeader header, JWK key, Map<String, Object> claims) {
    try {
      // Weak keys are allowed here: tests must be able to mint what an attacker would.
      JWSSigner signer =
          key instanceof ECKey ec
              ? new ECDSASigner(ec.toECPrivateKey(), ec.getCurve())
              : new RSASSASigner(
                  ((RSAKey) key).toRSAPrivateKey(),
                  java.util.Set.of(com.nimbusds.jose.crypto.opts.AllowWeakRSAKey.getInstance()));
      if (signer instanceof ECDSASigner ecdsa && Curve.SECP256K1.equals(((ECKey) key).getCurve())) {
        ecdsa.getJCAContext().setProvider(BOUNCY_CASTLE);
      }
      return sign(header, signer, claims);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs {@code claims} with {@code signer} under {@code header}. */
  public static String sign(JWSHeader header, JWSSigner signer, Map<String, Object> claims) {
    try {
      com.nimbusds.jose.JWSObject jws =
          new com.nimbusds.jose.JWSObject(
              header, new Payload(JSONObjectUtils.toJSONString(claims)));
      jws.sign(signer);
      return jws.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs {@code claims} with HMAC over {@code secret}. */
  public static String hmac(JWSAlgorithm alg, byte[] secret, Map<String, Object> claims) {
    try {
      return sign(new JWSHeader(alg), new MACSigner(secret), claims);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns RS256 header with kid and typ JWT for {@link #RSA}. */
  public static JWSHeader.Builder rs256() {
    return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(RSA.getKeyID()).type(JOSEObjectType.JWT);
  }

  /** Returns a token assembled by hand from raw JSON texts and a raw signature segment. */
  public static String raw(String headerJson, String payloadJson, String signature) {
    return b64(headerJson) + "." + b64(payloadJson) + "." + signature;
  }

  /** Returns the base64url encoding of {@code text}'s UTF-8 bytes, without padding. */
  public static String b64(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the signature segment of {@code token}. */
  public static Base64URL signatureOf(String token) {
    return new Base64URL(token.substring(token.lastIndexOf('.') + 1));
  }

  /** Returns the JSON of {@code claims}. */
  public static String json(Map<String, Object> claims) {
    return JSONObjectUtils.toJSONString(claims);
  }

  static RSAKey rsa(String kid, int bits) {
    try {
      return new RSAKeyGenerator(bits, true).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static ECKey ec(String kid, Curve curve) {
    try {
      // The JDK dropped secp256k1; BouncyCastle, on the test class path, still has it.
      return new ECKeyGenerator(curve).keyID(kid).provider(BOUNCY_CASTLE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
