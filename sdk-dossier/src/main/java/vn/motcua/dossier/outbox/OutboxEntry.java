package vn.motcua.dossier.outbox;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One submission in the outbox, without its payload (which holds personal data).
 *
 * @param id the entry's number, increasing in submission order
 * @param dossierCode the dossier's code (MaHoSo), not personal data
 * @param kind what the entry carries
 * @param idempotencyKey the key sent with every attempt ({@code <MaHoSo>/<step>/<digest>})
 * @param state where it stands
 * @param attempts how many times a dispatcher claimed it for sending
 * @param nextAttemptAt when it is due (meaningful while PENDING)
 * @param lastErrorCode the motcua error code of the last failed attempt ({@code portal.rejected},
 *     {@code portal.unavailable}, …), or null; never a message or payload value
 * @param createdAt when it was submitted
 * @param updatedAt when it last changed
 */
public record OutboxEntry(
    long id,
    String dossierCode,
    EntryKind kind,
    String idempotencyKey,
    EntryState state,
    int attempts,
    Instant nextAttemptAt,
    @Nullable String lastErrorCode,
    Instant createdAt,
    Instant updatedAt) {
  /** Checks the components. */
  public OutboxEntry {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
