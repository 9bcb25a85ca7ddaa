package vn.motcua.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, without native code. */
final class Terminal {
  private Terminal() {}

  /**
   * Returns whether standard error is a terminal: on Linux from where {@code /proc/self/fd/2}
   * points, elsewhere from whether the JVM has a console (both standard input and output are
   * terminals).
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
