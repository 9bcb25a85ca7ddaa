package vn.motcua.dossier;

import java.util.Optional;

/**
 * How a dossier reaches the agency, with the portal's code ({@code HinhThuc}, {@code KENH}): at the
 * desk (trực tiếp), online (trực tuyến) or by public postal service (bưu chính công ích).
 */
public enum Channel {
  /** 1: in person at the one-stop desk. */
  DESK(1),
  /** 2: online, through a public service portal. */
  ONLINE(2),
  /** 3: through the public postal service. */
  POSTAL(3);

  private final int code;

  Channel(int code) {
    this.code = code;
  }

  /** Returns the portal's code, 1 to 3. */
  public int code() {
    return code;
  }

  /** Returns the channel with the portal's code, or empty for an unknown code. */
  public static Optional<Channel> fromCode(int code) {
    for (Channel channel : values()) {
      if (channel.code == code) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }
}
