/**
 * The dossier lifecycle: the status machine, processing steps, the paused clock and apology slips.
 */
@NullMarked
package vn.motcua.dossier.lifecycle;

import org.jspecify.annotations.NullMarked;
