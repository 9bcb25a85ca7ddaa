package vn.motcua.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class CurrentThreadRandomTest {

  @Test
  void nextLong_drawsDifferentSequencesOnThreadsThatNeverTouchedThreadLocalRandom()
      throws InterruptedException {
    Set<Long> firstDraws = ConcurrentHashMap.newKeySet();
    Thread[] threads = new Thread[8];
    for (int i = 0; i < threads.length; i++) {
      threads[i] =
          new Thread(() -> firstDraws.add(CurrentThreadRandom.INSTANCE.nextLong(1L << 40)));
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(firstDraws).hasSizeGreaterThan(1);
  }

  @Test
  void nextLong_staysWithinTheBound() {
    for (int i = 0; i < 1000; i++) {
      assertThat(CurrentThreadRandom.INSTANCE.nextLong(10)).isBetween(0L, 9L);
    }
  }
}
