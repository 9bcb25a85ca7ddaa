package vn.motcua.testkit.portal;

/** A failure the stub portal can inject into one answer. */
public enum PortalFault {
  /** The connection is reset by the peer. */
  CONNECTION_RESET,
  /** The connection closes without an answer. */
  EMPTY_RESPONSE,
  /** The answer starts, then a malformed chunk breaks it. */
  MALFORMED_RESPONSE_CHUNK,
  /** Garbage bytes, then the connection closes. */
  RANDOM_DATA_THEN_CLOSE,
  /**
   * The request is processed, but the answer is held back for {@link PortalFaults#delay} (default
   * 10 s), past a client's read timeout: the outcome is unknown to the client.
   */
  DELAY,
  /** HTTP 500, not processed. */
  HTTP_500,
  /** HTTP 502, not processed. */
  HTTP_502,
  /** HTTP 503, not processed. */
  HTTP_503,
  /**
   * HTTP 429 with {@code Retry-After} in seconds ({@link PortalFaults#retryAfter}), not processed.
   */
  RATE_LIMITED,
  /** HTTP 429 with {@code Retry-After} as an HTTP date, not processed. */
  RATE_LIMITED_HTTP_DATE,
  /**
   * Every DVCQG session and LGSP token expires just before this request, which is then answered as
   * the expiry ({@code error_code} {@code "401"} or HTTP 401).
   */
  SESSION_EXPIRED;

  /** Returns whether this fault breaks the connection rather than answering. */
  public boolean isNetworkFault() {
    return this == CONNECTION_RESET
        || this == EMPTY_RESPONSE
        || this == MALFORMED_RESPONSE_CHUNK
        || this == RANDOM_DATA_THEN_CLOSE;
  }
}
