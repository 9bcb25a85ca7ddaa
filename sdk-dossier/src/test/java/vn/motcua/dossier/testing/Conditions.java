package vn.motcua.dossier.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting in tests for something another thread does, without asserting how long it takes. */
public final class Conditions {
  private Conditions() {}

  /** Waits until {@code condition} holds; fails after 30 s. */
  public static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the condition did not come true within 30 s");
      }
      Thread.sleep(5);
    }
  }
}
