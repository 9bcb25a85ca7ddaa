/** KPI figures of a set of dossiers, in exact rational arithmetic. */
@NullMarked
package vn.motcua.dossier.kpi;

import org.jspecify.annotations.NullMarked;
