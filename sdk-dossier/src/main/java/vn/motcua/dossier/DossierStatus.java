package vn.motcua.dossier;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.validation.MessageSource;

/**
 * Where a dossier stands, with the numeric code the national portal uses ({@code TrangThaiHoSo}).
 * Canonical JSON writes the constant's name; the portal mapping writes {@link #code()}.
 */
public enum DossierStatus {
  /** 1: submitted online, not yet accepted. */
  SUBMITTED(1, false),
  /** 2: accepted at the one-stop desk. */
  ACCEPTED(2, false),
  /** 3: refused at reception (terminal). */
  REFUSED(3, true),
  /** 4: being processed. */
  IN_PROCESS(4, false),
  /** 5: a supplement was requested; the processing clock is paused. */
  SUPPLEMENT_REQUESTED(5, false),
  /** 6: awaiting the applicant's financial obligations; the clock is paused. */
  AWAITING_PAYMENT(6, false),
  /** 7: withdrawn at the applicant's request (terminal). */
  WITHDRAWN(7, true),
  /** 8: processing stopped (terminal). */
  STOPPED(8, true),
  /** 9: processed; the result waits at the desk. */
  RESULT_READY(9, false),
  /** 10: the result was returned to the applicant (terminal). */
  RETURNED(10, true);

  private static final MessageSource LABELS =
      MessageSource.bundle("vn.motcua.dossier.labels", DossierStatus.class.getClassLoader());

  private final int code;
  private final boolean terminal;

  DossierStatus(int code, boolean terminal) {
    this.code = code;
    this.terminal = terminal;
  }

  /** Returns the portal's code, 1 to 10. */
  public int code() {
    return code;
  }

  /** Returns whether no further status can follow this one. */
  public boolean isTerminal() {
    return terminal;
  }

  /**
   * Returns the status as agency systems and the portal show it to people: in English when {@code
   * locale}'s language is English, in Vietnamese otherwise ({@code IN_PROCESS}: "Đang xử lý",
   * "Being processed"). The texts are those of {@code docs/reference/status-codes.md}.
   */
  public String label(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return LABELS.message("dossier.status.label." + name(), Map.of(), locale);
  }

  /** Returns the status with the portal's code, or empty for an unknown code. */
  public static Optional<DossierStatus> fromCode(int code) {
    for (DossierStatus status : values()) {
      if (status.code == code) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
