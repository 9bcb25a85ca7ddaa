/** Implementation of catalogue loading: motcua's catalogue files and the portal's answers. */
@NullMarked
package vn.motcua.dossier.internal.catalogue;

import org.jspecify.annotations.NullMarked;
