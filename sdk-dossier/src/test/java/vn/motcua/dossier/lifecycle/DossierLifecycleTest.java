package vn.motcua.dossier.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.core.InvalidInputException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierValidator;
import vn.motcua.dossier.ProcessingStep;
import vn.motcua.dossier.Samples;
import vn.motcua.dossier.calendar.WorkingCalendar;

class DossierLifecycleTest {
  /** The status machine of DESIGN.md, written out independently of the implementation. */
  private static final Map<DossierStatus, Set<DossierStatus>> EXPECTED =
      Map.of(
          SUBMITTED, EnumSet.of(ACCEPTED, REFUSED, WITHDRAWN),
          ACCEPTED, EnumSet.of(IN_PROCESS, WITHDRAWN),
          REFUSED, EnumSet.noneOf(DossierStatus.class),
          IN_PROCESS,
              EnumSet.of(SUPPLEMENT_REQUESTED, AWAITING_PAYMENT, STOPPED, RESULT_READY, WITHDRAWN),
          SUPPLEMENT_REQUESTED, EnumSet.of(IN_PROCESS, WITHDRAWN),
          AWAITING_PAYMENT, EnumSet.of(IN_PROCESS, RESULT_READY, WITHDRAWN),
          WITHDRAWN, EnumSet.noneOf(DossierStatus.class),
          STOPPED, EnumSet.noneOf(DossierStatus.class),
          RESULT_READY, EnumSet.of(RETURNED, WITHDRAWN),
          RETURNED, EnumSet.noneOf(DossierStatus.class));

  private static final Actor OFFICER =
      new Actor("Trần Thị Bình", "Công chức tư pháp - hộ tịch", "Bộ phận một cửa");

  private static OffsetDateTime vn(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atOffset(Samples.VN);
  }

  private static DossierLifecycle at(String localDateTime) {
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .clock(Clock.fixed(vn(localDateTime).toInstant(), Samples.VN))
            .build();
    return DossierLifecycle.builder().calendar(calendar).build();
  }

  /** The sample received Monday 2025-03-10 08:30, in process, due Friday 2025-03-14 17:00. */
  private static Dossier inProcess() {
    return Samples.birthRegistration().toBuilder().dueAt(vn("2025-03-14T17:00")).build();
  }

