package vn.motcua.dossier.lifecycle;

import static vn.motcua.dossier.DossierStatus.ACCEPTED;
import static vn.motcua.dossier.DossierStatus.AWAITING_PAYMENT;
import static vn.motcua.dossier.DossierStatus.IN_PROCESS;
import static vn.motcua.dossier.DossierStatus.REFUSED;
import static vn.motcua.dossier.DossierStatus.RESULT_READY;
import static vn.motcua.dossier.DossierStatus.RETURNED;
import static vn.motcua.dossier.DossierStatus.STOPPED;
import static vn.motcua.dossier.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.dossier.DossierStatus.WITHDRAWN;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.SupplementRequest;
import vn.motcua.dossier.calendar.WorkingCalendar;
import vn.motcua.dossier.internal.lifecycle.LifecycleErrors;

/**
 * The status machine of a dossier: which status may follow which, and what each change does to the
 * dossier. Every change returns a new {@link Dossier} (the model is immutable) with one more {@link
 * ProcessingStep}: the new status, when (by the injected clock, at +07:00), who, and a note.
 *
 * <p>Allowed changes, by the portal's codes: 1→2|3, 2→4, 4→5|6|8|9, 5→4, 6→4|9, 9→10, and any
 * non-terminal status→7 (withdrawn). Anything else throws {@link IllegalTransitionException}.
 *
 * <p>Side effects: a supplement request (5) and financial obligations (6) pause the processing
 * clock; going back to 4 moves the due date later by the working time of the pause ({@link
 * WorkingCalendar#extendForPause}) and marks open supplement requests fulfilled. Reaching 9 sets
 * the end of processing ({@code finishedAt}); reaching 10 sets the return time ({@code
 * returnedAt}). A dossier that will be late gets an {@link ApologySlip} ({@link #issueApology}).
 *
 * <p>Immutable and thread-safe. The official's name is masked in anything logged.
 */
