package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Map;

/**
 * The URLs that {@code jku} and {@code x5u} headers of forged tokens point at. A relying party must
 * never fetch them, so every request is counted.
 */
final class UntrustedEndpoint {
  static final String JWKS_PATH = Paths.UNTRUSTED_PREFIX + "jwks.json";
  static final String RSA_CERT_PATH = Paths.UNTRUSTED_PREFIX + "rsa-cert.pem";
  static final String EC_CERT_PATH = Paths.UNTRUSTED_PREFIX + "ec-cert.pem";

  private final IdpEngine engine;

  UntrustedEndpoint(IdpEngine engine) {
    this.engine = engine;
  }

  static String certificatePath(JWK key) {
    return key instanceof ECKey ? EC_CERT_PATH : RSA_CERT_PATH;
  }

  StubResponse handle(IncomingRequest request) {
    engine.untrustedRequests.incrementAndGet();
    return switch (request.path()) {
      case JWKS_PATH ->
          StubResponse.json(
              200,
              Map.of(
                  "keys",
                  List.of(
                      TokenFaults.withoutCertificates(UntrustedKeys.rsa()),
                      TokenFaults.withoutCertificates(UntrustedKeys.ec()))));
      case RSA_CERT_PATH ->
          StubResponse.text(
              200,
              "application/pem-certificate-chain",
              UntrustedKeys.certificatePem(UntrustedKeys.rsa()));
      case EC_CERT_PATH ->
          StubResponse.text(
              200,
              "application/pem-certificate-chain",
              UntrustedKeys.certificatePem(UntrustedKeys.ec()));
      default -> StubResponse.text(404, "text/plain;charset=UTF-8", "Not found\n");
    };
  }
}
