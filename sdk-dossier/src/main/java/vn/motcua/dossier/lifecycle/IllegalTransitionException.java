package vn.motcua.dossier.lifecycle;

import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.core.MotcuaException;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.internal.lifecycle.LifecycleErrors;

/**
 * A status change the status machine does not allow, such as 10 (returned) to 4 (in process). The
 * message names both statuses (portal code and name) and the statuses allowed from the current one;
 * it never holds personal data. Code {@code dossier.status.illegal_transition}; not retryable: the
 * dossier is in the wrong status for this action.
 */
public final class IllegalTransitionException extends MotcuaException {
  private static final long serialVersionUID = 1L;

  /** The exception's code. */
  public static final String CODE = LifecycleErrors.ILLEGAL_TRANSITION;

  private final DossierStatus from;
  private final DossierStatus to;

  /**
   * Creates the exception.
   *
   * @param from the dossier's current status
   * @param to the status asked for
   */
  public IllegalTransitionException(DossierStatus from, DossierStatus to) {
    super(CODE, message(from, to));
    this.from = from;
    this.to = to;
  }

  private static String message(DossierStatus from, DossierStatus to) {
    Set<DossierStatus> allowed = DossierLifecycle.allowedFrom(from);
    String next =
        allowed.isEmpty()
            ? "none: " + name(from) + " is terminal"
            : allowed.stream()
                .map(IllegalTransitionException::name)
                .collect(Collectors.joining(", "));
    return "A dossier cannot go from status "
        + name(from)
        + " to "
        + name(to)
        + "; allowed from "
        + name(from)
        + ": "
        + next;
  }

  private static String name(DossierStatus status) {
    return status.code() + " " + status.name();
  }

  /** Returns the dossier's current status. */
  public DossierStatus from() {
    return from;
  }

  /** Returns the status that was asked for. */
  public DossierStatus to() {
    return to;
  }
}
