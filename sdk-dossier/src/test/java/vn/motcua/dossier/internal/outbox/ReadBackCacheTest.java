package vn.motcua.dossier.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadBackCacheTest {
  @Test
  void aValueIsGivenOnce_forItsIdAndKey() {
    ReadBackCache cache = new ReadBackCache(4);
    cache.put(1, "k1", "value 1");

    assertThat(cache.take(1, "k1")).isEqualTo("value 1");
    assertThat(cache.take(1, "k1")).isNull();
  }

  @Test
  void anIdUnderAnotherKey_findsNothing_andForgetsTheStaleValue() {
    ReadBackCache cache = new ReadBackCache(4);
    cache.put(1, "k1", "value 1");

    // Entry 1 is another entry now (a table recreated under the outbox, say).
    assertThat(cache.take(1, "other")).isNull();
    assertThat(cache.size()).isZero();
  }

  @Test
  void theOldestValues_goFirst_beyondTheCapacity() {
    ReadBackCache cache = new ReadBackCache(2);
    cache.put(1, "k1", "value 1");
    cache.put(2, "k2", "value 2");
    cache.put(3, "k3", "value 3");

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.take(1, "k1")).isNull();
    assertThat(cache.take(3, "k3")).isEqualTo("value 3");
  }

  @Test
  void aCapacityBelowOne_isRefused() {
    assertThatThrownBy(() -> new ReadBackCache(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity must be positive");
  }
}
