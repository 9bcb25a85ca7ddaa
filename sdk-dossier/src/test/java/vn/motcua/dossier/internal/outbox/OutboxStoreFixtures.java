package vn.motcua.dossier.internal.outbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.outbox.EntryKind;
import vn.motcua.dossier.outbox.OutboxEntry;

/** What the outbox store tests on H2 and PostgreSQL share. */
final class OutboxStoreFixtures {
  private OutboxStoreFixtures() {}

  /** The code of the {@code n}-th dossier received on 2025-03-10. */
  static String code(int n) {
    return String.format(Locale.ROOT, "000.00.12.H01-250310-%04d", n);
  }

  /** Inserts and commits a DOSSIER entry with a small payload. */
  static OutboxEntry insert(OutboxStore store, String code, long now) {
    return store.insertCommitted(
        EntryKind.DOSSIER, code, "{}".getBytes(StandardCharsets.UTF_8), code + "/dossier/x", now);
  }

  /** A thread submitting one entry. */
  static final class Submitter {
    final Thread thread;
    volatile OutboxEntry entry;
    volatile RuntimeException failure;
    volatile boolean interruptedAfter;

    private Submitter(OutboxStore store, OutboxStore.@Nullable Arrival arrival, String code) {
      thread =
          new Thread(
              () -> {
                try {
                  entry =
                      arrival == null
                          ? insert(store, code, 1_000)
                          : store.insertCommitted(
                              arrival,
                              EntryKind.DOSSIER,
                              code,
                              "{}".getBytes(StandardCharsets.UTF_8),
                              code + "/dossier/x",
                              1_000);
                } catch (RuntimeException e) {
                  failure = e;
                }
                interruptedAfter = Thread.currentThread().isInterrupted();
              });
    }

    static Submitter start(OutboxStore store, String code) {
      return start(store, null, code);
    }

    /** Submits as announced by {@code arrival} (see {@link OutboxStore#arrive()}), if any. */
    static Submitter start(OutboxStore store, OutboxStore.@Nullable Arrival arrival, String code) {
      Submitter s = new Submitter(store, arrival, code);
      s.thread.start();
      return s;
    }

    OutboxEntry result() throws InterruptedException {
      thread.join(TimeUnit.SECONDS.toMillis(30));
      if (thread.isAlive()) {
        throw new AssertionError("the submission did not return within 30 s");
      }
      if (failure != null) {
        throw failure;
      }
      return entry;
    }
  }

  /** Where a counted data source takes its connections from. */
  @FunctionalInterface
  interface ConnectionSource {
    Connection get() throws SQLException;
  }

  /** Counts the commits made through the connections of the data sources it makes. */
  static final class CommitCounter {
    /** How the next commit fails, if at all. */
    enum CommitFault {
      NONE,
      /** The commit takes effect, then reports a failure (an interrupted H2 commit can). */
      AFTER_COMMITTING,
      /** The commit reports a failure and does not take effect. */
      INSTEAD_OF_COMMITTING
    }

    private volatile CommitFault nextCommit = CommitFault.NONE;
    private volatile boolean refuseAfterFault;
    private volatile boolean refusing;
    private volatile String commitFailureState = "HY000";
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger heldCommits = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile @Nullable Thread lastCommitter;

    int commits() {
      return commits.get();
    }

    /**
     * Makes the next commit fail as {@code fault} says; with {@code thenRefuseConnections}, the
     * data source refuses every connection afterwards.
     */
    void failNextCommit(CommitFault fault, boolean thenRefuseConnections) {
      failNextCommit(fault, thenRefuseConnections, "HY000");
    }

    /** As {@link #failNextCommit(CommitFault, boolean)}, the failure with {@code sqlState}. */
    void failNextCommit(CommitFault fault, boolean thenRefuseConnections, String sqlState) {
      refuseAfterFault = thenRefuseConnections;
      commitFailureState = sqlState;
      nextCommit = fault;
    }

    /** Makes commits wait (inside {@code commit()}) until {@link #releaseCommits()}. */
    void holdCommits() {
      gate = new CountDownLatch(1);
    }

    void releaseCommits() {
      gate.countDown();
    }

    /** Returns the thread that called {@code commit()} last, or null. */
    @Nullable Thread lastCommitter() {
      return lastCommitter;
    }

    /** Returns how many commits wait at the gate of {@link #holdCommits()}. */
    int heldCommits() {
      return heldCommits.get();
    }

    /** A data source whose connections come from {@code source}, their commits counted. */
    DataSource over(ConnectionSource source) {
      return proxy(
          DataSource.class,
          (method, args) -> {
            if (!method.getName().equals("getConnection")) {
              throw new UnsupportedOperationException(method.getName());
            }
            if (refusing) {
              throw new SQLException("connections refused (test)", "08001");
            }
            Connection real = source.get();
            return proxy(
                Connection.class,
                (m, a) -> {
                  if (m.getName().equals("commit")) {
                    commits.incrementAndGet();
                    lastCommitter = Thread.currentThread();
                    heldCommits.incrementAndGet();
                    // Held like a database commit: an interrupt does not cut it short, it stays
                    // set.
                    boolean interrupted = false;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    try {
                      while (gate.getCount() > 0) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                          throw new AssertionError("commits were held for more than 30 s");
                        }
                        try {
                          gate.await(left, TimeUnit.NANOSECONDS);
                        } catch (InterruptedException e) {
                          interrupted = true;
                        }
                      }
                    } finally {
                      heldCommits.decrementAndGet();
                      if (interrupted) {
                        Thread.currentThread().interrupt();
                      }
                    }
                    CommitFault fault = nextCommit;
                    if (fault != CommitFault.NONE) {
                      nextCommit = CommitFault.NONE;
                      if (fault == CommitFault.AFTER_COMMITTING) {
                        real.commit();
                      }
                      refusing = refuseAfterFault;
                      throw new SQLException("commit failed (test)", commitFailureState);
                    }
                  }
                  try {
                    return m.invoke(real, a);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
          });
    }

    private interface Handler {
      Object handle(java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
      return type.cast(
          Proxy.newProxyInstance(
              CommitCounter.class.getClassLoader(),
              new Class<?>[] {type},
              (proxy, method, args) -> handler.handle(method, args)));
    }
  }
}
