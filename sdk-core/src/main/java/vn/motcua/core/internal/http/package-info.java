/** The OkHttp-based implementation of {@link vn.motcua.core.http.HttpTransport}; not public API. */
@NullMarked
package vn.motcua.core.internal.http;

import org.jspecify.annotations.NullMarked;
