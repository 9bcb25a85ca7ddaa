package vn.motcua.dossier.internal.outbox;

/** The outbox's database work that must run even on an interrupted thread. */
public final class Interrupts {
  private Interrupts() {}

  /**
   * Runs {@code work} with the thread's interrupt status cleared, and sets it again afterwards if
   * it was set: H2 refuses to read or write its file under an interrupt, and recording what was
   * sent, or releasing what was not, must not fail because a stop interrupted the thread.
   */
  public static void setAsideWhile(Runnable work) {
    boolean interrupted = Thread.interrupted();
    try {
      work.run();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
