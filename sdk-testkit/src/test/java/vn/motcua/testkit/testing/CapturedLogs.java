package vn.motcua.testkit.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;
import org.slf4j.helpers.MessageFormatter;

/**
 * Every log line written through SLF4J during the test run, at every level including TRACE, with
 * the full stack trace of any attached throwable. Privacy tests search it for personal data.
 */
public final class CapturedLogs {
  private static final List<String> LINES = new ArrayList<>();

  private CapturedLogs() {}

  /** Returns a copy of every line captured so far. */
  public static synchronized List<String> lines() {
    return List.copyOf(LINES);
  }

  /** Returns every captured line joined, for substring searches. */
  public static String all() {
    return String.join("\n", lines());
  }

  static synchronized void record(
      Level level,
      String logger,
      @Nullable String pattern,
      Object @Nullable [] args,
      @Nullable Throwable thrown) {
    String text = MessageFormatter.basicArrayFormat(pattern, args);
    StringBuilder line = new StringBuilder().append(level).append(' ').append(logger);
    line.append(": ").append(text);
    if (thrown != null) {
      StringWriter trace = new StringWriter();
      thrown.printStackTrace(new PrintWriter(trace));
      line.append('\n').append(trace);
    }
    LINES.add(line.toString());
  }
}
