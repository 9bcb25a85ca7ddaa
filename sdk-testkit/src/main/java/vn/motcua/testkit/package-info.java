/** motcua testkit (filled in by its own issue). */
@NullMarked
package vn.motcua.testkit;

import org.jspecify.annotations.NullMarked;
