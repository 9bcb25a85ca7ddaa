/** Implementation of dossier validation: messages, cross-field, procedure and identity rules. */
@NullMarked
package vn.motcua.dossier.internal.validation;

import org.jspecify.annotations.NullMarked;
