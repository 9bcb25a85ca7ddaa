/**
 * Bean Validation constraints for the Vietnamese identifiers, applicable to {@code CharSequence}
 * fields, getters, parameters and type arguments.
 */
@NullMarked
package vn.motcua.core.id.constraints;

import org.jspecify.annotations.NullMarked;
