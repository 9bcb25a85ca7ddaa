package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DossierStatusTest {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Test
  void label_isEnglishForAnyEnglishLocale_andVietnameseOtherwise() {
    assertThat(DossierStatus.IN_PROCESS.label(VIETNAMESE)).isEqualTo("Đang xử lý");
    assertThat(DossierStatus.IN_PROCESS.label(Locale.forLanguageTag("vi-VN")))
        .isEqualTo("Đang xử lý");
    assertThat(DossierStatus.IN_PROCESS.label(Locale.ENGLISH)).isEqualTo("Being processed");
    assertThat(DossierStatus.IN_PROCESS.label(Locale.UK)).isEqualTo("Being processed");
    assertThat(DossierStatus.IN_PROCESS.label(Locale.FRENCH)).isEqualTo("Đang xử lý");
    assertThat(DossierStatus.IN_PROCESS.label(Locale.ROOT)).isEqualTo("Đang xử lý");
  }

  @Test
  void everyStatus_hasItsOwnLabel_inBothLanguages() {
    for (Locale locale : new Locale[] {VIETNAMESE, Locale.ENGLISH}) {
      assertThat(Arrays.stream(DossierStatus.values()).map(s -> s.label(locale)))
          .as("labels in %s", locale)
          .doesNotHaveDuplicates()
          .noneMatch(label -> label.startsWith("dossier.status.label."))
          .allMatch(label -> !label.isBlank());
    }
  }

  @Test
  void fromCode_findsEachStatusByItsPortalCode_andNothingElse() {
    for (DossierStatus status : DossierStatus.values()) {
      assertThat(DossierStatus.fromCode(status.code())).contains(status);
    }
    assertThat(DossierStatus.fromCode(0)).isEmpty();
    assertThat(DossierStatus.fromCode(11)).isEmpty();
  }
}
