package vn.motcua.dossier.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Samples;
import vn.motcua.dossier.satisfaction.SatisfactionLevel;
import vn.motcua.dossier.satisfaction.SatisfactionRating;

class KpiFiguresTest {
  private static final OffsetDateTime DUE = Samples.RECEIVED.plusDays(4);

  private static Dossier finished(Channel channel, OffsetDateTime finishedAt) {
    return Samples.birthRegistration().toBuilder()
        .channel(channel)
        .status(DossierStatus.RESULT_READY)
        .dueAt(DUE)
        .finishedAt(finishedAt)
        .build();
  }

  @Test
  void of_countsOnlineOnTimeDigitizedAndSatisfaction() {
    Dossier early = finished(Channel.ONLINE, DUE.minusHours(1));
    Dossier exactlyDue = finished(Channel.DESK, DUE);
    Dossier late = finished(Channel.ONLINE, DUE.plusSeconds(1));
    Dossier returnedOnly =
        finished(Channel.POSTAL, DUE).toBuilder()
            .finishedAt(null)
            .returnedAt(DUE.minusDays(1))
            .build();
    Dossier open = Samples.birthRegistration().toBuilder().channel(Channel.DESK).build();
    Dossier paper =
        open.toBuilder()
            .documents(List.of(Document.builder().id("p1").name("Bản giấy").build()))
            .build();
    Dossier noDocuments = open.toBuilder().documents(List.of()).build();

    List<SatisfactionRating> ratings =
        List.of(
            rating(SatisfactionLevel.VERY_SATISFIED),
            rating(SatisfactionLevel.VERY_SATISFIED),
            rating(SatisfactionLevel.SATISFIED),
            rating(SatisfactionLevel.DISSATISFIED));

    KpiFigures kpi =
        KpiFigures.of(
            List.of(early, exactlyDue, late, returnedOnly, open, paper, noDocuments), ratings);

    assertThat(kpi.dossiers()).isEqualTo(7);
    assertThat(kpi.online()).isEqualTo(new Ratio(2, 7)); // early and late
    assertThat(kpi.onTime()).isEqualTo(new Ratio(3, 4));
    assertThat(kpi.digitized()).isEqualTo(new Ratio(5, 7));
    assertThat(kpi.verySatisfied().percentText()).isEqualTo("50.00");
    assertThat(kpi.satisfied().percentText()).isEqualTo("25.00");
    assertThat(kpi.dissatisfied().percentText()).isEqualTo("25.00");
  }

  @Test
  void of_anEmptySet_givesEmptyRatios() {
    KpiFigures kpi = KpiFigures.of(List.of(), List.of());

    assertThat(kpi.dossiers()).isZero();
    assertThat(kpi.online().isEmpty()).isTrue();
    assertThat(kpi.onTime().percentText()).isEqualTo("0.00");
  }

  private static SatisfactionRating rating(SatisfactionLevel level) {
    return new SatisfactionRating(
        Samples.birthRegistration().code(), level, null, Samples.RECEIVED.plusDays(5));
  }
}
