package vn.motcua.core.internal.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Creates the executor a transport owns for its asynchronous calls. */
final class AsyncExecutors {
  /** As many as OkHttp's dispatcher runs at once by default. */
  static final int MAX_THREADS = 64;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private AsyncExecutors() {}

  /**
   * Returns a pool of up to {@value #MAX_THREADS} daemon threads that end after a minute idle; more
   * tasks wait in its queue. Daemon threads never keep the JVM alive if {@code close()} is
   * forgotten.
   */
  static ExecutorService create() {
    String prefix = "motcua-http-" + POOLS.incrementAndGet() + "-";
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new Thread(task, prefix + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            MAX_THREADS, MAX_THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }
}
