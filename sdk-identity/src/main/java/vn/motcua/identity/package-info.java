/** motcua identity (filled in by its own issue). */
@NullMarked
package vn.motcua.identity;

import org.jspecify.annotations.NullMarked;
