/**
 * The National Public Service Portal (DVCQG) payload profile: the {@code DongBoHoSoMC} dossier
 * element, the {@code CapNhatTienDoHoSoMC} progress element, and the mapping between them and the
 * dossier model ({@link vn.motcua.dossier.dvcqg.DvcqgMapping}).
 */
@NullMarked
package vn.motcua.dossier.dvcqg;

import org.jspecify.annotations.NullMarked;
