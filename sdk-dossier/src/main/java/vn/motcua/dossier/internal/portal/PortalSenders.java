package vn.motcua.dossier.internal.portal;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.portal.DvcqgClient;
import vn.motcua.dossier.portal.LgspClient;

/**
 * How the outbox's dispatcher reaches the clients' sends of data serialised beforehand, which are
 * not public API: each client registers, from its static initialiser, how to make a {@link
 * PortalSender} of one of its instances. A client instance exists before its sender is asked for,
 * so its class, and with it the registration, is initialised by then.
 */
public final class PortalSenders {
  private static volatile @Nullable Function<DvcqgClient, PortalSender> dvcqg;
  private static volatile @Nullable Function<LgspClient, PortalSender> lgsp;

  private PortalSenders() {}

  /**
   * Called once, by {@link DvcqgClient}'s static initialiser.
   *
   * @throws IllegalStateException when called again: a registered sender is never replaced
   */
  public static synchronized void registerDvcqg(Function<DvcqgClient, PortalSender> senders) {
    Objects.requireNonNull(senders, "senders");
    if (dvcqg != null) {
      throw new IllegalStateException("the DVCQG client's sender is already registered");
    }
    dvcqg = senders;
  }

  /**
   * Called once, by {@link LgspClient}'s static initialiser.
   *
   * @throws IllegalStateException when called again: a registered sender is never replaced
   */
  public static synchronized void registerLgsp(Function<LgspClient, PortalSender> senders) {
    Objects.requireNonNull(senders, "senders");
    if (lgsp != null) {
      throw new IllegalStateException("the LGSP client's sender is already registered");
    }
    lgsp = senders;
  }

  /** Returns the sender of {@code client}. */
  public static PortalSender of(DvcqgClient client) {
    Objects.requireNonNull(client, "client");
    return Objects.requireNonNull(dvcqg, "DvcqgClient registers its sender").apply(client);
  }

  /** Returns the sender of {@code client}. */
  public static PortalSender of(LgspClient client) {
    Objects.requireNonNull(client, "client");
    return Objects.requireNonNull(lgsp, "LgspClient registers its sender").apply(client);
  }
}
