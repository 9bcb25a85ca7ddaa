package vn.motcua.testkit.internal.idp;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import vn.motcua.core.MotcuaException;

/**
 * The key pairs an attacker would use: shipped openly in the jar with self-signed certificates,
 * never published in the stub's JWKS. Tokens signed by them must never verify at a relying party.
 */
final class UntrustedKeys {
  static final String RSA_KID = "untrusted-rsa";
  static final String EC_KID = "untrusted-ec";

  private UntrustedKeys() {}

  static RSAKey rsa() {
    return Holder.RSA;
  }

  static ECKey ec() {
    return Holder.EC;
  }

  /** Returns the untrusted key of the same type as {@code like}. */
  static JWK sameTypeAs(JWK like) {
    return like instanceof ECKey ? ec() : rsa();
  }

  /** Returns the PEM certificate of an untrusted key, as served at its x5u URL. */
  static String certificatePem(JWK key) {
    return Jose.pem("CERTIFICATE", key.getX509CertChain().get(0).decode());
  }

  private static final class Holder {
    static final RSAKey RSA = loadRsa();
    static final ECKey EC = loadEc();

    private static RSAKey loadRsa() {
      X509Certificate cert = certificate("untrusted-rsa-cert.pem");
      return new RSAKey.Builder((RSAPublicKey) cert.getPublicKey())
          .privateKey((RSAPrivateKey) privateKey("untrusted-rsa-key.pem", "RSA"))
          .keyID(RSA_KID)
          .keyUse(KeyUse.SIGNATURE)
          .x509CertChain(List.of(encoded(cert)))
          .build();
    }

    private static ECKey loadEc() {
      X509Certificate cert = certificate("untrusted-ec-cert.pem");
      return new ECKey.Builder(Curve.P_256, (ECPublicKey) cert.getPublicKey())
          .privateKey(privateKey("untrusted-ec-key.pem", "EC"))
          .keyID(EC_KID)
          .keyUse(KeyUse.SIGNATURE)
          .x509CertChain(List.of(encoded(cert)))
          .build();
    }

    private static com.nimbusds.jose.util.Base64 encoded(X509Certificate cert) {
      try {
        return com.nimbusds.jose.util.Base64.encode(cert.getEncoded());
      } catch (GeneralSecurityException e) {
        throw unreadable(e);
      }
    }

    private static X509Certificate certificate(String resource) {
      try {
        return (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pemBlock(resource, "CERTIFICATE")));
      } catch (GeneralSecurityException e) {
        throw unreadable(e);
      }
    }

    private static PrivateKey privateKey(String resource, String algorithm) {
      try {
        return KeyFactory.getInstance(algorithm)
            .generatePrivate(new PKCS8EncodedKeySpec(pemBlock(resource, "PRIVATE KEY")));
      } catch (GeneralSecurityException e) {
        throw unreadable(e);
      }
    }

    private static byte[] pemBlock(String resource, String type) {
      String text;
      try (InputStream in = UntrustedKeys.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new MotcuaException(
              "testkit.idp.resource_missing",
              "The resource " + resource + " is missing from the motcua-testkit jar");
        }
        text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw unreadable(e);
      }
      String begin = "-----BEGIN " + type + "-----";
      String end = "-----END " + type + "-----";
      int from = text.indexOf(begin) + begin.length();
      int to = text.indexOf(end);
      return Base64.getMimeDecoder().decode(text.substring(from, to));
    }

    private static MotcuaException unreadable(Exception e) {
      return new MotcuaException(
          "testkit.idp.resource_unreadable", "Cannot read the stub's untrusted key resources", e);
    }
  }
}
