package vn.motcua.identity.internal;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which provider URLs a relying party talks to: {@code https} ones, and plain {@code http} only on
 * a loopback host (a provider or stub on the same machine), where nothing crosses a network.
 */
public final class Endpoints {
  private Endpoints() {}

  /** Returns whether {@code uri} is absolute, names a host, and is https or loopback http. */
  public static boolean isAllowed(@Nullable URI uri) {
    if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
      return false;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("https") || (scheme.equals("http") && isLoopback(uri.getHost()));
  }

  /**
   * Returns whether {@code host} is {@code localhost}, an IPv4 address in 127.0.0.0/8 or the IPv6
   * {@code ::1}: written out, never resolved, so DNS cannot make a remote host look local.
   */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost") || h.equals("[::1]") || h.equals("::1")) {
      return true;
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
