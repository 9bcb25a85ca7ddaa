package vn.motcua.dossier.internal.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Every lunar month between two solar years, computed once: where it starts, its number, its year
 * and whether it is a leap month. Immutable and thread-safe after construction.
 *
 * <p>The rules (as in the Vietnamese calendar, and the Chinese one at another meridian):
 *
 * <ol>
 *   <li>a month starts on the local day that holds the new moon;
 *   <li>the 11th month is the one holding the December solstice (the Sun at 270°);
 *   <li>when 13 months lie between two 11th months, the first of them after the 11th month that
 *       holds no major solar term (the Sun crossing a multiple of 30°) is a leap month, numbered
 *       like the month before it;
 *   <li>days are civil days at a fixed UTC offset: +7 (105° E) for Vietnam.
 * </ol>
 *
 * <p>A major solar term "lies in" a month when the Sun's longitude at the local midnight that
 * starts the month and at the one that starts the next month fall in different 30° sectors.
 */
public final class LunarTable {
  private final LocalDate first;
  private final LocalDate last;
  private final long[] starts; // starts.length == months + 1: the last entry ends the last month
  private final int[] years;
  private final byte[] numbers;
  private final boolean[] leaps;
  private final Map<Integer, Integer> indexByMonth = new HashMap<>();

  private LunarTable(
      LocalDate first,
      LocalDate last,
      long[] starts,
      int[] years,
      byte[] numbers,
      boolean[] leaps) {
    this.first = first;
    this.last = last;
    this.starts = starts;
    this.years = years;
    this.numbers = numbers;
    this.leaps = leaps;
    for (int i = 0; i < years.length; i++) {
      indexByMonth.put(key(years[i], numbers[i], leaps[i]), i);
    }
  }

  /**
   * Computes the months that cover every day of the solar years {@code firstYear} to {@code
   * lastYear}, for days counted at {@code offsetSeconds} from UTC.
   */
  public static LunarTable compute(int firstYear, int lastYear, int offsetSeconds) {
    return new Builder(offsetSeconds).build(firstYear, lastYear);
  }

  /** Returns the first solar day covered. */
  public LocalDate first() {
    return first;
  }

  /** Returns the last solar day covered. */
  public LocalDate last() {
    return last;
  }

  /** Returns whether the solar day is covered. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /** Returns the index of the month holding {@code epochDay}, which must be covered. */
  public int monthIndex(long epochDay) {
    int low = 0;
    int high = years.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= epochDay) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Returns the index of a month, or -1 when the table does not hold it. */
  public int indexOf(int year, int month, boolean leap) {
    Integer index = indexByMonth.get(key(year, month, leap));
    return index == null ? -1 : index;
  }

  /** Returns the epoch day on which month {@code index} starts. */
  public long start(int index) {
    return starts[index];
  }

  /** Returns the number of days (29 or 30) of month {@code index}. */
  public int length(int index) {
    return (int) (starts[index + 1] - starts[index]);
  }

  /** Returns the lunar year of month {@code index}. */
  public int year(int index) {
    return years[index];
  }

  /** Returns the number (1–12) of month {@code index}. */
  public int number(int index) {
    return numbers[index];
  }

  /** Returns whether month {@code index} is a leap month. */
  public boolean isLeap(int index) {
    return leaps[index];
  }

  private static int key(int year, int month, boolean leap) {
    return year * 32 + month * 2 + (leap ? 1 : 0);
  }

  /** The astronomy at one UTC offset, and the assembly of the table. */
  private static final class Builder {
    private static final int WINTER_SOLSTICE_SECTOR = 9; // 270°–300°

    private final double offsetDays;

    Builder(int offsetSeconds) {
      this.offsetDays = offsetSeconds / 86400.0;
    }

    LunarTable build(int firstYear, int lastYear) {
      int suiCount = lastYear - firstYear + 2; // from the 11th month of firstYear - 1
      long[] month11 = new long[suiCount + 1];
      for (int i = 0; i <= suiCount; i++) {
        month11[i] = month11(firstYear - 1 + i);
      }
      int capacity = (int) (month11[suiCount] - month11[0]);
      long[] starts = new long[capacity + 1];
      int[] years = new int[capacity];
      byte[] numbers = new byte[capacity];
      boolean[] leaps = new boolean[capacity];
      int n = 0;
      for (int i = 0; i < suiCount; i++) {
        int year = firstYear - 1 + i;
        long k11 = month11[i];
        int months = (int) (month11[i + 1] - k11);
        int leap = months == 13 ? leapOffset(k11) : -1;
        for (int offset = 0; offset < months; offset++) {
          int counted = leap >= 0 && offset >= leap ? offset - 1 : offset;
          starts[n] = newMoonDay(k11 + offset);
          numbers[n] = (byte) ((10 + counted) % 12 + 1);
          years[n] = counted <= 1 ? year : year + 1;
          leaps[n] = offset == leap;
          n++;
        }
      }
      starts[n] = newMoonDay(month11[suiCount]);
      return new LunarTable(
          LocalDate.of(firstYear, 1, 1),
          LocalDate.of(lastYear, 12, 31),
          starts,
          years,
          numbers,
          leaps);
    }

    /** Returns the index k of the new moon that starts the 11th month of lunar year {@code y}. */
    private long month11(int y) {
      long dec31 = LocalDate.of(y, 12, 31).toEpochDay();
      long k =
          (long)
              Math.floor(
                  (dec31 + Astronomy.JD_UNIX_EPOCH - Astronomy.NEW_MOON_EPOCH)
                      / Astronomy.SYNODIC_MONTH);
      while (newMoonDay(k + 1) <= dec31) {
        k++;
      }
      while (newMoonDay(k) > dec31) {
        k--;
      }
      while (sector(newMoonDay(k)) >= WINTER_SOLSTICE_SECTOR) {
        k--; // this month started after the solstice: the one before holds it
      }
      return k;
    }

    /** Returns the offset (1–12) from the 11th month of the first month with no major term. */
    private int leapOffset(long k11) {
      int previous = sector(newMoonDay(k11 + 1));
      for (int offset = 1; offset <= 12; offset++) {
        int next = sector(newMoonDay(k11 + offset + 1));
        if (next == previous) {
          return offset;
        }
        previous = next;
      }
      throw new IllegalStateException("no month without a major solar term in a 13-month year");
    }

    /** Returns the local epoch day holding new moon {@code k}. */
    private long newMoonDay(long k) {
      return (long) Math.floor(Astronomy.newMoonUt(k) + offsetDays - Astronomy.JD_UNIX_EPOCH);
    }

    /** Returns the Sun's 30° sector (0–11) at the local midnight that starts {@code epochDay}. */
    private int sector(long epochDay) {
      double jdUt = epochDay + Astronomy.JD_UNIX_EPOCH - offsetDays;
      return (int) Math.floor(Astronomy.sunLongitude(jdUt) / 30);
    }
  }
}
