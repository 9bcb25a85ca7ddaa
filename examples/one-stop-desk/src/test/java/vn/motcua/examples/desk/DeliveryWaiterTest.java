package vn.motcua.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.motcua.core.MotcuaException;
import vn.motcua.dossier.outbox.EntryKind;
import vn.motcua.dossier.outbox.EntryState;
import vn.motcua.dossier.outbox.OutboxEntry;

class DeliveryWaiterTest {
  private static final String CODE = "000.00.01.H01-240304-0001";
  private static final Duration GENEROUS = Duration.ofMinutes(5);

  private final DeliveryWaiter waiter = new DeliveryWaiter();

  @Test
  void completesWithTheDeliveredEntry_whenTheEventComesWhileWaiting() throws Exception {
    OutboxEntry submitted = entry(7, EntryState.PENDING, null);
    OutboxEntry delivered = entry(7, EntryState.DELIVERED, null);
    Thread dispatcher = new Thread(() -> waiter.delivered(delivered), "dispatcher");

    dispatcher.start();
    OutboxEntry result = waiter.await(submitted, GENEROUS);
    dispatcher.join();

    assertThat(result).isEqualTo(delivered);
  }

  @Test
  void completesWithTheDeliveredEntry_whenTheEventCameBeforeTheWait() throws Exception {
    OutboxEntry delivered = entry(8, EntryState.DELIVERED, null);
    waiter.delivered(delivered);

    assertThat(waiter.await(entry(8, EntryState.PENDING, null), GENEROUS)).isEqualTo(delivered);
  }

  @Test
  void waitsForItsOwnEntry_notAnother() throws Exception {
    waiter.delivered(entry(9, EntryState.DELIVERED, null));

    assertThat(waiter.outcome(10)).isNotDone();
    assertThat(waiter.outcome(9)).isCompleted();
  }

  @Test
  void failsAtOnceWithTheCodes_whenTheEntryIsDeadLettered() {
    waiter.attemptFailed(
        entry(11, EntryState.PENDING, "portal.unavailable"),
        "portal.unavailable",
        Duration.ofSeconds(1));
    waiter.deadLettered(entry(11, EntryState.DEAD, "portal.rejected"), "portal.rejected");

    // The deadline is far off: the refusal ends the wait, not the time.
    assertThatThrownBy(() -> waiter.await(entry(11, EntryState.PENDING, null), GENEROUS))
        .isInstanceOf(MotcuaException.class)
        .hasMessage(
            "The portal refused outbox entry #11 of dossier "
                + CODE
                + " for good (portal.rejected); see the outbox's dead letters")
        .extracting(e -> ((MotcuaException) e).code())
        .isEqualTo("desk.delivery.dead");
  }

  @Test
  void failsWithTheEntryTheDossierAndTheLastError_whenNothingArrivesInTime() {
    waiter.attemptFailed(
        entry(12, EntryState.PENDING, "portal.unavailable"),
        "portal.unavailable",
        Duration.ofSeconds(1));

    assertThatThrownBy(() -> waiter.await(entry(12, EntryState.PENDING, null), Duration.ZERO))
        .isInstanceOf(MotcuaException.class)
        .hasMessage(
            "Outbox entry #12 of dossier "
                + CODE
                + " was not delivered within 0 s (last error portal.unavailable); it stays in the"
                + " outbox and is sent on the next run")
        .extracting(e -> ((MotcuaException) e).code())
        .isEqualTo("desk.delivery.timeout");
  }

  private static OutboxEntry entry(long id, EntryState state, String lastErrorCode) {
    Instant now = Instant.parse("2024-03-04T03:00:00Z");
    return new OutboxEntry(
        id, CODE, EntryKind.DOSSIER, CODE + "/dossier/abc", state, 1, now, lastErrorCode, now, now);
  }
}
