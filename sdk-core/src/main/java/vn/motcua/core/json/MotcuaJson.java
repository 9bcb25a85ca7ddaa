package vn.motcua.core.json;

import java.io.InputStream;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.internal.json.HardenedMappers;
import vn.motcua.core.internal.json.JsonFailures;
import vn.motcua.core.internal.json.StrictReader;

/**
 * motcua's hardened JSON mapper: strict, bounded, and silent about input values in its errors.
 *
 * <p>Reading rejects what a lenient parser would guess at: duplicate property names, content after
 * the value, strings where numbers or booleans belong (and the reverse), floats into integers,
 * {@code null} into primitives, numbers into enums or dates, empty strings as {@code null} objects,
 * and by default properties the target type does not declare. Input is bounded by {@link
 * JsonLimits}. Polymorphic typing by class name is never enabled, so input cannot choose a class to
 * instantiate. {@code java.time} values are ISO-8601 strings, read and written with the offset they
 * carry, never adjusted to another time zone.
 *
 * <p>Every read failure is an {@link InvalidInputException} whose code is also the code of its
 * single violation ({@code json.malformed}, {@code json.empty}, {@code json.duplicate_key}, {@code
 * json.trailing_tokens}, {@code json.type_mismatch}, {@code json.unknown_property}, {@code
 * json.too_deep}, {@code json.too_long}, {@code json.missing_required}, {@code
 * json.invalid_value}), located by the JSON Pointer of the problem. When a value type rejects its
 * input by throwing {@link InvalidInputException} itself (an identifier, say), the exception has
 * code {@code json.invalid_value} and the report holds that type's own violations, moved under the
 * JSON Pointer of the value.
 *
 * <p>No input value appears in any message, report or cause. Jackson's messages quote input, so its
 * exception is not chained; the cause is a stand-in that keeps Jackson's exception class, the line
 * and column, and the stack frames.
 *
 * <p>Writing omits {@code null} properties, does not indent, orders bean properties by name (record
 * components in declaration order) and map entries by key, so equal values give equal output.
 *
 * <p>Instances are immutable and thread-safe; share them. {@link #mapper()} exposes the underlying
 * Jackson mapper for framework integration; using it directly keeps the hardening but not the
 * translation of failures.
 */
public final class MotcuaJson {
  private final JsonLimits limits;
  private final UnknownProperties unknownProperties;
  private final JsonMapper mapper;
  private final StrictReader reader;

  private MotcuaJson(JsonLimits limits, UnknownProperties unknownProperties) {
    this.limits = limits;
    this.unknownProperties = unknownProperties;
    this.mapper = HardenedMappers.build(limits, unknownProperties);
    this.reader = new StrictReader(mapper);
  }

  /** Returns the shared instance with default limits that rejects unknown properties. */
  public static MotcuaJson strict() {
    return StrictHolder.INSTANCE;
  }

  /** Returns the shared instance with default limits that ignores unknown properties. */
  public static MotcuaJson lenient() {
    return LenientHolder.INSTANCE;
  }

  /** Returns a builder, starting from default limits and rejecting unknown properties. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the hardened Jackson mapper, immutable and safe to share. */
  public JsonMapper mapper() {
    return mapper;
  }

  /** Returns the limits on input. */
  public JsonLimits limits() {
    return limits;
  }

  /** Returns what reading does with undeclared properties. */
  public UnknownProperties unknownProperties() {
    return unknownProperties;
  }

  /**
   * Reads a UTF-8 (or UTF-16/32, detected) document as a {@code type}.
   *
   * @throws InvalidInputException when the input is not one valid value of the type
   */
  public <T> T read(byte[] json, Class<T> type) {
    return read(json, mapper.constructType(type));
  }

  /**
   * Reads a document as a generic type, such as {@code List<Document>}; see {@link #read(byte[],
   * Class)}.
   */
  public <T> T read(byte[] json, TypeReference<T> type) {
    return read(json, mapper.constructType(type));
  }

  /** Reads a document as a type built at run time; see {@link #read(byte[], Class)}. */
  public <T> T read(byte[] json, JavaType type) {
    Objects.requireNonNull(json, "json");
    return reader.readInMemory(m -> m.createParser(json), Objects.requireNonNull(type, "type"));
  }

