package vn.motcua.dossier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Samples;
import vn.motcua.dossier.kpi.KpiFigures;
import vn.motcua.dossier.kpi.Ratio;
import vn.motcua.dossier.lifecycle.Actor;
import vn.motcua.dossier.lifecycle.ApologySlip;
import vn.motcua.dossier.lifecycle.DossierLifecycle;
import vn.motcua.dossier.receipt.Receipt;
import vn.motcua.dossier.receipt.ReceiptSigner;
import vn.motcua.dossier.receipt.ReceiptVerifier;
import vn.motcua.dossier.receipt.VerifiedReceipt;
import vn.motcua.dossier.satisfaction.MonthlySatisfaction;
import vn.motcua.dossier.satisfaction.SatisfactionLevel;
import vn.motcua.dossier.satisfaction.SatisfactionRating;

/**
 * Runs the snippets of docs/lifecycle.md: each region between {@code // snippet <name>} and {@code
 * // end} in this file must appear verbatim in the guide, and is followed here by assertions.
 */
class LifecycleGuideExamplesTest {
  private static final Path SOURCE =
      Path.of(
          "src",
          "test",
          "java",
          "vn",
          "motcua",
          "dossier",
          "docs",
          "LifecycleGuideExamplesTest.java");

  private static OffsetDateTime vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atOffset(Samples.VN);
  }

  private static DossierLifecycle lifecycleAt(String localDateTime) {
    return DossierLifecycle.builder()
        .clock(Clock.fixed(vn(localDateTime).toInstant(), Samples.VN))
        .build();
  }

  @Test
  void lifecycle() {
    Dossier dossier = Samples.birthRegistration().toBuilder().dueAt(vn("2025-03-14T17:00")).build();
    // snippet lifecycle
    Actor officer = new Actor("Trần Thị Bình", "Công chức tư pháp - hộ tịch", "Bộ phận một cửa");
    // dossier: in process (4), due Friday 2025-03-14 17:00
    Dossier paused =
        lifecycleAt("2025-03-11T10:00")
            .requestSupplement(dossier, officer, "Bổ sung giấy chứng sinh", null, List.of("GCS"));
    Dossier resumed =
        lifecycleAt("2025-03-12T10:00")
            .transition(paused, DossierStatus.IN_PROCESS, officer, "Đã nhận hồ sơ bổ sung");
    resumed.dueAt(); // 2025-03-17T17:00+07:00: Monday, after 7.5 working hours paused

    ApologySlip slip =
        lifecycleAt("2025-03-17T09:00")
            .issueApology(resumed, vn("2025-03-20T17:00"), "Chờ ý kiến của cơ quan phối hợp");
    Dossier withSlip = lifecycleAt("2025-03-17T09:00").recordApology(resumed, slip, officer);
    // end
    assertThat(paused.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(resumed.dueAt()).hasValue(vn("2025-03-17T17:00"));
    assertThat(slip.newDueAt()).isEqualTo(vn("2025-03-20T17:00"));
    assertThat(withSlip.dueAt()).hasValue(vn("2025-03-17T17:00"));
  }

  @Test
  void receipt() throws Exception {
    ECKey generated = new ECKeyGenerator(Curve.P_256).keyID("h01-2025").generate();
    String agencyPrivateJwk = generated.toJSONString();
    String agencyJwks = new JWKSet(generated.toPublicJWK()).toString();
    Dossier dossier = Samples.birthRegistration();
    // snippet receipt
    Receipt receipt = Receipt.of(dossier); // print this
    String qr = ReceiptSigner.fromJwk(agencyPrivateJwk).sign(receipt); // ~400 characters

    // Anyone with the agency's published JWKS, offline:
    VerifiedReceipt checked = ReceiptVerifier.fromJwks(agencyJwks).verify(qr);
    checked.dossierCode(); // 000.00.12.H01-250310-0001
    checked.maskedApplicantName(); // N*** V*** A***
    // end
    assertThat(qr.length()).isLessThan(600);
    assertThat(checked.dossierCode()).isEqualTo(receipt.dossierCode());
    assertThat(checked.maskedApplicantName()).isEqualTo("N*** V*** A***");
  }

  @Test
  void figures() {
    List<Dossier> dossiers = List.of(Samples.birthRegistration(), Samples.constructionPermit());
    List<SatisfactionRating> ratings =
        List.of(
            new SatisfactionRating(
                Samples.birthRegistration().code(),
                SatisfactionLevel.VERY_SATISFIED,
                null,
                vn("2025-03-20T10:00")));
    // snippet figures
    new Ratio(58_941, 116_340).percentText(); // "50.66"

    KpiFigures kpi = KpiFigures.of(dossiers, ratings);
    kpi.online(); // 1/2 (50.00%)

    MonthlySatisfaction march =
        MonthlySatisfaction.of(dossiers.get(0).agency().code(), YearMonth.of(2025, 3), ratings);
    march.toPortalRecord(); // {MaDonVi=…, NgayTongHop=3-2025, TongSoDanhGia=1, RatHaiLong=1, …}
    // end
    assertThat(new Ratio(58_941, 116_340).percentText()).isEqualTo("50.66");
    assertThat(kpi.online()).hasToString("1/2 (50.00%)");
    assertThat(march.toPortalRecord())
        .containsEntry("NgayTongHop", "3-2025")
        .containsEntry("TongSoDanhGia", "1")
        .containsEntry("RatHaiLong", "1");
  }

  @Test
  void guide_showsEverySnippetVerbatim() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "lifecycle.md"));
    List<String> lines = Files.readAllLines(SOURCE);
    int snippets = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("// snippet ")) {
        int start = i + 1;
        int end = start;
        while (!lines.get(end).strip().equals("// end")) {
          end++;
        }
        int indent = lines.get(start).indexOf(lines.get(start).strip());
        String snippet =
            lines.subList(start, end).stream()
                .map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .collect(Collectors.joining("\n"));
        assertThat(guide).contains(snippet);
        snippets++;
        i = end;
      }
    }
    assertThat(snippets).isEqualTo(3);
  }
}