  static Stream<Arguments> allPairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (DossierStatus from : DossierStatus.values()) {
      for (DossierStatus to : DossierStatus.values()) {
        pairs.add(Arguments.of(from, to, EXPECTED.get(from).contains(to)));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}: allowed {2}")
  @MethodSource("allPairs")
  void transition_followsTheStatusMachineForEveryPair(
      DossierStatus from, DossierStatus to, boolean allowed) {
    Dossier before = inProcess().toBuilder().status(from).build();
    DossierLifecycle lifecycle = at("2025-03-11T09:00");

    assertThat(DossierLifecycle.isAllowed(from, to)).isEqualTo(allowed);
    if (allowed) {
      Dossier after = lifecycle.transition(before, to, OFFICER, "note");
      assertThat(after.status()).isEqualTo(to);
      assertThat(after.steps()).hasSize(before.steps().size() + 1);
      ProcessingStep step = after.steps().get(after.steps().size() - 1);
      assertThat(step.status()).isEqualTo(to);
      assertThat(step.at()).isEqualTo(vn("2025-03-11T09:00"));
      assertThat(step.handlerName()).hasValue("Trần Thị Bình");
      assertThat(step.handlerTitle()).hasValue("Công chức tư pháp - hộ tịch");
      assertThat(step.unit()).hasValue("Bộ phận một cửa");
      assertThat(step.content()).hasValue("note");
      assertThat(before.status()).isEqualTo(from);
    } else {
      assertThatThrownBy(() -> lifecycle.transition(before, to, OFFICER, null))
          .isInstanceOfSatisfying(
              IllegalTransitionException.class,
              e -> {
                assertThat(e.code()).isEqualTo("dossier.status.illegal_transition");
                assertThat(e.from()).isEqualTo(from);
                assertThat(e.to()).isEqualTo(to);
                assertThat(e.getMessage())
                    .contains(from.code() + " " + from.name())
                    .contains(to.code() + " " + to.name())
                    .doesNotContain("Bình");
                assertThat(e.isRetryable()).isFalse();
              });
    }
  }

  @Test
  void allowedFrom_isEmptyExactlyForTerminalStatuses() {
    for (DossierStatus status : DossierStatus.values()) {
      assertThat(DossierLifecycle.allowedFrom(status).isEmpty()).isEqualTo(status.isTerminal());
    }
  }

  @Test
  void supplementPause_movesTheDueDateByTheWorkingTimePaused() {
    Dossier paused =
        at("2025-03-11T10:00")
            .requestSupplement(
                inProcess(), OFFICER, "Thiếu bản sao giấy chứng sinh", null, List.of("GCS"));
    assertThat(paused.status()).isEqualTo(SUPPLEMENT_REQUESTED);
    assertThat(paused.supplements()).hasSize(1);
    assertThat(paused.supplements().get(0).requestedAt()).isEqualTo(vn("2025-03-11T10:00"));
    assertThat(paused.supplements().get(0).componentCodes()).containsExactly("GCS");
    assertThat(paused.dueAt()).hasValue(vn("2025-03-14T17:00"));

    // Tuesday 10:00 to Wednesday 10:00 holds 7.5 working hours: Friday 17:00 becomes Monday 17:00.
    Dossier resumed = at("2025-03-12T10:00").transition(paused, IN_PROCESS, OFFICER, "Đã bổ sung");

    assertThat(resumed.dueAt()).hasValue(vn("2025-03-17T17:00"));
    assertThat(resumed.supplements().get(0).fulfilledAt()).hasValue(vn("2025-03-12T10:00"));
    assertThat(resumed.steps().get(resumed.steps().size() - 1).dueAt())
        .hasValue(vn("2025-03-17T17:00"));
    assertThat(DossierValidator.defaults().validate(resumed).isValid()).isTrue();
  }

  @Test
  void pauseOverAWeekend_countsOnlyWorkingTime() {
    Dossier paused =
        at("2025-03-14T16:00").transition(inProcess(), AWAITING_PAYMENT, OFFICER, "Chờ nộp phí");
    // Friday 16:00 to Monday 08:30: 1 hour on Friday, 1 hour on Monday.
    Dossier resumed = at("2025-03-17T08:30").transition(paused, IN_PROCESS, OFFICER, null);

    assertThat(resumed.dueAt()).hasValue(vn("2025-03-17T09:30"));
  }

  @Test
  void pauseOutsideOfficeHours_leavesTheDueDate() {
    Dossier paused =
        at("2025-03-15T09:00").transition(inProcess(), SUPPLEMENT_REQUESTED, OFFICER, "Bổ sung");
    Dossier resumed = at("2025-03-16T09:00").transition(paused, IN_PROCESS, OFFICER, null);

    assertThat(resumed.dueAt()).hasValue(vn("2025-03-14T17:00"));
  }

  @Test
  void paymentThenResult_doesNotExtendAndSetsTheEndOfProcessing() {
    Dossier paused =
        at("2025-03-11T10:00").transition(inProcess(), AWAITING_PAYMENT, OFFICER, null);
    Dossier ready = at("2025-03-12T10:00").transition(paused, RESULT_READY, OFFICER, null);
    Dossier returned = at("2025-03-13T10:00").transition(ready, RETURNED, OFFICER, null);

    assertThat(ready.dueAt()).hasValue(vn("2025-03-14T17:00"));
    assertThat(ready.finishedAt()).hasValue(vn("2025-03-12T10:00"));
    assertThat(returned.returnedAt()).hasValue(vn("2025-03-13T10:00"));
    assertThat(DossierValidator.defaults().validate(returned).isValid()).isTrue();
  }

  @Test
  void issueApology_promisesALaterDateAndLeavesTheDossierDueDate() {
    DossierLifecycle lifecycle = at("2025-03-14T09:00");
    Dossier dossier = inProcess();

    ApologySlip slip =
        lifecycle.issueApology(dossier, vn("2025-03-19T17:00"), "Chờ ý kiến cơ quan phối hợp");
    Dossier recorded = lifecycle.recordApology(dossier, slip, OFFICER);

    assertThat(slip.dossierCode()).isEqualTo(dossier.code());
    assertThat(slip.previousDueAt()).isEqualTo(vn("2025-03-14T17:00"));
    assertThat(slip.newDueAt()).isEqualTo(vn("2025-03-19T17:00"));
    assertThat(slip.issuedAt()).isEqualTo(vn("2025-03-14T09:00"));
    assertThat(slip.toString()).doesNotContain("phối hợp");
    assertThat(recorded.dueAt()).hasValue(vn("2025-03-14T17:00"));
    assertThat(recorded.status()).isEqualTo(IN_PROCESS);
    ProcessingStep step = recorded.steps().get(recorded.steps().size() - 1);
    assertThat(step.dueAt()).hasValue(vn("2025-03-19T17:00"));
    assertThat(step.content()).hasValue("Chờ ý kiến cơ quan phối hợp");
  }

  @Test
  void issueApology_rejectsANewDueDateNotLaterThanTheCurrentOne() {
    DossierLifecycle lifecycle = at("2025-03-14T09:00");

    for (OffsetDateTime notLater : List.of(vn("2025-03-14T17:00"), vn("2025-03-13T17:00"))) {
      assertThatThrownBy(() -> lifecycle.issueApology(inProcess(), notLater, "Lý do"))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.code()).isEqualTo("dossier.apology.invalid");
                assertThat(e.report().codes()).containsExactly("dossier.apology.due_not_later");
                assertThat(e.report().violations().get(0).path()).isEqualTo("/newDueAt");
              });
    }
  }

  @Test
  void issueApology_rejectsBlankReasonsMissingDueDatesAndClosedDossiers() {
    DossierLifecycle lifecycle = at("2025-03-14T09:00");
    OffsetDateTime later = vn("2025-03-20T17:00");

    assertThatThrownBy(() -> lifecycle.issueApology(inProcess(), later, " "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.report().codes()).containsExactly("dossier.apology.reason_blank"));
    assertThatThrownBy(() -> lifecycle.issueApology(inProcess(), later, "x".repeat(2001)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.report().codes()).containsExactly("dossier.apology.reason_too_long"));
    assertThatThrownBy(
            () -> lifecycle.issueApology(inProcess().toBuilder().dueAt(null).build(), later, "r"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.report().codes()).containsExactly("dossier.apology.no_due_date"));
    assertThatThrownBy(
            () ->
                lifecycle.issueApology(
                    inProcess().toBuilder().status(RETURNED).build(), later, "r"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.report().codes()).containsExactly("dossier.apology.terminal"));
  }

  @Test
  void recordApology_refusesASlipForAnotherDossier() {
    DossierLifecycle lifecycle = at("2025-03-14T09:00");
    ApologySlip slip = lifecycle.issueApology(inProcess(), vn("2025-03-19T17:00"), "Lý do");
    Dossier other = Samples.constructionPermit();

    assertThatThrownBy(() -> lifecycle.recordApology(other, slip, OFFICER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actorAndStep_neverPrintTheOfficialsName() {
    Dossier after = at("2025-03-11T09:00").transition(inProcess(), RESULT_READY, OFFICER, "Xong");
    ProcessingStep step = after.steps().get(after.steps().size() - 1);

    assertThat(OFFICER.toString()).contains("T*** T*** B***").doesNotContain("Bình");
    assertThat(step.toString()).doesNotContain("Bình").doesNotContain("Xong");
    assertThat(after.toString()).doesNotContain("Bình");
  }
}
