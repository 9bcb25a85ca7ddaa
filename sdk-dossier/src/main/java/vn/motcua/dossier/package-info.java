/**
 * Standardized administrative dossiers: the immutable {@link vn.motcua.dossier.Dossier} model, its
 * canonical JSON ({@link vn.motcua.dossier.DossierJson}) and its validation ({@link
 * vn.motcua.dossier.DossierValidator}).
 */
@NullMarked
package vn.motcua.dossier;

import org.jspecify.annotations.NullMarked;
