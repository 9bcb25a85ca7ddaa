package vn.motcua.identity.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.identity.IdentityCodes;

/**
 * URL queries of the login flow: the authorization request built, the callback read. Reading is
 * strict: RFC 6749 3.1 forbids repeating a parameter, and a repeated one is how a second {@code
 * code} or {@code state} would be smuggled past a lenient parser.
 */
public final class QueryCodec {
  /** The longest callback query read; a real one holds a code, state and iss in well under 2 KB. */
  public static final int MAX_QUERY_LENGTH = 8 * 1024;

  private QueryCodec() {}

  /** Returns {@code base} with {@code params} appended to any query it already has. */
  public static URI append(URI base, Map<String, String> params) {
    StringBuilder url = new StringBuilder(base.toString());
    int fragment = url.indexOf("#");
    if (fragment >= 0) {
      url.setLength(fragment);
    }
    char separator = base.getRawQuery() == null ? '?' : '&';
    for (Map.Entry<String, String> p : params.entrySet()) {
      url.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
      separator = '&';
    }
    return URI.create(url.toString());
  }

  /** Returns {@code text} form-urlencoded, spaces as {@code %20}, usable in queries and forms. */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Reads the query of a callback URL.
   *
   * @throws vn.motcua.identity.IdentityException {@code identity.callback.invalid} when there is no
   *     query, it is too long, a parameter repeats or is badly encoded
   */
  public static Map<String, String> parseCallback(URI callback) {
    String query = callback.getRawQuery();
    if (query == null || query.isEmpty()) {
      throw Failures.problem(IdentityCodes.CALLBACK_INVALID, "it has no query");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw Failures.problem(IdentityCodes.CALLBACK_INVALID, "its query is longer than 8 KiB");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (params.put(name, value) != null) {
        throw Failures.problem(IdentityCodes.CALLBACK_INVALID, "a parameter is repeated");
      }
    }
    return Collections.unmodifiableMap(params);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Failures.problem(IdentityCodes.CALLBACK_INVALID, "its query is badly percent-encoded");
    }
  }
}
