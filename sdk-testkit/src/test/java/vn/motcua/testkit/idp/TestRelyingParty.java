package vn.motcua.testkit.idp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately plain relying party for the stub's tests: OkHttp and Nimbus only, no motcua
 * identity code, so that the stub is checked against the protocol, not against our own client.
 */
final class TestRelyingParty {
  static final OkHttpClient HTTP = new OkHttpClient.Builder().followRedirects(false).build();
  private static final SecureRandom RANDOM = new SecureRandom();

  final StubIdentityProvider idp;
  final StubClient client;
  final String redirectUri;
  private final @Nullable JWK assertionKey;
  private final @Nullable RSAKey decryptionKey;

  /** The time the relying party believes it is, for its client assertions. */
  Clock clock = Clock.systemUTC();

  TestRelyingParty(
      StubIdentityProvider idp,
      StubClient client,
      @Nullable JWK assertionKey,
      @Nullable RSAKey decryptionKey) {
    this.idp = idp;
    this.client = client;
    this.redirectUri = client.redirectUris().iterator().next().toString();
    this.assertionKey = assertionKey;
    this.decryptionKey = decryptionKey;
  }

  static TestRelyingParty register(StubIdentityProvider idp, StubClient client) {
    idp.registerClient(client);
    return new TestRelyingParty(idp, client, null, null);
  }

  static TestRelyingParty register(
      StubIdentityProvider idp,
      StubClient client,
      @Nullable JWK assertionKey,
      @Nullable RSAKey decryptionKey) {
    idp.registerClient(client);
    return new TestRelyingParty(idp, client, assertionKey, decryptionKey);
  }

  /** An authorization request the relying party built, with what it must remember. */
  record Authorization(URI url, String state, String nonce, String verifier) {}

  /** The parameters of the redirect back to the relying party. */
  record Callback(Map<String, String> params) {
    @Nullable String code() {
      return params.get("code");
    }

    @Nullable String error() {
      return params.get("error");
    }
  }

  /** An HTTP answer with its JSON body parsed when it has one. */
  record Answer(int status, Headers headers, String body) {
    Map<String, Object> json() {
      try {
        return JSONObjectUtils.parse(body);
      } catch (ParseException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String string(String name) {
      return String.valueOf(json().get(name));
    }
  }

  Authorization authorization() {
    return authorization(Map.of());
  }

  /**
   * Builds an authorization request; {@code overrides} replace or add parameters (null removes).
   */
  Authorization authorization(Map<String, @Nullable String> overrides) {
    String verifier = random(48);
    String state = random(16);
    String nonce = random(16);
    Map<String, @Nullable String> params = new LinkedHashMap<>();
    params.put("response_type", "code");
    params.put("client_id", client.clientId());
    params.put("redirect_uri", redirectUri);
    params.put("scope", "openid profile");
    params.put("state", state);
    params.put("nonce", nonce);
    params.put("code_challenge", s256(verifier));
    params.put("code_challenge_method", "S256");
    params.putAll(overrides);
    StringBuilder url = new StringBuilder(idp.authorizationEndpoint().toString());
    char separator = '?';
    for (Map.Entry<String, @Nullable String> p : params.entrySet()) {
      if (p.getValue() != null) {
        url.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
        separator = '&';
      }
    }
    return new Authorization(URI.create(url.toString()), state, nonce, verifier);
  }

  Callback login(Authorization authorization) {
    return callback(idp.simulateLogin(authorization.url()));
  }

  Callback login(Authorization authorization, String persona) {
    return callback(idp.simulateLogin(authorization.url(), persona));
  }

  static Callback callback(URI location) {
    Map<String, String> params = new LinkedHashMap<>();
    String query = location.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return new Callback(params);
  }

  /** Exchanges a code, authenticating as the client registered. */
  Answer exchange(Authorization authorization, String code) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", authorization.verifier());
    return token(form);
  }

  Answer refresh(String refreshToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    return token(form);
  }

  /** Signs a persona in and returns the token response; fails the test if either step fails. */
  Answer signIn(String persona) {
    Authorization authorization = authorization();
    return signIn(authorization, persona);
  }

