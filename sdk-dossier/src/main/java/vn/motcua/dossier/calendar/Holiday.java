package vn.motcua.dossier.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A day off that is not a weekly rest day as such: a public holiday, a compensatory day, or a day
 * off from the government's yearly arrangement. A holiday may fall on a weekend; {@link
 * WorkingCalendar#holidays(int)} lists those too.
 *
 * @param date the day off
 * @param occasions the public holidays this day off belongs to; empty for an arranged day off that
 *     belongs to none
 * @param kind why the day is off
 * @param source the legal text or decision the day comes from, in Vietnamese, such as {@code Công
 *     văn số 8662/VPCP-KGVX ngày 03/11/2023}
 */
public record Holiday(LocalDate date, Set<PublicHoliday> occasions, Kind kind, String source) {

  /** Why a day is off. */
  public enum Kind {
    /** A public holiday computed from the Labour Code 2019, Article 112. */
    STATUTORY,
    /**
     * A compensatory day (nghỉ bù) computed from the Labour Code 2019, Article 111(3): a public
     * holiday fell on a weekly rest day, so the next working day is off.
     */
    COMPENSATORY,
    /** A day off listed in a yearly arrangement file. */
    ARRANGED
  }

  /** Creates a holiday; {@code occasions} is copied and kept in declaration order. */
  public Holiday {
    Objects.requireNonNull(date, "date");
    occasions =
        occasions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(occasions));
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }
}
