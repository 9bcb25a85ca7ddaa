package vn.motcua.core.internal.json;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.internal.validation.CoreMessages;
import vn.motcua.core.validation.ValidationReport;
import vn.motcua.core.validation.Violation;

/**
 * Translates Jackson failures into motcua exceptions whose messages, reports and causes hold no
 * input value.
 *
 * <p>Jackson gives most failures a specific exception type; a few share one (a duplicate property
 * and a syntax error are both a {@link StreamReadException}) and are told apart by the start of
 * Jackson's message. Those prefixes are pinned by tests, so a Jackson upgrade that changes them
 * fails the build instead of changing codes.
 */
public final class JsonFailures {
  // Cause chains can be cyclic; real ones are a few links long.
  private static final int MAX_CAUSE_DEPTH = 16;

  private JsonFailures() {}

  /**
   * Returns the exception for a failure while reading input.
   *
   * @param failure what Jackson threw
   * @param path JSON Pointer of the problem
   * @param constraints the limits in force, to report the one that was exceeded
   * @param location where in the input, if known
   */
  public static MotcuaException reading(
      JacksonException failure,
      String path,
      StreamReadConstraints constraints,
      @Nullable TokenStreamLocation location) {
    if (failure instanceof JacksonIOException && failure.getCause() != null) {
      return new MotcuaException(
          JsonCodes.READ_FAILED,
          "Could not read the JSON input because the stream failed; retry the read",
          failure.getCause());
    }
    if (failure instanceof InvalidDefinitionException definition) {
      String type =
          definition.getType() == null ? "the target type" : definition.getType().toString();
      return new MotcuaException(
          JsonCodes.UNSUPPORTED_TYPE,
          "Cannot bind JSON to "
              + type
              + ": give it a constructor or factory Jackson can use, or a deserializer",
          new RedactedCause(failure, location));
    }
    InvalidInputException nested = nestedInvalidInput(failure);
    if (nested != null) {
      ValidationReport report = nested.report().under(path);
      return new InvalidInputException(
          JsonCodes.INVALID_VALUE, "Invalid JSON input: " + report.summary(), report, nested);
    }
    return invalid(code(failure), path, args(failure, constraints), failure, location);
  }

  /**
   * Returns the exception for input held in memory that cannot be decoded as JSON text at all, such
   * as bytes that look like UTF-32 in an unsupported byte order: malformed input.
   */
  public static InvalidInputException undecodable(
      JacksonException failure, @Nullable TokenStreamLocation location) {
    return invalid(JsonCodes.MALFORMED, "", Map.of(), failure, location);
  }

  /** Returns the exception for content that follows the first complete value. */
  public static InvalidInputException trailing(
      @Nullable JacksonException failure, @Nullable TokenStreamLocation location) {
    return invalid(JsonCodes.TRAILING_TOKENS, "", Map.of(), failure, location);
  }

  /** Returns the exception for input that holds no value. */
  public static InvalidInputException empty() {
    return invalid(JsonCodes.EMPTY, "", Map.of(), null, null);
  }

  /** Returns the exception for a value that could not be written. */
  public static MotcuaException writing(JacksonException failure, Class<?> type) {
    return new MotcuaException(
        JsonCodes.WRITE_FAILED,
        "Could not write a "
            + type.getName()
            + " as JSON; check that it has readable properties and no cycles",
        new RedactedCause(failure, null));
  }

  private static InvalidInputException invalid(
      String code,
      String path,
      Map<String, ?> args,
      @Nullable JacksonException failure,
      @Nullable TokenStreamLocation location) {
    ValidationReport report =
        ValidationReport.of(Violation.of(path, code, args, CoreMessages.source()));
    return new InvalidInputException(
        code,
        "Invalid JSON input: " + report.summary(),
        report,
        failure == null ? null : new RedactedCause(failure, location));
  }

  private static String code(JacksonException failure) {
    String message = Objects.toString(failure.getOriginalMessage(), "");
    if (failure instanceof StreamConstraintsException) {
      return message.contains("getMaxNestingDepth") ? JsonCodes.TOO_DEEP : JsonCodes.TOO_LONG;
    }
    if (failure instanceof InputCoercionException) {
      return JsonCodes.INVALID_VALUE; // a number out of the target's range
    }
    if (failure instanceof StreamReadException) {
      return message.startsWith("Duplicate ") ? JsonCodes.DUPLICATE_KEY : JsonCodes.MALFORMED;
    }
    if (failure instanceof PropertyBindingException) {
      return JsonCodes.UNKNOWN_PROPERTY;
    }
    if (failure instanceof InvalidTypeIdException) {
      return JsonCodes.INVALID_VALUE; // a type id that is unknown or refused
    }
    if (failure instanceof InvalidNullException) {
      return JsonCodes.MISSING_REQUIRED;
    }
    if (failure instanceof InvalidFormatException format) {
      // Right JSON type, unacceptable text (an unknown enum name, a date that does not exist);
      // everything else is a refused coercion such as 12 for a String.
      return format.getValue() instanceof String && !message.startsWith("Cannot coerce")
          ? JsonCodes.INVALID_VALUE
          : JsonCodes.TYPE_MISMATCH;
    }
    if (failure instanceof MismatchedInputException) {
      return mismatchCode(message);
    }
    return JsonCodes.INVALID_VALUE;
  }

  private static String mismatchCode(String message) {
    if (message.startsWith("Missing required creator property")
        || message.startsWith("Cannot map `null`")) {
      return JsonCodes.MISSING_REQUIRED;
    }
    if (message.startsWith("Trailing token")) {
      return JsonCodes.TRAILING_TOKENS;
    }
    if (message.startsWith("No content to map")) {
      return JsonCodes.EMPTY;
    }
    if (message.startsWith("Duplicate ")) {
      return JsonCodes.DUPLICATE_KEY;
    }
    return JsonCodes.TYPE_MISMATCH;
  }

  private static Map<String, ?> args(JacksonException failure, StreamReadConstraints limits) {
    if (!(failure instanceof StreamConstraintsException)) {
      return Map.of();
    }
    String message = Objects.toString(failure.getOriginalMessage(), "");
    long max;
    if (message.contains("getMaxNestingDepth")) {
      max = limits.getMaxNestingDepth();
    } else if (message.contains("getMaxStringLength")) {
      max = limits.getMaxStringLength();
    } else if (message.contains("getMaxNumberLength")) {
      max = limits.getMaxNumberLength();
    } else if (message.contains("getMaxNameLength")) {
      max = limits.getMaxNameLength();
    } else if (message.contains("getMaxDocumentLength")) {
      max = limits.getMaxDocumentLength();
    } else if (message.contains("getMaxTokenCount")) {
      max = limits.getMaxTokenCount();
    } else {
      max = limits.getMaxBigIntegerScale();
    }
    return Map.of("max", max);
  }

  /**
   * Returns the report of a value type that rejected its input itself, such as an identifier whose
   * factory throws {@link InvalidInputException}: its violations are kept, under the JSON path.
   */
  private static @Nullable InvalidInputException nestedInvalidInput(JacksonException failure) {
    Throwable t = failure.getCause();
    for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }
}
