/**
 * The procedure catalogue: what each administrative procedure requires (components, channels,
 * processing times, fees, applicant kinds, assurance level), loaded from motcua's JSON files or
 * from the national portal's {@code LayThuTuc} answers.
 */
@NullMarked
package vn.motcua.dossier.catalogue;

import org.jspecify.annotations.NullMarked;
