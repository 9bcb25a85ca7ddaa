/** motcua dossier (filled in by its own issue). */
@NullMarked
package vn.motcua.dossier;

import org.jspecify.annotations.NullMarked;
