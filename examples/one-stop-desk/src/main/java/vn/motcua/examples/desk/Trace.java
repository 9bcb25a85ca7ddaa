package vn.motcua.examples.desk;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The step-by-step trace the desk prints. Callers pass only values that are not personal data or
 * that they masked with {@link vn.motcua.core.privacy.Mask}; the trace adds nothing of its own.
 */
final class Trace {
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final PrintStream out;
  private int step;

  Trace(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  void text(String line) {
    out.println(line);
  }

  void step(String title) {
    step++;
    out.println();
    out.println("[" + step + "] " + title);
  }

  void line(String label, String value) {
    out.println("    " + pad(label, 15) + " " + value);
  }

  static String time(OffsetDateTime time) {
    return time.withOffsetSameInstant(VIETNAM).format(TIME) + " (+07:00)";
  }

  static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
