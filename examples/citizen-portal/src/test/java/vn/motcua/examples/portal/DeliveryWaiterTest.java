package vn.motcua.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.outbox.EntryKind;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.OutboxEntry;

class DeliveryWaiterTest {
  private static final String CODE = "000.00.01.H01-240304-0001";
  private static final Duration GENEROUS = Duration.ofMinutes(5);

  private final DeliveryWaiter waiter = new DeliveryWaiter();

  @Test
  void completesWhenTheDossierIsDelivered_whileWaiting() throws Exception {
    OutboxEntry delivered = entry(3, EntryKind.DOSSIER, EntryState.DELIVERED);
    Thread dispatcher = new Thread(() -> waiter.delivered(delivered), "dispatcher");

    dispatcher.start();
    OutboxEntry result = waiter.awaitDelivered(CODE, GENEROUS);
    dispatcher.join();

    assertThat(result).isEqualTo(delivered);
  }

  @Test
  void completesWhenTheDossierWasDeliveredBeforeTheWait() throws Exception {
    OutboxEntry delivered = entry(4, EntryKind.DOSSIER, EntryState.DELIVERED);
    waiter.delivered(delivered);

    assertThat(waiter.awaitDelivered(CODE, GENEROUS)).isEqualTo(delivered);
  }

  @Test
  void followsTheDossierRecord_notItsProgressSteps() {
    waiter.delivered(entry(5, EntryKind.PROGRESS, EntryState.DELIVERED));

    assertThat(waiter.outcome(CODE)).isNotDone();
  }

  @Test
  void failsAtOnceNamingTheDossier_whenItIsDeadLettered() {
    waiter.deadLettered(entry(6, EntryKind.DOSSIER, EntryState.DEAD), "portal.rejected");

    // The deadline is far off: the refusal ends the wait, not the time.
    assertThatThrownBy(() -> waiter.awaitDelivered(CODE, GENEROUS))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "dossier "
                + CODE
                + " (outbox entry #6) was refused by the portal for good:"
                + " portal.rejected");
  }

  @Test
  void failsNamingTheDossierAndTheLastError_whenNothingArrivesInTime() {
    waiter.attemptFailed(
        entry(7, EntryKind.DOSSIER, EntryState.PENDING),
        "portal.unavailable",
        Duration.ofSeconds(1));

    assertThatThrownBy(() -> waiter.awaitDelivered(CODE, Duration.ZERO))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "dossier "
                + CODE
                + " was not delivered to the portal within PT0S (last error portal.unavailable)");
  }

  private static OutboxEntry entry(long id, EntryKind kind, EntryState state) {
    Instant now = Instant.parse("2024-03-04T03:00:00Z");
    return new OutboxEntry(
        id, CODE, kind, CODE + "/" + kind + "/abc", state, 1, now, null, now, now);
  }
}
