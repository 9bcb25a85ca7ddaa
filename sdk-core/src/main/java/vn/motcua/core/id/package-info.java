/**
 * Vietnamese identifiers as immutable values: personal ID number (CCCD), legacy ID card (CMND), tax
 * code, agency, procedure and dossier codes, and the province table personal ID numbers refer to.
 *
 * <p>Every identifier type offers the same idiom: {@code parse} returns the value or throws an
 * {@link vn.motcua.core.InvalidInputException} with code {@code identifier.invalid}; {@code
 * validate} returns a {@link vn.motcua.core.validation.ValidationReport} naming the broken rule;
 * {@code isValid} answers yes or no. Surrounding whitespace is stripped, nothing else is changed.
 */
@NullMarked
package vn.motcua.core.id;

import org.jspecify.annotations.NullMarked;
