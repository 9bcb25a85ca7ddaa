/** The stub identity provider's endpoints, state, keys and token minting; not API. */
@NullMarked
package vn.motcua.testkit.internal.idp;

import org.jspecify.annotations.NullMarked;
