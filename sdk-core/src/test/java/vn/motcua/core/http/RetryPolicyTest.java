package vn.motcua.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryPolicyTest {

  private static RetryPolicy policy(long baseMillis, long capMillis) {
    return RetryPolicy.builder()
        .baseDelay(Duration.ofMillis(baseMillis))
        .maxDelay(Duration.ofMillis(Math.max(baseMillis, capMillis)))
        .build();
  }

  @Property
  void backoff_isAlwaysBetweenZeroAndTheCeiling(
      @ForAll @IntRange(min = 0, max = 10_000) int retry,
      @ForAll @LongRange(min = 0, max = 60_000) long baseMillis,
      @ForAll @LongRange(min = 0, max = 600_000) long capMillis,
      @ForAll long seed) {
    RetryPolicy policy = policy(baseMillis, capMillis);

    Duration wait = policy.backoff(retry, new Random(seed));

    assertThat(wait).isBetween(Duration.ZERO, policy.backoffCeiling(retry));
    assertThat(policy.backoffCeiling(retry)).isLessThanOrEqualTo(policy.maxDelay());
  }

  @Property
  void backoffCeiling_doublesWithEachRetryUntilCapped(
      @ForAll @IntRange(min = 0, max = 200) int retry,
      @ForAll @LongRange(min = 1, max = 60_000) long baseMillis,
      @ForAll @LongRange(min = 1, max = 600_000) long capMillis) {
    RetryPolicy policy = policy(baseMillis, capMillis);

    Duration next = policy.backoffCeiling(retry + 1);
    Duration doubled = policy.backoffCeiling(retry).multipliedBy(2);

    assertThat(next)
        .isEqualTo(doubled.compareTo(policy.maxDelay()) < 0 ? doubled : policy.maxDelay());
  }

  @Example
  void backoffCeiling_growsExponentiallyFromTheBaseThenStaysAtTheCap() {
    RetryPolicy policy = policy(100, 1000);

    List<Long> ceilings =
        IntStream.range(0, 6).mapToObj(n -> policy.backoffCeiling(n).toMillis()).toList();

    assertThat(ceilings).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L);
    assertThat(policy.backoffCeiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofMillis(1000));
  }

  @Example
  void backoff_spreadsOverTheWholeRange_fullJitter() {
    RetryPolicy policy = policy(1000, 1000);
    Random random = new Random(2026);

    List<Duration> waits =
        IntStream.range(0, 2000).mapToObj(i -> policy.backoff(0, random)).toList();

    assertThat(waits).anySatisfy(w -> assertThat(w).isLessThan(Duration.ofMillis(50)));
    assertThat(waits).anySatisfy(w -> assertThat(w).isGreaterThan(Duration.ofMillis(950)));
  }

  @Example
  void backoff_isReproducibleWithASeededRandom() {
    RetryPolicy policy = RetryPolicy.defaults();

    List<Duration> first =
        IntStream.range(0, 5).mapToObj(n -> policy.backoff(n, new Random(7))).toList();
    List<Duration> again =
        IntStream.range(0, 5).mapToObj(n -> policy.backoff(n, new Random(7))).toList();

    assertThat(first).isEqualTo(again);
  }

  @Example
  void builder_rejectsNonsense() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxElapsed(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                RetryPolicy.builder()
                    .baseDelay(Duration.ofSeconds(5))
                    .maxDelay(Duration.ofSeconds(1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void none_makesASingleAttempt_andDefaultsAreDocumented() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    RetryPolicy defaults = RetryPolicy.defaults();
    assertThat(defaults.maxAttempts()).isEqualTo(3);
    assertThat(defaults.baseDelay()).isEqualTo(Duration.ofMillis(250));
    assertThat(defaults.maxDelay()).isEqualTo(Duration.ofSeconds(20));
    assertThat(defaults.maxElapsed()).isEqualTo(Duration.ofSeconds(60));
    assertThat(defaults.toBuilder().build()).isEqualTo(defaults).hasSameHashCodeAs(defaults);
  }
}
