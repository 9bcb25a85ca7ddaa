/** Implementation support for the dossier model: required fields and kept unknown properties. */
@NullMarked
package vn.motcua.dossier.internal.model;

import org.jspecify.annotations.NullMarked;
