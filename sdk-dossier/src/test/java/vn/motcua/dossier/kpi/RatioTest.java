package vn.motcua.dossier.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RatioTest {
  @Test
  void percent_ofTheNationalPortalExample_is50_66() {
    Ratio online = new Ratio(58_941, 116_340);

    assertThat(online.percent()).isEqualTo(new BigDecimal("50.66"));
    assertThat(online.percentText()).isEqualTo("50.66");
    assertThat(online).hasToString("58941/116340 (50.66%)");
  }

  @Test
  void percent_roundsHalfUp() {
    assertThat(new Ratio(1, 8).percentText()).isEqualTo("12.50");
    assertThat(new Ratio(1, 80_000).percentText()).isEqualTo("0.00"); // 0.00125
    assertThat(new Ratio(1, 40_000).percentText()).isEqualTo("0.00"); // 0.0025
    assertThat(new Ratio(1, 20_000).percentText()).isEqualTo("0.01"); // 0.005, half up
    assertThat(new Ratio(2, 3).percentText()).isEqualTo("66.67");
    assertThat(new Ratio(3, 3).percentText()).isEqualTo("100.00");
    assertThat(new Ratio(0, 0).percentText()).isEqualTo("0.00");
    assertThat(new Ratio(0, 0).isEmpty()).isTrue();
  }

  @Test
  void constructor_rejectsImpossibleShares() {
    assertThatThrownBy(() -> new Ratio(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Ratio(-1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void percent_equalsTheBigDecimalReference(
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long denominator,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
    long numerator = denominator == Long.MAX_VALUE ? seed : seed % (denominator + 1);
    BigDecimal reference =
        BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);

    assertThat(new Ratio(numerator, denominator).percent()).isEqualTo(reference);
  }

  @Property
  void percent_equalsTheReferenceForSmallCounts(
      @ForAll @LongRange(min = 1, max = 200_000) long denominator,
      @ForAll @LongRange(min = 0, max = 200_000) long seed) {
    long numerator = seed % (denominator + 1);
    BigDecimal reference =
        new BigDecimal(numerator * 100)
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);

    assertThat(new Ratio(numerator, denominator).percent()).isEqualTo(reference);
  }
}
