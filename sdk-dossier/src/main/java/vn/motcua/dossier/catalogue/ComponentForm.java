package vn.motcua.dossier.catalogue;

/** The form a dossier component must take. */
public enum ComponentForm {
  /** An original (bản chính). */
  ORIGINAL,
  /** A plain copy (bản sao), or an original to compare it against. */
  COPY,
  /** A certified copy (bản sao chứng thực) or a copy extracted from the master register. */
  CERTIFIED_COPY
}
