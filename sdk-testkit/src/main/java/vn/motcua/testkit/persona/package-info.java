/** Synthetic citizens and businesses that the testkit's stubs sign in and describe. */
@NullMarked
package vn.motcua.testkit.persona;

import org.jspecify.annotations.NullMarked;
