/** Masking of personal data for logs, exception messages and {@code toString()}. */
@NullMarked
package vn.motcua.core.privacy;

import org.jspecify.annotations.NullMarked;
