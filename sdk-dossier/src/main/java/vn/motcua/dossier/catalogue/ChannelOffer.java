package vn.motcua.dossier.catalogue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.internal.model.Required;

/**
 * A channel through which a procedure can be done ({@code CACHTHUCTHUCHIEN}), with its processing
 * time and the fee items charged on it ({@code THOIGIAN}, {@code PHILEPHI}). Fees often differ by
 * channel: online submission is frequently cheaper.
 *
 * @param channel the channel
 * @param time the processing time on this channel
 * @param description free text from the catalogue ({@code MOTA}), such as the case it applies to
 * @param fees the fee items on this channel; empty when free
 */
public record ChannelOffer(
    Channel channel, ProcessingTime time, @Nullable String description, List<FeeItem> fees) {
  /**
   * Checks the components and copies the fee list.
   *
   * @throws vn.motcua.core.InvalidInputException with code {@code dossier.incomplete} when the
   *     channel or time is missing
   */
  public ChannelOffer {
    Required.of("ChannelOffer").check(channel, "channel").check(time, "time").done();
    fees = fees == null ? List.of() : List.copyOf(fees);
  }

  /** Returns an offer of {@code channel} taking {@code time}, with these fee items. */
  public static ChannelOffer of(Channel channel, ProcessingTime time, FeeItem... fees) {
    return new ChannelOffer(channel, time, null, List.of(fees));
  }
}