public final class DossierLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DossierLifecycle.class);

  /** The longest reason an apology slip may give, as for other free text in the model. */
  public static final int MAX_REASON_LENGTH = 2000;

  private static final Map<DossierStatus, Set<DossierStatus>> NEXT = transitions();

  private final WorkingCalendar calendar;
  private final Clock clock;

  private DossierLifecycle(Builder builder) {
    this.calendar = builder.calendar;
    this.clock = builder.clock != null ? builder.clock : builder.calendar.clock();
  }

  private static Map<DossierStatus, Set<DossierStatus>> transitions() {
    Map<DossierStatus, Set<DossierStatus>> next = new EnumMap<>(DossierStatus.class);
    next.put(SUBMITTED, EnumSet.of(ACCEPTED, REFUSED));
    next.put(ACCEPTED, EnumSet.of(IN_PROCESS));
    next.put(IN_PROCESS, EnumSet.of(SUPPLEMENT_REQUESTED, AWAITING_PAYMENT, STOPPED, RESULT_READY));
    next.put(SUPPLEMENT_REQUESTED, EnumSet.of(IN_PROCESS));
    next.put(AWAITING_PAYMENT, EnumSet.of(IN_PROCESS, RESULT_READY));
    next.put(RESULT_READY, EnumSet.of(RETURNED));
    for (DossierStatus status : DossierStatus.values()) {
      Set<DossierStatus> set =
          next.computeIfAbsent(status, s -> EnumSet.noneOf(DossierStatus.class));
      if (!status.isTerminal()) {
        set.add(WITHDRAWN);
      }
      next.put(status, Collections.unmodifiableSet(set));
    }
    return Collections.unmodifiableMap(next);
  }

  /** Returns a lifecycle on the {@linkplain WorkingCalendar#standard() standard calendar}. */
  public static DossierLifecycle standard() {
    return builder().build();
  }

  /** Returns a builder: the standard calendar and that calendar's clock unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether a dossier may go from {@code from} to {@code to}. */
  public static boolean isAllowed(DossierStatus from, DossierStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** Returns the statuses allowed after {@code from}, in code order; empty for a terminal one. */
  public static Set<DossierStatus> allowedFrom(DossierStatus from) {
    return NEXT.get(from);
  }

  /** Returns whether the processing clock is paused in {@code status} (5 and 6). */
  public static boolean pausesClock(DossierStatus status) {
    return status == SUPPLEMENT_REQUESTED || status == AWAITING_PAYMENT;
  }

  /** Returns the calendar due dates are computed on. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** Returns the clock that dates each step. */
  public Clock clock() {
    return clock;
  }

  /**
   * Moves {@code dossier} to status {@code to} now, recording a processing step.
   *
   * @param dossier the dossier in its current status
   * @param to the new status
   * @param actor who makes the change
   * @param note what was done ({@code NoiDungXuLy}), or {@code null}
   * @return the changed copy; {@code dossier} itself is unchanged
   * @throws IllegalTransitionException when the status machine does not allow the change
   */
  public Dossier transition(Dossier dossier, DossierStatus to, Actor actor, @Nullable String note) {
    return change(dossier, to, actor, note, null);
  }

  /**
   * Asks the applicant to supplement the dossier: moves it from 4 to 5 (the clock pauses) and adds
   * a {@link SupplementRequest} dated now.
   *
   * @param reason what must be supplemented and why
   * @param deadline the deadline for the supplement, or {@code null}
   * @param componentCodes the components to supplement (may be empty)
   * @throws IllegalTransitionException when the dossier is not in process
   */
  public Dossier requestSupplement(
      Dossier dossier,
      Actor actor,
      String reason,
      @Nullable OffsetDateTime deadline,
      List<String> componentCodes) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(componentCodes, "componentCodes");
    return change(
        dossier, SUPPLEMENT_REQUESTED, actor, reason, new SupplementInfo(deadline, componentCodes));
  }

  private record SupplementInfo(@Nullable OffsetDateTime deadline, List<String> componentCodes) {}

  private Dossier change(
      Dossier dossier,
      DossierStatus to,
      Actor actor,
      @Nullable String note,
      @Nullable SupplementInfo supplement) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(actor, "actor");
    DossierStatus from = dossier.status();
    if (!isAllowed(from, to)) {
      throw new IllegalTransitionException(from, to);
    }
    OffsetDateTime now = now();
    Dossier.Builder b = dossier.toBuilder().status(to);
    @Nullable OffsetDateTime dueAt = dossier.dueAt().orElse(null);

    if (pausesClock(from) && to == IN_PROCESS && dueAt != null) {
      OffsetDateTime pausedAt = pauseStart(dossier);
      if (pausedAt != null && !now.isBefore(pausedAt)) {
        dueAt =
            calendar
                .extendForPause(dueAt.toZonedDateTime(), zoned(pausedAt), zoned(now))
                .toOffsetDateTime();
        b.dueAt(dueAt);
      }
    }
    if (from == SUPPLEMENT_REQUESTED && to != SUPPLEMENT_REQUESTED) {
      b.supplements(
          dossier.supplements().stream()
              .map(s -> s.fulfilledAt().isPresent() ? s : s.toBuilder().fulfilledAt(now).build())
              .toList());
    }
    if (supplement != null) {
      b.addSupplement(
          SupplementRequest.builder()
              .requestedAt(now)
              .reason(Objects.requireNonNull(note))
              .deadline(supplement.deadline())
              .componentCodes(supplement.componentCodes())
              .build());
    }
    if (to == RESULT_READY) {
      b.finishedAt(now);
    } else if (to == RETURNED) {
      b.returnedAt(now);
    }
    b.addStep(step(to, now, actor, note, dueAt));
    LOG.debug("Dossier {} went from {} to {} ({})", dossier.code(), from, to, actor);
    return b.build();
  }

  /** The start of the current pause: the latest step into the paused status, else the request. */
  private static @Nullable OffsetDateTime pauseStart(Dossier dossier) {
    List<ProcessingStep> steps = dossier.steps();
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).status() == dossier.status()) {
        return steps.get(i).at();
      }
    }
    if (dossier.status() == SUPPLEMENT_REQUESTED) {
      return dossier.supplements().stream()
          .filter(s -> s.fulfilledAt().isEmpty())
          .map(SupplementRequest::requestedAt)
          .reduce((a, b) -> b)
          .orElse(null);
    }
    return null;
  }

  /**
   * Issues an apology slip promising a new due date for a dossier that will be late. The dossier
   * itself is unchanged; record the slip with {@link #recordApology}.
   *
   * @param newDueAt the new due date ({@code NgayHenTraMoi}); must be later than the current one
   * @param reason why the dossier is late, not blank, at most {@value #MAX_REASON_LENGTH}
   *     characters
   * @throws vn.motcua.core.InvalidInputException with code {@code dossier.apology.invalid} and a
   *     violation {@code dossier.apology.no_due_date} ({@code /dueAt}), {@code
   *     dossier.apology.terminal} ({@code /status}), {@code dossier.apology.due_not_later} ({@code
   *     /newDueAt}), {@code dossier.apology.reason_blank} or {@code
   *     dossier.apology.reason_too_long} ({@code /reason})
   */
  public ApologySlip issueApology(Dossier dossier, OffsetDateTime newDueAt, String reason) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(newDueAt, "newDueAt");
    Objects.requireNonNull(reason, "reason");
    if (dossier.status().isTerminal()) {
      throw LifecycleErrors.invalid(
          LifecycleErrors.APOLOGY_INVALID, "/status", LifecycleErrors.APOLOGY_TERMINAL, Map.of());
    }
    OffsetDateTime dueAt =
        dossier
            .dueAt()
            .orElseThrow(
                () ->
                    LifecycleErrors.invalid(
                        LifecycleErrors.APOLOGY_INVALID,
                        "/dueAt",
                        LifecycleErrors.APOLOGY_NO_DUE_DATE,
                        Map.of()));
    if (!newDueAt.isAfter(dueAt)) {
      throw LifecycleErrors.invalid(
          LifecycleErrors.APOLOGY_INVALID,
          "/newDueAt",
          LifecycleErrors.APOLOGY_DUE_NOT_LATER,
          Map.of());
    }
    if (reason.isBlank()) {
      throw LifecycleErrors.invalid(
          LifecycleErrors.APOLOGY_INVALID,
          "/reason",
          LifecycleErrors.APOLOGY_REASON_BLANK,
          Map.of());
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw LifecycleErrors.invalid(
          LifecycleErrors.APOLOGY_INVALID,
          "/reason",
          LifecycleErrors.APOLOGY_REASON_TOO_LONG,
          Map.of("max", MAX_REASON_LENGTH));
    }
    return new ApologySlip(dossier.code(), dueAt, newDueAt, reason, now());
  }

  /**
   * Records an issued apology slip as a processing step: same status, the slip's issue time, the
   * reason as content and the new due date as the step's due date. The dossier's due date stays the
   * regulatory one (see {@link ApologySlip}).
   *
   * @throws IllegalArgumentException when the slip is for another dossier
   */
  public Dossier recordApology(Dossier dossier, ApologySlip slip, Actor actor) {
    if (!slip.dossierCode().equals(dossier.code())) {
      throw new IllegalArgumentException("The apology slip is for another dossier");
    }
    return dossier.toBuilder()
        .addStep(step(dossier.status(), slip.issuedAt(), actor, slip.reason(), slip.newDueAt()))
        .build();
  }

  private static ProcessingStep step(
      DossierStatus status,
      OffsetDateTime at,
      Actor actor,
      @Nullable String note,
      @Nullable OffsetDateTime dueAt) {
    return ProcessingStep.builder()
        .status(status)
        .at(at)
        .handlerName(actor.name())
        .handlerTitle(actor.title())
        .unit(actor.unit())
        .content(note)
        .startedAt(at)
        .dueAt(dueAt)
        .build();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock.withZone(WorkingCalendar.ZONE));
  }

  private static ZonedDateTime zoned(OffsetDateTime t) {
    return t.atZoneSameInstant(WorkingCalendar.ZONE);
  }

  /** Builds a {@link DossierLifecycle}; not thread-safe. */
  public static final class Builder {
    private WorkingCalendar calendar = WorkingCalendar.standard();
    private @Nullable Clock clock;

    private Builder() {}

    /** Sets the calendar due dates are computed on; default {@link WorkingCalendar#standard()}. */
    public Builder calendar(WorkingCalendar calendar) {
      this.calendar = Objects.requireNonNull(calendar, "calendar");
      return this;
    }

    /** Sets the clock that dates each step; default the calendar's clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Returns the lifecycle. */
    public DossierLifecycle build() {
      return new DossierLifecycle(this);
    }
  }
}
