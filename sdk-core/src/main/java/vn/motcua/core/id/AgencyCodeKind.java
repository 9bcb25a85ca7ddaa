package vn.motcua.core.id;

/** The two ways an {@link AgencyCode} is written. */
public enum AgencyCodeKind {
  /**
   * The older four-level form {@code ddd.dd.dd.Xdd}, lowest level first and the level-1 group last,
   * such as {@code 000.00.53.H48}. Still used by the national portal and in dossier codes.
   */
  LEGACY,

  /**
   * The form of Decision 20/2020/QĐ-TTg: up to 35 capitals, digits and dots, the level-1 group
   * first, such as {@code H37.DN.001} or {@code G17}.
   */
  DECISION_20_2020
}
