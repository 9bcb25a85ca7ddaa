/** Reading persona packs from JSON; not API. */
@NullMarked
package vn.motcua.testkit.internal.persona;

import org.jspecify.annotations.NullMarked;
