package vn.motcua.dossier.outbox;

import java.time.Duration;

/**
 * Receives the outbox's events, for alerting and metrics. The entries carry codes and keys, never
 * personal data, so they may be logged.
 *
 * <p>Methods are called on the submitting or dispatching thread, after the change is committed;
 * they must be quick and thread-safe. An exception a listener throws is logged and ignored.
 */
public interface OutboxListener {
  /** A listener that ignores every event. */
  OutboxListener NONE = new OutboxListener() {};

  /**
   * An entry was committed by {@link Outbox#submit(vn.motcua.dossier.Dossier)} or {@link
   * Outbox#submitProgress}. Not called for the variants taking the caller's connection, whose
   * commit the outbox does not see.
   */
  default void submitted(OutboxEntry entry) {}

  /**
   * An attempt failed with a retryable error and the entry waits {@code retryIn}.
   *
   * @param errorCode the motcua error code, such as {@code portal.unavailable}
   */
  default void attemptFailed(OutboxEntry entry, String errorCode, Duration retryIn) {}

  /** The portal accepted the entry. */
  default void delivered(OutboxEntry entry) {}

  /**
   * The portal refused the entry for good; it is kept as DEAD until {@link Outbox#resubmit}.
   *
   * @param reasonCode the motcua error code, such as {@code portal.rejected}
   */
  default void deadLettered(OutboxEntry entry, String reasonCode) {}
}
