/**
 * Implementation of motcua's hardened JSON mapper: its configuration, and the translation of
 * Jackson failures into reports that never echo input. Not an API; may change in any release.
 */
@NullMarked
package vn.motcua.core.internal.json;

import org.jspecify.annotations.NullMarked;
