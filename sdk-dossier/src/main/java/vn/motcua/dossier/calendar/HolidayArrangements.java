package vn.motcua.dossier.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.dossier.internal.calendar.ArrangementReader;
import vn.motcua.dossier.internal.calendar.CalendarErrors;
import vn.motcua.dossier.internal.calendar.YearArrangement;

/**
 * The government's yearly holiday arrangements, as data: for each year, which days are off for Tết
 * and National Day (the Prime Minister fixes them each year under the Labour Code 2019, Article
 * 112(3)), which working days are swapped with a weekend day to bridge a holiday, and the decision
 * or official letter each comes from.
 *
 * <p>One JSON file holds one year. Its periods each settle some public holidays (their days off
 * replace the computed ones, compensatory days included) and may add days off and swapped working
 * days. Years with no file, and holidays a file does not settle, follow the statutory rules. The
 * format and how to add a year are described in {@code docs/calendar.md}.
 *
 * <p>motcua ships the years it could establish from published decisions ({@link #shipped()}); add
 * newer years from your own files with {@link #readDirectory(Path)} and {@link
 * #with(HolidayArrangements)}. Instances are immutable and thread-safe.
 */
public final class HolidayArrangements {
  private static final String RESOURCE_DIRECTORY = "arrangements/";
  private static final String INDEX = RESOURCE_DIRECTORY + "index.txt";
  private static final HolidayArrangements NONE = new HolidayArrangements(Map.of());

  private final SortedMap<Integer, YearArrangement> years;

  private HolidayArrangements(Map<Integer, YearArrangement> years) {
    this.years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
  }

  /** Returns no arrangement: every year follows the statutory rules. */
  public static HolidayArrangements none() {
    return NONE;
  }

  /**
   * Returns the arrangements shipped with motcua, one resource per year under {@code
   * vn/motcua/dossier/calendar/arrangements/}.
   *
   * @throws MotcuaException with code {@code calendar.arrangement.unreadable} when a resource is
   *     missing from the classpath (a broken build)
   */
  public static HolidayArrangements shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Reads one year's arrangement from a JSON stream; the stream is read to its end and not closed.
   *
   * @param name the file name, quoted in error messages
   * @throws InvalidInputException with code {@code calendar.arrangement.invalid} whose report lists
   *     every problem with its JSON Pointer
   * @throws MotcuaException with code {@code calendar.arrangement.unreadable} when the stream fails
   */
  public static HolidayArrangements read(InputStream json, String name) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(name, "name");
    byte[] bytes;
    try {
      bytes = json.readAllBytes();
    } catch (IOException e) {
      throw unreadable(name, e);
    }
    YearArrangement year = ArrangementReader.read(bytes, name);
    return new HolidayArrangements(Map.of(year.year(), year));
  }

  /**
   * Reads one year's arrangement from a JSON file.
   *
   * @throws InvalidInputException with code {@code calendar.arrangement.invalid}
   * @throws MotcuaException with code {@code calendar.arrangement.unreadable} when the file cannot
   *     be read
   */
  public static HolidayArrangements read(Path file) {
    String name = String.valueOf(file.getFileName());
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /**
   * Reads every {@code *.json} file of a directory, one year each.
   *
   * @throws InvalidInputException with code {@code calendar.arrangement.invalid} when a file is
   *     invalid or two files hold the same year
   * @throws MotcuaException with code {@code calendar.arrangement.unreadable} when the directory or
   *     a file cannot be read
   */
  public static HolidayArrangements readDirectory(Path directory) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.json")) {
      stream.forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(String.valueOf(directory.getFileName()), e);
    }
    Collections.sort(files);
    Map<Integer, YearArrangement> years = new TreeMap<>();
    for (Path file : files) {
      addOnce(years, read(file));
    }
    return new HolidayArrangements(years);
  }

  /**
   * Returns these arrangements with {@code more}'s years added; a year in both is taken whole from
   * {@code more}, so a file of your own replaces the shipped one for its year.
   */
  public HolidayArrangements with(HolidayArrangements more) {
    Map<Integer, YearArrangement> merged = new TreeMap<>(years);
    merged.putAll(more.years);
    return new HolidayArrangements(merged);
  }

  /** Returns the years that have an arrangement, in order. */
  public SortedSet<Integer> years() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
  }

  /** Returns the arrangement of {@code year}; for the working calendar. */
  Optional<YearArrangement> forYear(int year) {
    return Optional.ofNullable(years.get(year));
  }

  /** Returns {@code HolidayArrangements[2023 (2023.json), 2024 (2024.json)]}. */
  @Override
  public String toString() {
    List<String> shown = new ArrayList<>();
    years.forEach((year, arrangement) -> shown.add(year + " (" + arrangement.origin() + ")"));
    return "HolidayArrangements" + shown;
  }

  private static void addOnce(Map<Integer, YearArrangement> years, HolidayArrangements one) {
    for (YearArrangement year : one.years.values()) {
      YearArrangement earlier = years.putIfAbsent(year.year(), year);
      if (earlier != null) {
        throw new InvalidInputException(
            CalendarErrors.ARRANGEMENT_INVALID,
            "Holiday arrangements "
                + earlier.origin()
                + " and "
                + year.origin()
                + " are both for "
                + year.year()
                + "; keep one file per year",
            ValidationReport.of(
                CalendarErrors.violation(
                    "/year", "calendar.arrangement.duplicate_year", Map.of("year", year.year()))),
            null);
      }
    }
  }

  private static MotcuaException unreadable(String name, Exception cause) {
    return new MotcuaException(
        CalendarErrors.ARRANGEMENT_UNREADABLE,
        "Cannot read holiday arrangement " + name + "; check that it exists and is readable",
        cause);
  }

  private static final class Shipped {
    static final HolidayArrangements INSTANCE = load();

    private static HolidayArrangements load() {
      Map<Integer, YearArrangement> years = new TreeMap<>();
      for (String file : resourceLines(INDEX)) {
        try (InputStream in = open(RESOURCE_DIRECTORY + file)) {
          addOnce(years, read(in, file));
        } catch (IOException e) {
          throw unreadable(file, e);
        }
      }
      return new HolidayArrangements(years);
    }

    private static List<String> resourceLines(String resource) {
      try (InputStream in = open(resource)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();
      } catch (IOException e) {
        throw unreadable(resource, e);
      }
    }

    private static InputStream open(String resource) throws IOException {
      InputStream in = HolidayArrangements.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return in;
    }
  }
}