  /** Reads a document held as text; see {@link #read(byte[], Class)}. */
  public <T> T read(String json, Class<T> type) {
    return read(json, mapper.constructType(type));
  }

  /** Reads a document held as text as a generic type; see {@link #read(byte[], Class)}. */
  public <T> T read(String json, TypeReference<T> type) {
    return read(json, mapper.constructType(type));
  }

  /**
   * Reads a document held as text as a type built at run time; see {@link #read(byte[], Class)}.
   */
  public <T> T read(String json, JavaType type) {
    Objects.requireNonNull(json, "json");
    return reader.readInMemory(m -> m.createParser(json), Objects.requireNonNull(type, "type"));
  }

  /**
   * Reads a document from a stream, to its end; the stream is not closed.
   *
   * @throws InvalidInputException when the input is not one valid value of the type
   * @throws MotcuaException with code {@code json.read_failed} when the stream fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    return read(json, mapper.constructType(type));
  }

  /** Reads a document from a stream as a generic type; see {@link #read(InputStream, Class)}. */
  public <T> T read(InputStream json, TypeReference<T> type) {
    return read(json, mapper.constructType(type));
  }

  /**
   * Reads a document from a stream as a type built at run time; see {@link #read(InputStream,
   * Class)}.
   */
  public <T> T read(InputStream json, JavaType type) {
    Objects.requireNonNull(json, "json");
    return reader.read(m -> m.createParser(json), Objects.requireNonNull(type, "type"));
  }

  /** Reads a document as a tree, under the same rules; see {@link #read(byte[], Class)}. */
  public JsonNode readTree(byte[] json) {
    return read(json, JsonNode.class);
  }

  /** Reads a document held as text as a tree; see {@link #read(byte[], Class)}. */
  public JsonNode readTree(String json) {
    return read(json, JsonNode.class);
  }

  /** Reads a document from a stream as a tree; see {@link #read(InputStream, Class)}. */
  public JsonNode readTree(InputStream json) {
    return read(json, JsonNode.class);
  }

  /**
   * Converts a value, typically a {@link JsonNode} or a map, into a {@code type} under the same
   * rules as reading (no coercion, no unknown properties unless lenient).
   *
   * @throws InvalidInputException when the value does not fit the type
   */
  public <T> T convert(Object value, Class<T> type) {
    return reader.convert(Objects.requireNonNull(value, "value"), mapper.constructType(type));
  }

  /** Converts a value into a generic type; see {@link #convert(Object, Class)}. */
  public <T> T convert(Object value, TypeReference<T> type) {
    return reader.convert(Objects.requireNonNull(value, "value"), mapper.constructType(type));
  }

  /**
   * Writes a value as compact JSON text.
   *
   * @throws MotcuaException with code {@code json.write_failed} when the value cannot be written
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JacksonException e) {
      throw JsonFailures.writing(e, value.getClass());
    }
  }

  /** Writes a value as compact UTF-8 JSON; see {@link #write(Object)}. */
  public byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw JsonFailures.writing(e, value.getClass());
    }
  }

  @Override
  public String toString() {
    return "MotcuaJson[unknownProperties=" + unknownProperties + ", " + limits + "]";
  }

  /** Builds a {@link MotcuaJson}; not thread-safe. */
  public static final class Builder {
    private JsonLimits limits = JsonLimits.defaults();
    private UnknownProperties unknownProperties = UnknownProperties.REJECT;

    private Builder() {}

    /** Sets the limits on input; default {@link JsonLimits#defaults()}. */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Sets what reading does with undeclared properties; default {@code REJECT}. */
    public Builder unknownProperties(UnknownProperties unknownProperties) {
      this.unknownProperties = Objects.requireNonNull(unknownProperties, "unknownProperties");
      return this;
    }

    /** Returns a new instance with its own mapper. */
    public MotcuaJson build() {
      return new MotcuaJson(limits, unknownProperties);
    }
  }

  // Each shared instance is built on first use: a mapper costs a few milliseconds to build.
  private static final class StrictHolder {
    static final MotcuaJson INSTANCE =
        new MotcuaJson(JsonLimits.defaults(), UnknownProperties.REJECT);
  }

  private static final class LenientHolder {
    static final MotcuaJson INSTANCE =
        new MotcuaJson(JsonLimits.defaults(), UnknownProperties.IGNORE);
  }
}
