/** Satisfaction ratings on the portal's three-point scale and their monthly aggregate. */
@NullMarked
package vn.motcua.dossier.satisfaction;

import org.jspecify.annotations.NullMarked;
