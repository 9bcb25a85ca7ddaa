package vn.motcua.core.id;

/** A person's sex as a personal ID number encodes it (4th digit: even male, odd female). */
public enum Sex {
  /** Nam. */
  MALE,
  /** Nữ. */
  FEMALE
}
