package vn.motcua.identity;

/** A doubt about an accepted identity, recorded under {@link ConsistencyPolicy#FLAG}. */
public enum IdentityFlag {
  /** The sex encoded in the personal ID number differs from the claimed sex. */
  PERSONAL_ID_SEX_MISMATCH("identifier.personal_id.sex_mismatch"),
  /** The birth year encoded in the personal ID number differs from the claimed birth date. */
  PERSONAL_ID_BIRTH_YEAR_MISMATCH("identifier.personal_id.birth_year_mismatch");

  private final String code;

  IdentityFlag(String code) {
    this.code = code;
  }

  /** Returns the stable code of the contradiction, as motcua-core's identifier checks name it. */
  public String code() {
    return code;
  }
}
