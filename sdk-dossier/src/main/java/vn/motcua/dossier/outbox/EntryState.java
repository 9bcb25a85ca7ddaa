package vn.motcua.dossier.outbox;

/** Where an outbox entry stands. */
public enum EntryState {
  /** Waiting for its next attempt, due at {@link OutboxEntry#nextAttemptAt()}. */
  PENDING,
  /** Claimed by a dispatcher, which is sending it; returns to PENDING if its lease expires. */
  IN_FLIGHT,
  /** Accepted by the portal. Kept as a record; never sent again. */
  DELIVERED,
  /** Refused by the portal for good; kept, queryable and re-submittable. */
  DEAD
}
