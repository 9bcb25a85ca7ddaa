/**
 * The error types every motcua module throws, and the SDK version.
 *
 * <p>Everything in motcua is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package vn.motcua.core;

import org.jspecify.annotations.NullMarked;
