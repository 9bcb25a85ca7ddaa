package vn.motcua.testkit.internal.idp;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads and writes {@code application/x-www-form-urlencoded} text, as query strings use it too. */
final class FormCodec {
  private FormCodec() {}

  /**
   * Splits {@code a=1&b=2&a=3} into names and their values, in order.
   *
   * @throws IllegalArgumentException if a percent-escape is malformed
   */
  static Map<String, List<String>> parse(@Nullable String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** Splits a space-delimited scope string (RFC 6749 3.3) into its distinct values. */
  static Set<String> scopes(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String scope : text.split(" ")) {
      if (!scope.isEmpty()) {
        out.add(scope);
      }
    }
    return out;
  }

  static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Appends parameters to a URI's query, keeping any query it already has. */
  static String appendQuery(String uri, Map<String, String> parameters) {
    StringBuilder out = new StringBuilder(uri);
    char separator = uri.indexOf('?') < 0 ? '?' : '&';
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      out.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
      separator = '&';
    }
    return out.toString();
  }
}
