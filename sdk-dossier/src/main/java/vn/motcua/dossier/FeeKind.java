package vn.motcua.dossier;

import java.util.Optional;

/** Whether a fee item is a phí (service fee) or a lệ phí (state charge), with the portal code. */
public enum FeeKind {
  /** 1: phí, a fee for a service. */
  FEE(1),
  /** 2: lệ phí, a charge for a state administrative act. */
  CHARGE(2);

  private final int code;

  FeeKind(int code) {
    this.code = code;
  }

  /** Returns the portal's code ({@code LoaiPhiLePhi}). */
  public int code() {
    return code;
  }

  /** Returns the kind with the portal's code, or empty for an unknown code. */
  public static Optional<FeeKind> fromCode(int code) {
    for (FeeKind kind : values()) {
      if (kind.code == code) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
