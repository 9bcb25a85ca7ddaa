package vn.motcua.core.id;

/** The kind of body an agency belongs to, read from the letter of its level-1 code. */
public enum AgencyGroup {
  /** Level-1 code {@code Gdd}: a ministry or ministry-level agency (bộ, cơ quan ngang bộ). */
  MINISTRY,

  /** Level-1 code {@code Hdd}: a province or centrally run city (tỉnh, thành phố). */
  PROVINCE,

  /** Any other letter: Party, mass organisations, other bodies. */
  OTHER
}
