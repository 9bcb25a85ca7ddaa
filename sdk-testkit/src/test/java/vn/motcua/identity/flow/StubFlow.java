package vn.motcua.identity.flow;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import vn.motcua.core.http.HttpOptions;
import vn.motcua.core.http.HttpTransport;
import vn.motcua.core.http.RetryPolicy;
import vn.motcua.identity.AuthorizationRequest;
import vn.motcua.identity.ClientAuthentication;
import vn.motcua.identity.JwksOptions;
import vn.motcua.identity.LoginOptions;
import vn.motcua.identity.LoginResult;
import vn.motcua.identity.RelyingParty;
import vn.motcua.testkit.idp.ClientAuthMethod;
import vn.motcua.testkit.idp.SigningAlgorithm;
import vn.motcua.testkit.idp.StubClient;
import vn.motcua.testkit.idp.StubIdentityProvider;
import vn.motcua.testkit.persona.PersonaPack;

/**
 * A stub identity provider with everything a relying party test needs around it: a clock that
 * stands still until moved, a fake JWKS ticker, one transport without retries (so a fault reaches
 * the relying party unrepeated and no test waits out a {@code Retry-After}), and client
 * registrations matched by relying parties.
 */
final class StubFlow implements AutoCloseable {
  static final Instant START = Instant.parse("2026-09-02T01:00:00Z");
  static final String REDIRECT_URI = "http://localhost:8080/login/callback";

  /** The client's own keys: private_key_jwt assertions and ID token encryption. */
  static final RSAKey CLIENT_RSA = rsa("client-rsa", KeyUse.SIGNATURE);

  static final ECKey CLIENT_EC = ec("client-ec");
  static final RSAKey CLIENT_ENCRYPTION = rsa("client-enc", KeyUse.ENCRYPTION);

  final MutableClock clock = new MutableClock(START);
  final AtomicLong ticker = new AtomicLong();
  final StubIdentityProvider idp;
  final HttpTransport transport;

  StubFlow() {
    this(PersonaPack.defaults(), HttpOptions.defaults());
  }

  StubFlow(PersonaPack personas, HttpOptions options) {
    this.idp = StubIdentityProvider.builder().clock(clock).personas(personas).build().start();
    this.transport =
        HttpTransport.builder().retryPolicy(RetryPolicy.none()).options(options).build();
  }

  /** The kinds of client the tests register. */
  enum Client {
    RS256(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC, false, false),
    PS256(SigningAlgorithm.PS256, ClientAuthMethod.CLIENT_SECRET_BASIC, false, false),
    ES256(SigningAlgorithm.ES256, ClientAuthMethod.CLIENT_SECRET_BASIC, false, false),
    ENCRYPTED(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC, true, false),
    SIGNED_USERINFO(SigningAlgorithm.RS256, ClientAuthMethod.CLIENT_SECRET_BASIC, false, true);

    final SigningAlgorithm algorithm;
    final ClientAuthMethod method;
    final boolean encrypted;
    final boolean signedUserInfo;

    Client(
        SigningAlgorithm algorithm,
        ClientAuthMethod method,
        boolean encrypted,
        boolean signedUserInfo) {
      this.algorithm = algorithm;
      this.method = method;
      this.encrypted = encrypted;
      this.signedUserInfo = signedUserInfo;
    }
  }

  /** Registers a client of this kind and returns a relying party for it, not built yet. */
  RelyingParty.Builder relyingParty(Client client) {
    return relyingParty(
        client.name().toLowerCase(java.util.Locale.ROOT),
        client.algorithm,
        client.method,
        client.encrypted,
        client.signedUserInfo);
  }

  /** Registers a client signing with {@code algorithm}, authenticating by {@code method}. */
  RelyingParty.Builder relyingParty(SigningAlgorithm algorithm, ClientAuthMethod method) {
    return relyingParty("rp-" + algorithm + "-" + method.value(), algorithm, method, false, false);
  }

  private RelyingParty.Builder relyingParty(
      String clientId,
      SigningAlgorithm algorithm,
      ClientAuthMethod method,
      boolean encrypted,
      boolean signedUserInfo) {
    StubClient.Builder registration =
        StubClient.builder(clientId)
            .redirectUri(REDIRECT_URI)
            .idTokenAlgorithm(algorithm)
            .authMethod(method)
            .userInfoSigned(signedUserInfo);
    String secret = "s3cret:with/odd&chars " + clientId;
    JWK assertionKey = algorithm == SigningAlgorithm.ES256 ? CLIENT_EC : CLIENT_RSA;
    ClientAuthentication authentication =
        switch (method) {
          case CLIENT_SECRET_BASIC -> ClientAuthentication.clientSecretBasic(secret);
          case CLIENT_SECRET_POST -> ClientAuthentication.clientSecretPost(secret);
          case PRIVATE_KEY_JWT -> ClientAuthentication.privateKeyJwt(assertionKey.toJSONString());
        };
    if (method == ClientAuthMethod.PRIVATE_KEY_JWT) {
      registration.jwkSet(new JWKSet(assertionKey));
    } else {
      registration.secret(secret);
    }
    if (encrypted) {
      registration.idTokenEncryptionKey(CLIENT_ENCRYPTION);
    }
    idp.registerClient(registration.build());
    RelyingParty.Builder rp =
        RelyingParty.builder()
            .issuer(idp.issuer().toString())
            .clientId(clientId)
            .clientAuthentication(authentication)
            .redirectUri(REDIRECT_URI)
            .allowedAlgorithms(algorithm.name())
            .transport(transport)
            .clock(clock)
            .jwksOptions(JwksOptions.builder().nanoTicker(ticker::get).build());
    if (encrypted) {
      rp.decryptionKeys(new JWKSet(CLIENT_ENCRYPTION).toString(false)).requireEncryption(true);
    }
    return rp;
  }

  /** Runs a whole login of {@code persona}, as a browser and the web app would. */
  LoginResult login(RelyingParty rp, String persona) {
    return login(rp, persona, LoginOptions.defaults());
  }

  LoginResult login(RelyingParty rp, String persona, LoginOptions options) {
    AuthorizationRequest request = rp.beginLogin(options);
    URI callback = idp.simulateLogin(request.url(), persona);
    return rp.complete(request.transaction(), callback);
  }

  /** Moves the JWKS cache's ticker forward. */
  void advanceTicker(Duration duration) {
    ticker.addAndGet(TimeUnit.NANOSECONDS.convert(duration));
  }

  @Override
  public void close() {
    transport.close();
    idp.stop();
  }

  static RSAKey rsa(String kid, KeyUse use) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).keyUse(use).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static ECKey ec(String kid) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
      this.now = new AtomicReference<>(start);
    }

    void advance(Duration duration) {
      now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
      return now.get();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
