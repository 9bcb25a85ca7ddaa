/** Implementation of the lifecycle, receipts, satisfaction and KPI figures; not public API. */
@NullMarked
package vn.motcua.dossier.internal.lifecycle;

import org.jspecify.annotations.NullMarked;
