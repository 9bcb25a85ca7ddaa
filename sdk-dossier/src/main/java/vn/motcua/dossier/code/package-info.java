/**
 * Issuing dossier codes ({@code <agency>-YYMMDD-NNNN}) from an atomic per-unit, per-day counter, in
 * memory or in a database.
 */
@NullMarked
package vn.motcua.dossier.code;

import org.jspecify.annotations.NullMarked;
