package vn.motcua.core.internal.json;

/** The stable codes of JSON failures. Each {@code json.*} violation code has a bundle text. */
public final class JsonCodes {
  /** The input is not well-formed JSON. */
  public static final String MALFORMED = "json.malformed";

  /** The input holds no value: nothing but whitespace, or {@code null}. */
  public static final String EMPTY = "json.empty";

  /** An object names the same property twice. */
  public static final String DUPLICATE_KEY = "json.duplicate_key";

  /** Content follows the first complete value. */
  public static final String TRAILING_TOKENS = "json.trailing_tokens";

  /** A value has the wrong JSON type for its target and is not converted. */
  public static final String TYPE_MISMATCH = "json.type_mismatch";

  /** An object has a property its target type does not declare. */
  public static final String UNKNOWN_PROPERTY = "json.unknown_property";

  /** Arrays and objects nest deeper than allowed. */
  public static final String TOO_DEEP = "json.too_deep";

  /** A string, number, name or the document is longer than allowed. */
  public static final String TOO_LONG = "json.too_long";

  /** A required property is missing, or null where a value is required. */
  public static final String MISSING_REQUIRED = "json.missing_required";

  /** A value has the right JSON type but is not acceptable: a date that does not exist, say. */
  public static final String INVALID_VALUE = "json.invalid_value";

  /** The input stream failed while being read; not the input's fault. */
  public static final String READ_FAILED = "json.read_failed";

  /** A value could not be written as JSON. */
  public static final String WRITE_FAILED = "json.write_failed";

  /** The target type cannot be bound at all (no usable constructor, say): a programming error. */
  public static final String UNSUPPORTED_TYPE = "json.unsupported_type";

  private JsonCodes() {}
}
