package vn.motcua.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Synthetic signing keys and ID tokens shaped like those of the National Public Service Portal's
 * SSO (DVCQG): standard OpenID Connect claims plus the Vietnamese ones, 1.1 to 1.3 KB in compact
 * form. Every person and identifier is invented.
 */
final class IdTokenSamples {
  /** The instant both sides check time claims against, held still for the whole run. */
  static final Instant NOW = Instant.parse("2025-06-02T03:00:00Z");

  static final String ISSUER = "https://xacthuc.dichvucong.gov.vn";
  static final String CLIENT_ID = "motcua-sotuphap-hanoi";
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
  static final Duration MAX_TOKEN_AGE = Duration.ofMinutes(10);

  private static final String RSA_KID = "dvcqg-rs-2025";
  private static final String EC_KID = "dvcqg-ec-2025";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RSAKey rsaKey;
  private final ECKey ecKey;

  IdTokenSamples() {
    try {
      rsaKey =
          new RSAKeyGenerator(2048)
              .keyID(RSA_KID)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.RS256)
              .generate();
      ecKey =
          new ECKeyGenerator(Curve.P_256)
              .keyID(EC_KID)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate the sample keys", e);
    }
  }

  /** Returns the provider's public key set, both keys, as the SSO would publish it. */
  JWKSet publicKeys() {
    return new JWKSet(List.of(rsaKey.toPublicJWK(), ecKey.toPublicJWK()));
  }

  /** Returns a fresh random nonce, 32 bytes in base64url like a relying party sends. */
  static String newNonce() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Mints a valid ID token for citizen number {@code n} answering a login that sent {@code nonce}.
   */
  String mint(JWSAlgorithm algorithm, int n, String nonce) {
    return mint(algorithm, claims(n, nonce, NOW.minusSeconds(5)).build());
  }

  /** Mints a token signed with the provider's key for {@code algorithm}. */
  String mint(JWSAlgorithm algorithm, JWTClaimsSet claims) {
    boolean rsa = JWSAlgorithm.RS256.equals(algorithm);
    JWSHeader header =
        new JWSHeader.Builder(algorithm)
            .keyID(rsa ? RSA_KID : EC_KID)
            .type(JOSEObjectType.JWT)
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      JWSSigner signer = rsa ? new RSASSASigner(rsaKey) : new ECDSASigner(ecKey);
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a sample token", e);
    }
    return jwt.serialize();
  }

  /** Returns the claims of citizen number {@code n}'s token issued at {@code issuedAt}. */
  JWTClaimsSet.Builder claims(int n, String nonce, Instant issuedAt) {
    String techId = new UUID(0x6d6f74637561L, n).toString();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(techId)
        .audience(CLIENT_ID)
        .claim("azp", CLIENT_ID)
        .issueTime(Date.from(issuedAt))
        .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(5))))
        .claim("auth_time", issuedAt.minusSeconds(25).getEpochSecond())
        .claim("nonce", nonce)
        .jwtID(UUID.nameUUIDFromBytes(nonce.getBytes(StandardCharsets.UTF_8)).toString())
        .claim("sid", Integer.toHexString(n * 7919 + 104729))
        .claim("loAs", "2")
        .claim("LoaiTaiKhoan", "1")
        .claim("SoDinhDanh", String.format(Locale.ROOT, "001085%06d", n % 1_000_000))
        .claim("SoCMND", String.format(Locale.ROOT, "0%08d", (n * 37) % 100_000_000))
        .claim("HoVaTen", "Nguyễn Văn Thành")
        .claim("GioiTinh", "1")
        .claim("NgaySinh", "12/03/1985")
        .claim(
            "DiaChi",
            "Số 12, ngõ 34 phố Hoàng Quốc Việt, phường Nghĩa Đô, quận Cầu Giấy, thành phố Hà Nội")
        .claim("SoDienThoai", String.format(Locale.ROOT, "0912%06d", n % 1_000_000))
        .claim("ThuDienTu", "thanh.nv" + n + "@example.vn")
        .claim("TechID", techId);
  }

  /**
   * Returns {@code token} with one claim value changed and the original signature kept: a forgery
   * that only the signature check can catch.
   */
  static String tampered(String token) {
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("Nguyễn Văn Thành", "Trần Văn Thành");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }
}
