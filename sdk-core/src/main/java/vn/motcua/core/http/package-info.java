/**
 * HTTP transport shared by motcua's clients: immutable requests and responses, bounded reads,
 * timeouts, retries with full-jitter backoff and {@code Retry-After}, idempotency keys, and wire
 * logging that never shows secrets, bodies or query strings.
 *
 * <p>Start with {@link vn.motcua.core.http.HttpTransport#builder()}.
 */
@NullMarked
package vn.motcua.core.http;

import org.jspecify.annotations.NullMarked;
