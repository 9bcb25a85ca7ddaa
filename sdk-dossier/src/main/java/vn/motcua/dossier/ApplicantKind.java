package vn.motcua.dossier;

import java.util.Optional;

/**
 * Whether the applicant (chủ hồ sơ) is a person or an organisation, with the code of the portal
 * profile's {@code LoaiDoiTuong} (the same split as the SSO's {@code LoaiTaiKhoan}).
 */
public enum ApplicantKind {
  /** 1: a citizen (công dân), identified by a personal ID number. */
  CITIZEN(1),
  /** 2: an organisation or enterprise (tổ chức, doanh nghiệp), identified by a tax code. */
  ORGANIZATION(2);

  private final int code;

  ApplicantKind(int code) {
    this.code = code;
  }

  /** Returns the portal profile's code. */
  public int code() {
    return code;
  }

  /** Returns the kind with the portal profile's code, or empty for an unknown code. */
  public static Optional<ApplicantKind> fromCode(int code) {
    for (ApplicantKind kind : values()) {
      if (kind.code == code) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
