package vn.motcua.testkit.idp;

/** A defect the stub can put into a userinfo response. */
public enum UserInfoFault {
  /** {@code sub} differs from the ID token's (another, well-formed subject). */
  SUB_MISMATCH
}
