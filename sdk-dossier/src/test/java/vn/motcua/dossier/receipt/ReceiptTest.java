package vn.motcua.dossier.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.core.id.AgencyCode;
import vn.motcua.core.id.DossierCode;
import vn.motcua.core.id.ProcedureCode;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Samples;

class ReceiptTest {
  private static ECKey agencyKey;
  private static ECKey otherKey;

  @BeforeAll
  static void keys() throws Exception {
    agencyKey = new ECKeyGenerator(Curve.P_256).keyID("h01-2025").generate();
    otherKey = new ECKeyGenerator(Curve.P_256).keyID("h01-2025").generate();
  }

  private static Receipt receipt() {
    Dossier dossier = Samples.birthRegistration();
    return Receipt.of(dossier);
  }

  private static ReceiptSigner signer() throws Exception {
    return ReceiptSigner.es256(agencyKey.getKeyID(), agencyKey.toECPrivateKey());
  }

  private static ReceiptVerifier verifier() {
    return ReceiptVerifier.fromJwks(new JWKSet(agencyKey.toPublicJWK()).toString());
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRejected(String token, String code) {
    assertThatThrownBy(() -> verifier().verify(token))
        .isInstanceOfSatisfying(
            ReceiptException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              if (token.length() > 3) {
                assertThat(e.getMessage()).doesNotContain(token);
              }
            });
  }

  @Test
  void of_takesTheReceiptFromTheDossier() {
    Receipt receipt = receipt();

    assertThat(receipt.dossierCode()).isEqualTo(DossierCode.parse("000.00.12.H01-250310-0001"));
    assertThat(receipt.procedureCode()).isEqualTo(ProcedureCode.parse("1.001193"));
    assertThat(receipt.procedureName()).isEqualTo("Đăng ký khai sinh");
    assertThat(receipt.agencyCode()).isEqualTo(AgencyCode.parse("000.00.12.H01"));
    assertThat(receipt.agencyName()).isEqualTo("UBND phường Tràng Tiền");
    assertThat(receipt.applicantName()).isEqualTo("Nguyễn Văn An");
    assertThat(receipt.documents()).containsExactly("TK-KS.pdf", "GCS.pdf");
    assertThat(receipt.documentCount()).isEqualTo(2);
    assertThat(receipt.feeTotal()).isZero();
  }

  @Test
  void signedReceipt_roundTripsThroughTheVerifier() throws Exception {
    Receipt receipt = receipt();
    String token = signer().sign(receipt);

    VerifiedReceipt verified = verifier().verify(token);

    assertThat(verified.dossierCode()).isEqualTo(receipt.dossierCode());
    assertThat(verified.procedureCode()).isEqualTo(receipt.procedureCode());
    assertThat(verified.agencyCode()).isEqualTo(receipt.agencyCode());
    assertThat(verified.receivedAt().toInstant()).isEqualTo(receipt.receivedAt().toInstant());
    assertThat(verified.dueAt()).isNotNull();
    assertThat(verified.dueAt().toInstant()).isEqualTo(receipt.dueAt().toInstant());
    assertThat(verified.maskedApplicantName()).isEqualTo("N*** V*** A***");
    assertThat(verified.documentCount()).isEqualTo(2);
    assertThat(verified.feeTotal()).isZero();
    assertThat(verified.keyId()).isEqualTo("h01-2025");
  }

  @Test
  void signedReceipt_fitsAQrCodeAndCarriesNoPersonalDataBeyondTheMaskedName() throws Exception {
    String token = signer().sign(receipt());
    String payload =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);

