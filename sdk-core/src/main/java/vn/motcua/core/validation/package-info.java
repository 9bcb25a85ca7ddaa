/**
 * Validation reports: every problem in the caller's input with its JSON path, a stable code and a
 * message in Vietnamese or English, and Bean Validation bootstrapped without expression language.
 */
@NullMarked
package vn.motcua.core.validation;

import org.jspecify.annotations.NullMarked;
