package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEEncrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import vn.motcua.testkit.idp.SigningAlgorithm;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.TokenFault;
import vn.motcua.testkit.internal.idp.Grants.Session;
import vn.motcua.testkit.persona.AccountLevel;

/** Mints ID tokens: real claims, real signatures, then the fault asked for, if any. */
final class IdTokenMinter {
  static final String UNTRUSTED_ISSUER = "https://idp.untrusted.example";
  static final String UNTRUSTED_CLIENT = "untrusted-client";
  static final String UNTRUSTED_AUDIENCE = "https://rp.untrusted.example";
  static final String UNKNOWN_CRIT = "urn:motcua:stub:unknown";
  static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
  static final String PBES2_PASSWORD = "untrusted-password";

  /** The order n of the P-256 group (SEC 2), for the r = s = n signature. */
  private static final BigInteger P256_ORDER =
      new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);

  private final IdpConfig config;
  private final KeyRing keys;
  private final Supplier<String> issuer;

  IdTokenMinter(IdpConfig config, KeyRing keys, Supplier<String> issuer) {
    this.config = config;
    this.keys = keys;
    this.issuer = issuer;
  }

  /**
   * Mints an ID token for a session.
   *
   * @param nonce the authorization request's nonce; {@code null} for a refresh
   * @param accessToken the access token issued beside it, bound by {@code at_hash}
   * @param fault the defect to put in, or {@code null}
   */
  String mint(
      Session session, @Nullable String nonce, String accessToken, @Nullable TokenFault fault) {
    StubClient client = session.client;
    Instant now = config.clock().instant();
    TokenDraft draft = new TokenDraft();
    draft.signWith(keys.current(client.idTokenAlgorithm()), Jose.jws(client.idTokenAlgorithm()));
    draft.header.put("typ", "JWT");
    Map<String, Object> c = draft.claims;
    c.put("iss", issuer.get());
    c.put("sub", session.persona.subject());
    c.put("aud", List.of(client.clientId()));
    c.put("azp", client.clientId());
    c.put("exp", now.plus(config.idTokenLifetime()).getEpochSecond());
    c.put("iat", now.getEpochSecond());
    c.put("auth_time", session.authTime.getEpochSecond());
    if (nonce != null) {
      c.put("nonce", nonce);
    }
    c.put("acr", config.acr(session.persona.level()));
    c.put("at_hash", Jose.atHash(accessToken));
    c.putAll(DvcqgClaims.of(session.persona));
    if (fault != null) {
      apply(fault, draft, session, now);
    }
    return encrypt(draft.compact(), client, fault);
  }

  private void apply(TokenFault fault, TokenDraft d, Session session, Instant now) {
    SigningAlgorithm algorithm = session.client.idTokenAlgorithm();
    JWK realKey = keys.current(algorithm);
    Map<String, Object> c = d.claims;
    long lifetime = config.idTokenLifetime().getSeconds();
    switch (fault) {
      case BAD_SIGNATURE -> d.signatureEdit = TokenFaults::flipLastBit;
      case UNEXPECTED_ALGORITHM -> {
        SigningAlgorithm other =
            algorithm == SigningAlgorithm.RS256 ? SigningAlgorithm.PS256 : SigningAlgorithm.RS256;
        d.signWith(keys.current(other), Jose.jws(other));
      }
      case ALG_NONE -> unsigned(d, "none");
      case ALG_NONE_CAPITALIZED -> unsigned(d, "None");
      case ALG_NONE_UPPERCASE -> unsigned(d, "NONE");
      case ALG_NONE_MIXED_CASE -> unsigned(d, "nOnE");
      case HS256_WITH_RSA_PUBLIC_KEY -> {
        JWK rsa = keys.current(SigningAlgorithm.RS256);
        d.header.put("alg", "HS256");
        d.header.put("kid", rsa.getKeyID());
        byte[] secret = TokenFaults.publicKeyPem(rsa).getBytes(StandardCharsets.UTF_8);
        d.signer = input -> TokenFaults.hmacSha256(secret, input);
      }
      case EMBEDDED_JWK -> {
        JWK untrusted = UntrustedKeys.sameTypeAs(realKey);
        d.signWith(untrusted, Jose.jws(algorithm));
        d.header.put("kid", realKey.getKeyID());
        d.header.put("jwk", TokenFaults.withoutCertificates(untrusted));
      }
      case JKU_HEADER -> {
        d.signWith(UntrustedKeys.sameTypeAs(realKey), Jose.jws(algorithm));
        d.header.put("jku", issuer.get() + UntrustedEndpoint.JWKS_PATH);
      }
      case X5U_HEADER -> {
        JWK untrusted = UntrustedKeys.sameTypeAs(realKey);
        d.signWith(untrusted, Jose.jws(algorithm));
        d.header.remove("kid");
        d.header.put("x5u", issuer.get() + UntrustedEndpoint.certificatePath(untrusted));
      }
      case X5C_HEADER -> {
        JWK untrusted = UntrustedKeys.sameTypeAs(realKey);
        d.signWith(untrusted, Jose.jws(algorithm));
        d.header.remove("kid");
        d.header.put("x5c", List.of(untrusted.getX509CertChain().get(0).toString()));
      }
      case HOSTILE_KID -> d.header.put("kid", TokenFaults.hostileKid());
      case UNKNOWN_KID -> {
        d.signWith(UntrustedKeys.sameTypeAs(realKey), Jose.jws(algorithm));
        d.header.put("kid", "unpublished-" + UUID.randomUUID());
      }
      case NO_KID -> d.header.remove("kid");
      case UNKNOWN_CRIT -> {
        d.header.put("crit", List.of(UNKNOWN_CRIT));
        d.header.put(UNKNOWN_CRIT, true);
      }
      case ECDSA_ZERO_SIGNATURE -> es256(d, sig -> new byte[64]);
      case ECDSA_ORDER_SIGNATURE -> es256(d, sig -> TokenFaults.orderSignature(P256_ORDER));
      case ECDSA_DER_SIGNATURE -> es256(d, TokenFaults::toDer);
      case ECDSA_TRUNCATED_SIGNATURE -> es256(d, sig -> Arrays.copyOf(sig, sig.length - 1));
      case WEAK_RSA_KEY -> d.signWith(keys.publishWeakKey(), JWSAlgorithm.RS256);
      case WRONG_ISSUER -> c.put("iss", UNTRUSTED_ISSUER);
      case MISSING_ISSUER -> c.remove("iss");
      case WRONG_AUDIENCE -> {
        c.put("aud", List.of(UNTRUSTED_CLIENT));
        c.put("azp", UNTRUSTED_CLIENT);
      }
      case EXTRA_AUDIENCE_WITHOUT_AZP -> {
        c.put("aud", List.of(session.client.clientId(), UNTRUSTED_AUDIENCE));
        c.remove("azp");
      }
      case EXPIRED -> {
        long exp = now.getEpochSecond() - 2 * 3600;
        c.put("exp", exp);
        c.put("iat", exp - lifetime);
        c.put("auth_time", Math.min(session.authTime.getEpochSecond(), exp - lifetime));
      }
      case NOT_YET_VALID -> c.put("nbf", now.getEpochSecond() + 3600);
      case ISSUED_IN_FUTURE -> {
        long iat = now.getEpochSecond() + 3600;
        c.put("iat", iat);
        c.put("exp", iat + lifetime);
      }
      case STALE_IAT -> c.put("iat", now.getEpochSecond() - 2 * 86400);
      case MISSING_IAT -> c.remove("iat");
      case MISSING_SUB -> c.remove("sub");
      case MISSING_EXP -> c.remove("exp");
      case NON_INTEGER_EXP -> c.put("exp", String.valueOf(c.get("exp")));
      case OVERFLOWING_EXP -> c.put("exp", BigInteger.ONE.shiftLeft(64));
      case WRONG_NONCE -> c.put("nonce", Jose.randomToken());
      case MISSING_NONCE -> c.remove("nonce");
      case DIFFERENT_SUBJECT -> c.put("sub", UUID.randomUUID().toString());
      case LOW_ACR -> {
        c.put("acr", config.acr(AccountLevel.LEVEL_1));
        c.put("loAs", List.of(String.valueOf(AccountLevel.LEVEL_1.number())));
      }
      case AUTH_TIME_TOO_OLD -> {
        Long maxAge = session.maxAge;
        long age = maxAge != null ? maxAge + 3600 : 86400;
        c.put("auth_time", now.getEpochSecond() - age);
      }
      case WRONG_AT_HASH -> c.put("at_hash", Jose.atHash(Jose.randomToken()));
      case DUPLICATE_CLAIM -> {
        Object sub = c.remove("sub");
        d.leadingMembers.add(TokenDraft.member("sub", String.valueOf(sub)));
        d.trailingMembers.add(TokenDraft.member("sub", UUID.randomUUID().toString()));
      }
      case DEEPLY_NESTED_CLAIM ->
          d.trailingMembers.add(
              TokenDraft.write("nested") + ":" + "[".repeat(100_000) + "]".repeat(100_000));
      case OVERSIZED -> c.put("padding", "A".repeat(1 << 20));
      case ACCESS_TOKEN_TYPE -> d.header.put("typ", "at+jwt");
      case LOGOUT_TOKEN -> {
        d.header.put("typ", "logout+jwt");
        c.put("events", Map.of(LOGOUT_EVENT, Map.of()));
        c.put("jti", Jose.randomToken());
      }
      case MALFORMED_BASE64 -> d.compactEdit = TokenFaults::breakPayloadBase64;
      case TWO_SEGMENTS -> d.compactEdit = s -> s.substring(0, s.lastIndexOf('.'));
      case FOUR_SEGMENTS -> d.compactEdit = s -> s + "." + Jose.b64("extra");
      case HEADER_NOT_OBJECT -> d.rawHeader = TokenDraft.write(List.of(d.header));
      case JWE_RSA1_5, JWE_PBES2 -> {
        // Applied by encrypt(): the signed token inside is sound.
      }
    }
  }

  private static void unsigned(TokenDraft d, String alg) {
    d.header.clear();
    d.header.put("alg", alg);
    d.header.put("typ", "JWT");
    d.signer = input -> new byte[0];
  }

  private void es256(TokenDraft d, UnaryOperator<byte[]> edit) {
    d.signWith(keys.current(SigningAlgorithm.ES256), JWSAlgorithm.ES256);
    d.signatureEdit = edit;
  }

  // RSA1_5 is deprecated for good reason; JWE_RSA1_5 exists to check that clients refuse it.
  @SuppressWarnings("deprecation")
  private static String encrypt(String jws, StubClient client, @Nullable TokenFault fault) {
    RSAKey clientKey = client.idTokenEncryptionKey().orElse(null);
    try {
      if (fault == TokenFault.JWE_RSA1_5) {
        RSAKey to = clientKey != null ? clientKey : UntrustedKeys.rsa();
        return jwe(jws, JWEAlgorithm.RSA1_5, to.getKeyID(), new RSAEncrypter(to.toRSAPublicKey()));
      }
      if (fault == TokenFault.JWE_PBES2) {
        return jwe(
            jws,
            JWEAlgorithm.PBES2_HS256_A128KW,
            null,
            new PasswordBasedEncrypter(PBES2_PASSWORD, 16, 1000));
      }
      if (clientKey == null) {
        return jws;
      }
      RSAPublicKey publicKey = clientKey.toRSAPublicKey();
      return jwe(jws, JWEAlgorithm.RSA_OAEP_256, clientKey.getKeyID(), new RSAEncrypter(publicKey));
    } catch (JOSEException e) {
      throw Jose.cryptoFailure(e);
    }
  }

  private static String jwe(
      String jws, JWEAlgorithm algorithm, @Nullable String kid, JWEEncrypter encrypter)
      throws JOSEException {
    JWEObject jwe =
        new JWEObject(
            new JWEHeader.Builder(algorithm, EncryptionMethod.A256GCM)
                .contentType("JWT")
                .keyID(kid)
                .build(),
            new Payload(jws));
    jwe.encrypt(encrypter);
    return jwe.serialize();
  }
}
