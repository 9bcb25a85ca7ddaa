/**
 * Implementation of the Vietnamese identifiers: shared rules, messages and Bean Validation glue.
 */
@NullMarked
package vn.motcua.core.internal.id;

import org.jspecify.annotations.NullMarked;