  Answer signIn(Authorization authorization, String persona) {
    Callback callback = login(authorization, persona);
    if (callback.code() == null) {
      throw new AssertionError("no code: " + callback.params());
    }
    Answer answer = exchange(authorization, callback.code());
    if (answer.status() != 200) {
      throw new AssertionError("token request failed: " + answer.body());
    }
    return answer;
  }

  /** Posts a token request with the client's own authentication added. */
  Answer token(Map<String, String> form) {
    Map<String, String> body = new LinkedHashMap<>(form);
    Request.Builder request = new Request.Builder().url(idp.tokenEndpoint().toString());
    switch (client.authMethod()) {
      case CLIENT_SECRET_BASIC ->
          request.header("Authorization", basic(client.clientId(), client.secret().orElseThrow()));
      case CLIENT_SECRET_POST -> {
        body.put("client_id", client.clientId());
        body.put("client_secret", client.secret().orElseThrow());
      }
      case PRIVATE_KEY_JWT -> {
        body.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        body.put(
            "client_assertion",
            assertion(
                idp.tokenEndpoint().toString(),
                UUID.randomUUID().toString(),
                clock.instant().plusSeconds(60)));
      }
    }
    return postForm(request, body);
  }

  /** Posts a token request exactly as given: no client authentication is added. */
  Answer rawToken(Map<String, String> form, @Nullable String authorization) {
    Request.Builder request = new Request.Builder().url(idp.tokenEndpoint().toString());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return postForm(request, form);
  }

  private static Answer postForm(Request.Builder request, Map<String, String> form) {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    return send(request.post(body.build()).build());
  }

  /** A private_key_jwt client assertion signed with the client's key. */
  String assertion(String audience, String jti, Instant expiresAt) {
    JWK key = assertionKey;
    if (key == null) {
      throw new IllegalStateException("this client has no assertion key");
    }
    return signAssertion(key, client.clientId(), audience, jti, expiresAt);
  }

  static String signAssertion(
      JWK key, String clientId, String audience, String jti, Instant expiresAt) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(clientId)
            .subject(clientId)
            .audience(audience)
            .jwtID(jti)
            .expirationTime(Date.from(expiresAt))
            .issueTime(Date.from(expiresAt.minusSeconds(60)))
            .build();
    try {
      boolean ec = key instanceof ECKey;
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(ec ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256)
                  .keyID(key.getKeyID())
                  .build(),
              claims);
      jwt.sign(ec ? new ECDSASigner((ECKey) key) : new RSASSASigner((RSAKey) key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  Answer userInfo(String accessToken) {
    return send(
        new Request.Builder()
            .url(idp.userInfoEndpoint().toString())
            .header("Authorization", "Bearer " + accessToken)
            .build());
  }

  static Answer get(URI url) {
    return send(new Request.Builder().url(url.toString()).build());
  }

  static Answer send(Request request) {
    try (Response response = HTTP.newCall(request).execute()) {
      return new Answer(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JWKSet jwks() {
    try {
      return JWKSet.parse(get(idp.jwksUri()).body());
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }

  /** Verifies an ID token as a careful relying party would: pinned algorithm, published keys. */
  JWTClaimsSet verify(String idToken) {
    try {
      String jws = idToken;
      if (decryptionKey != null) {
        EncryptedJWT jwe = EncryptedJWT.parse(idToken);
        jwe.decrypt(new RSADecrypter(decryptionKey));
        jws = jwe.getPayload().toString();
      }
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSKeySelector(
          new JWSVerificationKeySelector<>(
              JWSAlgorithm.parse(client.idTokenAlgorithm().name()), new ImmutableJWKSet<>(jwks())));
      processor.setJWTClaimsSetVerifier((claims, context) -> {});
      return processor.process(SignedJWT.parse(jws), null);
    } catch (Exception e) {
      throw new AssertionError("ID token does not verify", e);
    }
  }

  static String s256(String verifier) {
    try {
      return Base64URL.encode(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)))
          .toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String atHash(String accessToken) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(accessToken.getBytes(StandardCharsets.US_ASCII));
      return Base64URL.encode(java.util.Arrays.copyOf(hash, 16)).toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String basic(String id, String secret) {
    String pair = encode(id) + ":" + encode(secret);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  static String random(int bytes) {
    byte[] out = new byte[bytes];
    RANDOM.nextBytes(out);
    return Base64URL.encode(out).toString();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
