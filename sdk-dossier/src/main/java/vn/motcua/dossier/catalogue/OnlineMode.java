package vn.motcua.dossier.catalogue;

/** How far a procedure can be done online (Decree 42/2022/NĐ-CP). */
public enum OnlineMode {
  /** Toàn trình: every step, submission to result, can be done online. */
  FULL,
  /** Một phần: submission is online, some steps (paying, receiving the result) are not. */
  PARTIAL
}
