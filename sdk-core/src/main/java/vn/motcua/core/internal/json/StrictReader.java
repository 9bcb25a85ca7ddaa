package vn.motcua.core.internal.json;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.core.MotcuaException;

/**
 * Reads one JSON document into a value, turning every failure into a motcua exception.
 *
 * <p>It owns the parser, so that at a failure it can still ask the parser where it stood: Jackson
 * attaches no path to failures raised while tokenizing (a duplicate property, an over-long number).
 * It checks for trailing content itself rather than through Jackson, so that content after the
 * first value is reported as trailing whether it is a second value or garbage. Thread-safe.
 */
public final class StrictReader {
  private final JsonMapper mapper;
  private final ObjectReader reader;
  private final StreamReadConstraints constraints;

  /** Creates a reader over a mapper built by {@link HardenedMappers}. */
  public StrictReader(JsonMapper mapper) {
    this.mapper = mapper;
    this.reader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.constraints = mapper.tokenStreamFactory().streamReadConstraints();
  }

  /**
   * Reads the document the opener's parser yields as a {@code type}.
   *
   * @throws vn.motcua.core.InvalidInputException when the input is not one valid value of the type
   * @throws MotcuaException with code {@code json.read_failed} when the input stream fails
   */
  public <T> T read(Function<JsonMapper, JsonParser> opener, JavaType type) {
    return read(opener, type, false);
  }

  /**
   * Reads a document held in memory (bytes or text), as {@link #read}. Memory cannot fail like a
   * stream, so an I/O failure here is undecodable content (bytes that look like an unsupported
   * UTF-32 byte order, say) and is reported as malformed input.
   *
   * @throws vn.motcua.core.InvalidInputException when the input is not one valid value of the type
   */
  public <T> T readInMemory(Function<JsonMapper, JsonParser> opener, JavaType type) {
    return read(opener, type, true);
  }

  private <T> T read(Function<JsonMapper, JsonParser> opener, JavaType type, boolean inMemory) {
    JsonParser parser;
    try {
      parser = opener.apply(mapper);
    } catch (JacksonException e) {
      if (inMemory && e instanceof JacksonIOException) {
        throw JsonFailures.undecodable(e, e.getLocation());
      }
      throw JsonFailures.reading(e, "", constraints, e.getLocation());
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        throw JsonFailures.empty();
      }
      T value = reader.forType(type).readValue(parser);
      if (value == null) {
        throw JsonFailures.empty();
      }
      requireEnd(parser);
      return value;
    } catch (JacksonException e) {
      if (inMemory && e instanceof JacksonIOException) {
        throw JsonFailures.undecodable(e, location(e, parser));
      }
      throw JsonFailures.reading(e, path(e, parser), constraints, location(e, parser));
    }
  }

  /** Converts a value, such as a tree, into a {@code type} under the same rules as reading. */
  public <T> T convert(Object value, JavaType type) {
    T converted;
    try {
      converted = mapper.convertValue(value, type);
    } catch (JacksonException e) {
      JsonParser parser =
          e instanceof StreamReadException read && read.processor() != null
              ? read.processor()
              : null;
      throw JsonFailures.reading(e, path(e, parser), constraints, e.getLocation());
    }
    if (converted == null) {
      throw JsonFailures.empty();
    }
    return converted;
  }

  private static void requireEnd(JsonParser parser) {
    JsonToken next;
    try {
      next = parser.nextToken();
    } catch (StreamReadException e) {
      // Garbage after the value; a broken limit or a failing stream is reported as such.
      throw JsonFailures.trailing(e, location(e, parser));
    }
    if (next != null) {
      throw JsonFailures.trailing(null, parser.currentLocation());
    }
  }

  private static String path(JacksonException e, @Nullable JsonParser parser) {
    // Databind records the path it bound through, including the property a missing or unknown
    // value belongs to; tokenizer failures carry none (or only part), but the parser knows.
    if (e instanceof DatabindException && !e.getPath().isEmpty()) {
      return JsonPointers.of(e.getPath());
    }
    if (parser != null) {
      return JsonPointers.of(parser.streamReadContext());
    }
    return JsonPointers.of(e.getPath());
  }

  private static TokenStreamLocation location(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    return location != null && location.getLineNr() > 0 ? location : parser.currentLocation();
  }
}
