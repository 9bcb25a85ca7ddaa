package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AssuranceLevelTest {

  @Test
  void levels_areOrderedFromNoneToHigh() {
    assertThat(AssuranceLevel.values())
        .containsExactly(
            AssuranceLevel.NONE,
            AssuranceLevel.LOW,
            AssuranceLevel.SUBSTANTIAL,
            AssuranceLevel.HIGH);
    assertThat(AssuranceLevel.HIGH.isAtLeast(AssuranceLevel.SUBSTANTIAL)).isTrue();
    assertThat(AssuranceLevel.SUBSTANTIAL.isAtLeast(AssuranceLevel.SUBSTANTIAL)).isTrue();
    assertThat(AssuranceLevel.LOW.isAtLeast(AssuranceLevel.SUBSTANTIAL)).isFalse();
    assertThat(AssuranceLevel.NONE.rank()).isZero();
    assertThat(AssuranceLevel.HIGH.rank()).isEqualTo(3);
  }

  @Test
  void vneidLevels_mapToSubstantialAndHigh() {
    assertThat(AssuranceLevel.VNEID_LEVEL_1).isSameAs(AssuranceLevel.SUBSTANTIAL);
    assertThat(AssuranceLevel.VNEID_LEVEL_2).isSameAs(AssuranceLevel.HIGH);
    assertThat(AssuranceLevel.ofVneidLevel(1)).isSameAs(AssuranceLevel.VNEID_LEVEL_1);
    assertThat(AssuranceLevel.ofVneidLevel(2)).isSameAs(AssuranceLevel.VNEID_LEVEL_2);
    assertThatThrownBy(() -> AssuranceLevel.ofVneidLevel(3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void atLeast_acceptsTheMinimumAndAbove() {
    var level2 = AssuranceLevel.atLeast(AssuranceLevel.VNEID_LEVEL_2);

    assertThat(level2.test(AssuranceLevel.HIGH)).isTrue();
    assertThat(level2.test(AssuranceLevel.VNEID_LEVEL_1)).isFalse();
    assertThat(level2.test(AssuranceLevel.NONE)).isFalse();
  }
}
