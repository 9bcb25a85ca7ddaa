package vn.motcua.core.internal.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Stands in for a Jackson failure as the cause of a motcua exception.
 *
 * <p>Jackson's messages quote input ({@code Cannot coerce String value ("...")}), and so do the
 * messages of the exceptions it wraps ({@code DateTimeParseException}, an exception thrown by a
 * constructor). A chained Jackson exception would put those values into every logged stack trace.
 * This stand-in keeps what helps diagnosis and cannot hold input: the Jackson exception's class,
 * the line and column, and the stack frames. Its own cause is always empty.
 */
public final class RedactedCause extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the stand-in for {@code failure}, located at {@code location} when known. */
  public RedactedCause(JacksonException failure, @Nullable TokenStreamLocation location) {
    super(describe(failure, location), null, false, true);
    setStackTrace(failure.getStackTrace());
  }

  private static String describe(JacksonException failure, @Nullable TokenStreamLocation location) {
    StringBuilder text = new StringBuilder(failure.getClass().getName());
    if (location != null && location.getLineNr() > 0) {
      text.append(" at line ")
          .append(location.getLineNr())
          .append(", column ")
          .append(location.getColumnNr());
    }
    return text.append(" (message withheld: it may quote input)").toString();
  }
}