    assertThat(token.length()).isLessThan(600);
    assertThat(payload)
        .doesNotContain("Nguyễn")
        .doesNotContain(Samples.PERSONAL_ID)
        .doesNotContain("0912345678")
        .doesNotContain("Tràng Tiền")
        .contains("N*** V*** A***");
  }

  @Test
  void verify_rejectsAPayloadWithOneCharacterChanged() throws Exception {
    String token = signer().sign(receipt());
    String[] parts = token.split("\\.");
    for (int i = 0; i < parts[1].length(); i += 7) {
      char c = parts[1].charAt(i);
      char changed = c == 'A' ? 'B' : 'A';
      String payload = parts[1].substring(0, i) + changed + parts[1].substring(i + 1);
      String tampered = parts[0] + "." + payload + "." + parts[2];
      assertThatThrownBy(() -> verifier().verify(tampered))
          .isInstanceOf(ReceiptException.class)
          .extracting(e -> ((ReceiptException) e).code())
          .isIn(ReceiptException.SIGNATURE, ReceiptException.MALFORMED);
    }
  }

  @Test
  void verify_rejectsAReceiptSignedWithAnotherKeyUnderTheSameId() throws Exception {
    String forged =
        ReceiptSigner.es256(otherKey.getKeyID(), otherKey.toECPrivateKey()).sign(receipt());

    assertRejected(forged, ReceiptException.SIGNATURE);
  }

  @Test
  void verify_rejectsAnUnknownKeyId() throws Exception {
    String token = ReceiptSigner.es256("other", agencyKey.toECPrivateKey()).sign(receipt());

    assertRejected(token, ReceiptException.SIGNATURE);
  }

  @Test
  void verify_rejectsAlgNoneAndOtherAlgorithms() throws Exception {
    String payload = signer().sign(receipt()).split("\\.")[1];

    assertRejected(b64("{\"alg\":\"none\"}") + "." + payload + ".", ReceiptException.SIGNATURE);
    assertRejected(
        b64("{\"alg\":\"none\",\"kid\":\"h01-2025\"}") + "." + payload + ".",
        ReceiptException.SIGNATURE);
    assertRejected(
        b64("{\"alg\":\"HS256\",\"kid\":\"h01-2025\"}") + "." + payload + ".c2ln",
        ReceiptException.SIGNATURE);
    assertRejected(
        b64("{\"alg\":\"ES384\",\"kid\":\"h01-2025\"}") + "." + payload + ".c2ln",
        ReceiptException.SIGNATURE);
  }

  @Test
  void verify_rejectsACorrectlySignedReceiptWithACriticalHeader() throws Exception {
    com.nimbusds.jose.Payload payload =
        new com.nimbusds.jose.Payload(
            com.nimbusds.jose.util.Base64URL.from(signer().sign(receipt()).split("\\.")[1]));
    com.nimbusds.jose.JWSHeader.Builder header =
        new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
            .keyID("h01-2025")
            .customParam("urn:example:policy", "strict");
    com.nimbusds.jose.JWSObject plain = new com.nimbusds.jose.JWSObject(header.build(), payload);
    com.nimbusds.jose.JWSObject critical =
        new com.nimbusds.jose.JWSObject(
            header.criticalParams(java.util.Set.of("urn:example:policy")).build(), payload);
    plain.sign(new com.nimbusds.jose.crypto.ECDSASigner(agencyKey));
    critical.sign(new com.nimbusds.jose.crypto.ECDSASigner(agencyKey));

    assertThat(verifier().verify(plain.serialize()).dossierCode())
        .isEqualTo(receipt().dossierCode());
    assertRejected(critical.serialize(), ReceiptException.SIGNATURE);
  }

  @Test
  void verify_rejectsMalformedTokens() {
    assertRejected("", ReceiptException.MALFORMED);
    assertRejected("a.b", ReceiptException.MALFORMED);
    assertRejected("%%%.b.c", ReceiptException.MALFORMED);
    assertRejected("x".repeat(5000), ReceiptException.MALFORMED);
  }

  @Test
  void verify_rejectsASignedPayloadThatIsNotAReceipt() throws Exception {
    com.nimbusds.jose.JWSObject jws =
        new com.nimbusds.jose.JWSObject(
            new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                .keyID("h01-2025")
                .build(),
            new com.nimbusds.jose.Payload("{\"v\":1,\"c\":\"not a code\"}"));
    jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(agencyKey));

    assertRejected(jws.serialize(), ReceiptException.MALFORMED);
  }

  @Test
  void keys_mustBeP256WithAnId() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp384r1"));
    ECPrivateKey p384 = (ECPrivateKey) generator.generateKeyPair().getPrivate();

    assertThatThrownBy(() -> ReceiptSigner.es256("k", p384))
        .isInstanceOfSatisfying(
            ReceiptException.class, e -> assertThat(e.code()).isEqualTo(ReceiptException.KEY));
    assertThatThrownBy(() -> ReceiptSigner.es256(" ", agencyKey.toECPrivateKey()))
        .isInstanceOf(ReceiptException.class);
    assertThatThrownBy(() -> ReceiptSigner.fromJwk(agencyKey.toPublicJWK().toJSONString()))
        .isInstanceOf(ReceiptException.class);
    assertThatThrownBy(() -> ReceiptVerifier.fromJwks("{\"keys\":[]}"))
        .isInstanceOf(ReceiptException.class);
    assertThat(ReceiptSigner.fromJwk(agencyKey.toJSONString()).keyId()).isEqualTo("h01-2025");
  }

  @Test
  void toString_masksTheApplicantAndLeavesOutDocumentNames() throws Exception {
    assertThat(receipt().toString())
        .contains("N*** V*** A***")
        .doesNotContain("Nguyễn")
        .doesNotContain("GCS.pdf");
    assertThat(signer().toString()).doesNotContain(agencyKey.getD().toString());
  }

  @Test
  void receipt_rejectsADueDateBeforeReceipt() {
    Receipt r = receipt();
    OffsetDateTime before = r.receivedAt().minusDays(1);
    assertThatThrownBy(
            () ->
                new Receipt(
                    r.dossierCode(),
                    r.procedureCode(),
                    r.procedureName(),
                    r.agencyCode(),
                    null,
                    r.receivedAt(),
                    before,
                    r.applicantName(),
                    r.documents(),
                    0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
