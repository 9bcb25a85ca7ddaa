package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.motcua.core.validation.Violation;
import vn.motcua.dossier.dvcqg.DvcqgMapping;
import vn.motcua.dossier.dvcqg.PortalDossier;

/** Whatever the builder makes survives JSON and the portal mapping. */
class DossierPropertiesTest {
  private final DvcqgMapping mapping = DvcqgMapping.defaults();

  @Provide
  Arbitrary<Dossier> dossiers() {
    return DossierArbitraries.dossiers();
  }

  @Property(tries = 300)
  void json_roundTripGivesAnEqualDossier(@ForAll("dossiers") Dossier d) {
    byte[] json = DossierJson.strict().writeBytes(d);

    assertThat(DossierJson.strict().read(json)).isEqualTo(d);
    assertThat(DossierJson.lenient().read(json)).isEqualTo(d);
    assertThat(DossierJson.strict().writeBytes(DossierJson.strict().read(json))).isEqualTo(json);
  }

  @Property(tries = 100)
  void lenient_roundTripKeepsExtensions(@ForAll("dossiers") Dossier d) {
    Dossier extended =
        d.toBuilder()
            .extensions(Map.of("futureField", JsonNodeFactory.instance.numberNode(42)))
            .applicant(
                d.applicant().toBuilder()
                    .extensions(Map.of("z", JsonNodeFactory.instance.stringNode("x")))
                    .build())
            .build();

    assertThat(DossierJson.lenient().read(DossierJson.lenient().write(extended)))
        .isEqualTo(extended);
  }

  @Property(tries = 300)
  void portal_mappingBackAndForthLosesNoMappedField(@ForAll("dossiers") Dossier d) {
    PortalDossier portal = mapping.toPortal(d);

    Dossier back = mapping.fromPortal(portal);

    assertThat(mapping.toPortal(back)).isEqualTo(portal);
    assertThat(back.code()).isEqualTo(d.code());
    assertThat(back.procedure().code()).isEqualTo(d.procedure().code().national());
    assertThat(back.procedure().name()).isEqualTo(d.procedure().name());
    assertThat(back.procedure().sector()).isEqualTo(d.procedure().sector());
    assertThat(back.agency().name()).isEqualTo(d.agency().name());
    assertThat(back.applicant().kind()).isEqualTo(d.applicant().kind());
    assertThat(back.applicant().fullName()).isEqualTo(d.applicant().fullName());
    assertThat(back.status()).isEqualTo(d.status());
    assertThat(back.channel()).isEqualTo(d.channel());
    assertThat(back.receivedAt().toInstant())
        .isEqualTo(d.receivedAt().toInstant().truncatedTo(ChronoUnit.SECONDS));
    assertThat(back.fees()).hasSameSizeAs(d.fees());
    for (int i = 0; i < d.fees().size(); i++) {
      assertThat(back.fees().get(i).amount()).isEqualTo(d.fees().get(i).amount());
      assertThat(back.fees().get(i).kind()).isEqualTo(d.fees().get(i).kind());
    }
    assertThat(back.documents()).hasSameSizeAs(d.documents());
    assertThat(back.results()).hasSameSizeAs(d.results());
    assertThat(back.supplements()).hasSameSizeAs(d.supplements());
  }

  @Property(tries = 200)
  void validation_neverThrowsAndNeverEchoesPersonalData(@ForAll("dossiers") Dossier generated) {
    Dossier d =
        generated.toBuilder()
            .applicant(
                generated.applicant().toBuilder()
                    .fullName("Zqxcanary " + generated.applicant().fullName())
                    .phone("09x8765432")
                    .email("zqxcanary@")
                    .build())
            .build();

    var report = DossierValidator.defaults().validate(d);

    String shown =
        report
            + " "
            + report.messages(java.util.Locale.ENGLISH)
            + report.messages(java.util.Locale.forLanguageTag("vi"))
            + " "
            + d
            + d.applicant()
            + d.representative();
    assertThat(shown).doesNotContain("Zqxcanary", "zqxcanary", "8765432");
    d.applicant().personalId().ifPresent(id -> assertThat(shown).doesNotContain(id.value()));
    d.applicant().taxCode().ifPresent(t -> assertThat(shown).doesNotContain(t.value()));
    assertThat(report.violations())
        .extracting(Violation::path)
        .allMatch(p -> p.isEmpty() || p.startsWith("/"));
  }
}
