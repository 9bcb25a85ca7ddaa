/** Implementation of the DVCQG payload mapping: portal times, codes and the reverse mapping. */
@NullMarked
package vn.motcua.dossier.internal.dvcqg;

import org.jspecify.annotations.NullMarked;
