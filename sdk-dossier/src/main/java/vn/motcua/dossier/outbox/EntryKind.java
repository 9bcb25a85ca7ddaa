package vn.motcua.dossier.outbox;

/** What an outbox entry carries. */
public enum EntryKind {
  /** A dossier, sent with {@code DongBoHoSoMC} ({@code SyncDocument} on LGSP). */
  DOSSIER,
  /** Processing steps of one dossier, sent with {@code CapNhatTienDoHoSoMC}. */
  PROGRESS
}
