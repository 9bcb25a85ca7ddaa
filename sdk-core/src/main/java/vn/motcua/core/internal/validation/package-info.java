/**
 * Implementation of motcua's validation: message bundles, the Hibernate Validator bootstrap and the
 * conversion of constraint violations into reports. Not an API; may change in any release.
 */
@NullMarked
package vn.motcua.core.internal.validation;

import org.jspecify.annotations.NullMarked;
