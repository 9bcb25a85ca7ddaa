package vn.motcua.core.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that records each wait and the thread that waited, and returns at once. */
final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();
  private final List<String> threads = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
    threads.add(Thread.currentThread().getName());
  }

  synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  synchronized List<String> threads() {
    return List.copyOf(threads);
  }
}
