package vn.motcua.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error motcua throws: unchecked, with a stable machine-readable {@link #code()}.
 *
 * <p>Catch a subtype when you react differently to it: {@link InvalidInputException} for input the
 * caller must fix, {@link ServiceException} when a remote service answered with an error, {@link
 * TransportException} when no usable answer arrived. Messages say what failed and what to do; they
 * never contain personal data or secrets, so they are safe to log.
 */
public class MotcuaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * Creates an exception.
   *
   * @param code stable machine-readable code such as {@code json.malformed}
   * @param message what failed and what to do; must not contain personal data
   */
  public MotcuaException(String code, String message) {
    this(code, message, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code stable machine-readable code such as {@code json.malformed}
   * @param message what failed and what to do; must not contain personal data
   * @param cause the underlying failure, kept for diagnosis
   */
  public MotcuaException(String code, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = requireCode(code);
  }

  /**
   * Returns the stable machine-readable code of this error, such as {@code validation.failed}.
   * Codes never change meaning between releases; branch on them, not on messages.
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether repeating the same call later may succeed. Input errors are never retryable;
   * timeouts and temporary unavailability are.
   */
  public boolean isRetryable() {
    return false;
  }

  private static String requireCode(String code) {
    Objects.requireNonNull(code, "code");
    if (!isDottedLowerSnakeCase(code)) {
      throw new IllegalArgumentException("error code must be dotted lower_snake_case: " + code);
    }
    return code;
  }

  /** A loop rather than a regex: a grouped, repeated pattern recurses once per segment. */
  private static boolean isDottedLowerSnakeCase(String code) {
    boolean segmentStart = true;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '.') {
        if (segmentStart) {
          return false;
        }
        segmentStart = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
        segmentStart = false;
      } else {
        return false;
      }
    }
    return !segmentStart;
  }
}
