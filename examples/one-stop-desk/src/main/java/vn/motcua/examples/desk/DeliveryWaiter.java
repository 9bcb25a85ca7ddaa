package vn.motcua.examples.desk;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.motcua.core.MotcuaException;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;

/**
 * Waits for outbox entries to be delivered, on the outbox's events instead of reading the table in
 * a loop. Install it when the outbox is built ({@code
 * Outbox.embeddedBuilder(path).listener(waiter)}), then {@link #await} each entry submitted.
 *
 * <p>An entry's outcome is kept from its event until it is awaited, so an entry delivered before
 * {@code await} is called is not missed. Only the dispatchers of this process are heard: an entry
 * settled by another instance never completes here. Outcomes that are never awaited stay in memory,
 * so this suits a run that waits for what it submits, not a long-running service.
 *
 * <p>Entries carry codes and keys, never personal data, and so do the messages.
 */
final class DeliveryWaiter implements OutboxListener {
  private final ConcurrentMap<Long, CompletableFuture<OutboxEntry>> outcomes =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, String> lastErrors = new ConcurrentHashMap<>();

  @Override
  public void attemptFailed(OutboxEntry entry, String errorCode, Duration retryIn) {
    lastErrors.put(entry.id(), errorCode);
  }

  @Override
  public void delivered(OutboxEntry entry) {
    outcome(entry.id()).complete(entry);
  }

  @Override
  public void deadLettered(OutboxEntry entry, String reasonCode) {
    outcome(entry.id()).completeExceptionally(new DeadLettered(entry, reasonCode));
  }

  /**
   * The outcome of an entry: completes with the delivered entry, or fails with {@link DeadLettered}
   * when the portal refuses it for good.
   */
  CompletableFuture<OutboxEntry> outcome(long entryId) {
    return outcomes.computeIfAbsent(entryId, id -> new CompletableFuture<>());
  }

  /**
   * Waits until the entry is delivered, at most {@code timeout}; returns as soon as it is.
   *
   * @return the entry as delivered (state DELIVERED, attempts counted)
   * @throws MotcuaException {@code desk.delivery.dead} as soon as the portal refuses the entry for
   *     good, {@code desk.delivery.timeout} when it is not delivered in time; both name the entry
   *     and its dossier code
   * @throws InterruptedException when interrupted while waiting
   */
  OutboxEntry await(OutboxEntry entry, Duration timeout) throws InterruptedException {
    try {
      return outcome(entry.id()).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DeadLettered dead) {
        throw new MotcuaException(
            "desk.delivery.dead",
            "The portal refused outbox entry #"
                + entry.id()
                + " of dossier "
                + entry.dossierCode()
                + " for good ("
                + dead.reasonCode()
                + "); see the outbox's dead letters",
            dead);
      }
      throw new IllegalStateException("unexpected outcome of outbox entry #" + entry.id(), e);
    } catch (TimeoutException e) {
      throw new MotcuaException(
          "desk.delivery.timeout",
          "Outbox entry #"
              + entry.id()
              + " of dossier "
              + entry.dossierCode()
              + " was not delivered within "
              + (timeout.toMillis() % 1000 == 0
                  ? timeout.toSeconds() + " s"
                  : timeout.toMillis() + " ms")
              + " (last error "
              + lastErrors.get(entry.id())
              + "); it stays in the outbox and is sent on the next run");
    } finally {
      outcomes.remove(entry.id());
      lastErrors.remove(entry.id());
    }
  }

  /** The failure of an entry's outcome when the portal refused it for good. */
  static final class DeadLettered extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reasonCode;

    DeadLettered(OutboxEntry entry, String reasonCode) {
      super(
          "outbox entry #" + entry.id() + " of dossier " + entry.dossierCode() + ": " + reasonCode,
          null,
          false,
          false);
      this.reasonCode = reasonCode;
    }

    /** The motcua error code, such as {@code portal.rejected}. */
    String reasonCode() {
      return reasonCode;
    }
  }
}
