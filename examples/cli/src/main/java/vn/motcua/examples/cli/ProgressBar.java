package vn.motcua.examples.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error, redrawn in place with carriage returns. */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private int done;
  private int invalid;
  private int drawnLength;

  ProgressBar(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  /** Draws the bar at zero. */
  void start() {
    draw();
  }

  /** Erases the bar so that a line can be written to the same terminal. */
  void clear() {
    if (drawnLength > 0) {
      err.print('\r' + " ".repeat(drawnLength) + '\r');
      err.flush();
      drawnLength = 0;
    }
  }

  /** Counts one more file and redraws. */
  void step(boolean valid) {
    done++;
    if (!valid) {
      invalid++;
    }
    draw();
  }

  /** Leaves the final state on its own line. */
  void finish() {
    draw();
    err.println();
    err.flush();
  }

  private void draw() {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    String line =
        "["
            + "#".repeat(filled)
            + "-".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " files, "
            + invalid
            + " invalid";
    err.print('\r' + line);
    err.flush();
    drawnLength = line.length();
  }
}
