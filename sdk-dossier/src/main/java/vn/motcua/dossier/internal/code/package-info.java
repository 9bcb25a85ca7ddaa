/** Implementation of dossier code issuing: the in-memory counter, SQL dialects, schema versions. */
@NullMarked
package vn.motcua.dossier.internal.code;

import org.jspecify.annotations.NullMarked;
