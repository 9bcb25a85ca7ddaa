/** Implementation of motcua identity; not API, may change in any release. */
@NullMarked
package vn.motcua.identity.internal;

import org.jspecify.annotations.NullMarked;
