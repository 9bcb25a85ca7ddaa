package vn.motcua.examples.portal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.motcua.dossier.outbox.EntryKind;
import vn.motcua.dossier.outbox.OutboxEntry;
import vn.motcua.dossier.outbox.OutboxListener;

/**
 * Waits for a dossier to reach the portal, on the outbox's events instead of polling the stub
 * portal: give it to {@link CitizenPortal#start(PortalConfig, OutboxListener)}, submit the form,
 * then {@link #awaitDelivered} the dossier code from the redirect.
 *
 * <p>It follows the dossier's first record (its {@link EntryKind#DOSSIER} entry): the one the
 * portal submits. An outcome is kept from its event until it is awaited, so a dossier delivered
 * before the wait begins is not missed. Messages name the dossier code and the SDK's error codes,
 * never personal data.
 */
final class DeliveryWaiter implements OutboxListener {
  private final ConcurrentMap<String, CompletableFuture<OutboxEntry>> outcomes =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> lastErrors = new ConcurrentHashMap<>();

  @Override
  public void attemptFailed(OutboxEntry entry, String errorCode, Duration retryIn) {
    if (entry.kind() == EntryKind.DOSSIER) {
      lastErrors.put(entry.dossierCode(), errorCode);
    }
  }

  @Override
  public void delivered(OutboxEntry entry) {
    if (entry.kind() == EntryKind.DOSSIER) {
      outcome(entry.dossierCode()).complete(entry);
    }
  }

  @Override
  public void deadLettered(OutboxEntry entry, String reasonCode) {
    if (entry.kind() == EntryKind.DOSSIER) {
      outcome(entry.dossierCode())
          .completeExceptionally(
              new AssertionError(
                  "dossier "
                      + entry.dossierCode()
                      + " (outbox entry #"
                      + entry.id()
                      + ") was refused by the portal for good: "
                      + reasonCode));
    }
  }

  /**
   * The outcome of a dossier's record: completes with its delivered entry, or fails with an {@link
   * AssertionError} naming the code when the portal refuses it for good.
   */
  CompletableFuture<OutboxEntry> outcome(String dossierCode) {
    return outcomes.computeIfAbsent(dossierCode, code -> new CompletableFuture<>());
  }

  /**
   * Waits until the dossier's record is delivered, at most {@code timeout}; returns as soon as it
   * is, and fails as soon as it is dead-lettered.
   *
   * @return the delivered entry
   * @throws AssertionError when the portal refused it for good or it was not delivered in time
   */
  OutboxEntry awaitDelivered(String dossierCode, Duration timeout) throws InterruptedException {
    try {
      return outcome(dossierCode).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError refused) {
        throw new AssertionError(refused.getMessage(), refused);
      }
      throw new AssertionError("dossier " + dossierCode + ": unexpected outcome", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError(
          "dossier "
              + dossierCode
              + " was not delivered to the portal within "
              + timeout
              + " (last error "
              + lastErrors.get(dossierCode)
              + ")");
    }
  }
}
