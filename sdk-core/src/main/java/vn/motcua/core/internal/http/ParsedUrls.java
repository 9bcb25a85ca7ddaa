package vn.motcua.core.internal.http;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * URLs already parsed for OkHttp, per transport. A client calls a handful of endpoints again and
 * again, and parsing a URL (host name normalisation included) costs about as much as writing a
 * small request body. Only URLs without a query or user information are kept: those may carry a
 * code or a person's data, which a long-lived cache should not hold. When full, the cache starts
 * over rather than tracking use.
 */
final class ParsedUrls {
  /** Enough for every endpoint of the portal and identity clients together. */
  static final int DEFAULT_CAPACITY = 64;

  /** Keeps nothing: every URL is parsed. */
  static final ParsedUrls NONE = new ParsedUrls(0);

  private final int capacity;
  // Keyed by the URI's text, not by URI.equals, which ignores the case of percent-escapes: a
  // request goes out exactly as its URI is written.
  private final ConcurrentHashMap<String, HttpUrl> parsed = new ConcurrentHashMap<>();

  ParsedUrls(int capacity) {
    this.capacity = capacity;
  }

  /** Returns {@code uri} parsed, or null when OkHttp does not take it as an HTTP(S) URL. */
  @Nullable HttpUrl parse(URI uri) {
    String text = uri.toString();
    HttpUrl known = parsed.get(text);
    if (known != null) {
      return known;
    }
    HttpUrl url = HttpUrl.parse(text);
    if (url != null && capacity > 0 && uri.getRawQuery() == null && uri.getRawUserInfo() == null) {
      if (parsed.size() >= capacity) {
        parsed.clear();
      }
      parsed.put(text, url);
    }
    return url;
  }

  /** Returns how many parsed URLs are kept (for tests). */
  int size() {
    return parsed.size();
  }
}
