package vn.motcua.identity;

/** Whose account signed in: a person or an organisation (DVCQG {@code LoaiTaiKhoan} 1 or 2). */
public enum AccountType {
  /** A citizen's (or resident's) personal account. */
  CITIZEN,
  /** An organisation's or business's account. */
  BUSINESS
}
