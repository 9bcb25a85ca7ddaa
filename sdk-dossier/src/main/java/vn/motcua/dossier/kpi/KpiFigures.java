package vn.motcua.dossier.kpi;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Document;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.satisfaction.SatisfactionLevel;
import vn.motcua.dossier.satisfaction.SatisfactionRating;

/**
 * KPI figures of a set of dossiers, as exact {@link Ratio}s (Decision 766/2022 scores agencies on
 * figures like these). Definitions:
 *
 * <ul>
 *   <li><b>online</b>: dossiers received through {@link Channel#ONLINE}, of all dossiers;
 *   <li><b>on time</b>: of the dossiers whose processing ended ({@code finishedAt}, else {@code
 *       returnedAt}) and that have a due date, those that ended at or before the due date. The due
 *       date is the dossier's {@code dueAt}: extended for paused time, but not by an apology slip —
 *       a dossier that needed an apology is late;
 *   <li><b>digitized</b>: dossiers with at least one document, every one of which has a digital
 *       copy (a URL, a content reference or a SHA-256 digest), of all dossiers;
 *   <li><b>satisfaction</b>: each level's share of the ratings given.
 * </ul>
 *
 * @param dossiers how many dossiers were counted
 * @param online the share received online
 * @param onTime the share of finished dossiers that finished on time
 * @param digitized the share of digitized dossiers
 * @param verySatisfied the share of "rất hài lòng" ratings
 * @param satisfied the share of "hài lòng" ratings
 * @param dissatisfied the share of "chưa hài lòng" ratings
 */
public record KpiFigures(
    long dossiers,
    Ratio online,
    Ratio onTime,
    Ratio digitized,
    Ratio verySatisfied,
    Ratio satisfied,
    Ratio dissatisfied) {
  /** Checks that every component is present. */
  public KpiFigures {
    Objects.requireNonNull(online, "online");
    Objects.requireNonNull(onTime, "onTime");
    Objects.requireNonNull(digitized, "digitized");
    Objects.requireNonNull(verySatisfied, "verySatisfied");
    Objects.requireNonNull(satisfied, "satisfied");
    Objects.requireNonNull(dissatisfied, "dissatisfied");
  }

  /** Computes the figures of {@code dossiers} and {@code ratings}. */
  public static KpiFigures of(
      Collection<Dossier> dossiers, Collection<SatisfactionRating> ratings) {
    long online = 0;
    long finished = 0;
    long onTime = 0;
    long digitized = 0;
    for (Dossier d : dossiers) {
      if (d.channel() == Channel.ONLINE) {
        online++;
      }
      Optional<OffsetDateTime> end = d.finishedAt().or(d::returnedAt);
      if (end.isPresent() && d.dueAt().isPresent()) {
        finished++;
        if (!end.get().isAfter(d.dueAt().get())) {
          onTime++;
        }
      }
      if (isDigitized(d)) {
        digitized++;
      }
    }
    long[] levels = new long[SatisfactionLevel.values().length];
    for (SatisfactionRating r : ratings) {
      levels[r.level().ordinal()]++;
    }
    long total = ratings.size();
    long count = dossiers.size();
    return new KpiFigures(
        count,
        new Ratio(online, count),
        new Ratio(onTime, finished),
        new Ratio(digitized, count),
        new Ratio(levels[SatisfactionLevel.VERY_SATISFIED.ordinal()], total),
        new Ratio(levels[SatisfactionLevel.SATISFIED.ordinal()], total),
        new Ratio(levels[SatisfactionLevel.DISSATISFIED.ordinal()], total));
  }

  /** Returns whether every document of the dossier has a digital copy (and there is one). */
  public static boolean isDigitized(Dossier dossier) {
    return !dossier.documents().isEmpty()
        && dossier.documents().stream().allMatch(KpiFigures::hasDigitalCopy);
  }

  private static boolean hasDigitalCopy(Document document) {
    return document.url().isPresent()
        || document.contentRef().isPresent()
        || document.sha256().isPresent();
  }
}
