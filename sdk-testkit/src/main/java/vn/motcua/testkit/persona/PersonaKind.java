package vn.motcua.testkit.persona;

/** Whose account a persona is: a citizen's own, or a business's held by its representative. */
public enum PersonaKind {
  /** A citizen (công dân); the national SSO's account type {@code 1}. */
  CITIZEN(1),
  /** A business or other organisation (doanh nghiệp, tổ chức); account type {@code 2}. */
  BUSINESS(2);

  private final int accountType;

  PersonaKind(int accountType) {
    this.accountType = accountType;
  }

  /** Returns the national SSO's account type number ({@code LoaiTaiKhoan}): 1 or 2. */
  public int accountType() {
    return accountType;
  }
}
