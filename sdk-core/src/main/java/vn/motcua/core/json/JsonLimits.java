package vn.motcua.core.json;

import java.util.Objects;

/**
 * Bounds on JSON input, checked while parsing so that oversized or deeply nested input is rejected
 * before it costs memory or stack. Immutable; build one with {@link #builder()}.
 *
 * <p>The defaults suit motcua's payloads (dossiers, procedure catalogue pages, identity provider
 * answers), with a wide margin:
 *
 * <ul>
 *   <li>nesting depth 64: real payloads nest fewer than 10 levels; a low bound keeps recursive
 *       binding far from a {@link StackOverflowError};
 *   <li>string length 1,000,000 characters: room for a signed token or a small inline attachment,
 *       while no single value can dominate memory;
 *   <li>number length 100 characters: amounts in VND and identifiers need at most about 20 digits;
 *       parsing very long numbers into {@code BigDecimal} costs super-linear time;
 *   <li>property name length 1,000 characters: names are field names or claim URIs;
 *   <li>document length 10 MiB (bytes for byte input, characters for text input): a page of the
 *       procedure catalogue, the largest payload we read, is far smaller;
 *   <li>token count 1,000,000: bounds the objects a document may allocate, since a 10 MiB array of
 *       tiny values would otherwise expand to hundreds of megabytes in memory.
 * </ul>
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS = builder().build();

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final long maxDocumentLength;
  private final long maxTokenCount;

  private JsonLimits(Builder b) {
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxNameLength = b.maxNameLength;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxTokenCount = b.maxTokenCount;
  }

  /** Returns the default limits described in the class documentation. */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .maxDocumentLength(maxDocumentLength)
        .maxTokenCount(maxTokenCount);
  }

  /** Returns the deepest allowed nesting of arrays and objects. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** Returns the longest allowed string value, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** Returns the longest allowed number, in characters (digits, sign, point, exponent). */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** Returns the longest allowed property name, in characters. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** Returns the longest allowed document: bytes for byte input, characters for text input. */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** Returns the largest allowed number of tokens (values, names, brackets) in a document. */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonLimits other
        && maxNestingDepth == other.maxNestingDepth
        && maxStringLength == other.maxStringLength
        && maxNumberLength == other.maxNumberLength
        && maxNameLength == other.maxNameLength
        && maxDocumentLength == other.maxDocumentLength
        && maxTokenCount == other.maxTokenCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxDocumentLength,
        maxTokenCount);
  }

  @Override
  public String toString() {
    return "JsonLimits[maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxDocumentLength="
        + maxDocumentLength
        + ", maxTokenCount="
        + maxTokenCount
        + "]";
  }

  /** Builds {@link JsonLimits}; every limit must be positive. Not thread-safe. */
  public static final class Builder {
    private int maxNestingDepth = 64;
    private int maxStringLength = 1_000_000;
    private int maxNumberLength = 100;
    private int maxNameLength = 1_000;
    private long maxDocumentLength = 10L * 1024 * 1024;
    private long maxTokenCount = 1_000_000;

    private Builder() {}

    /** Sets the deepest allowed nesting of arrays and objects. */
    public Builder maxNestingDepth(int value) {
      this.maxNestingDepth = positive(value, "maxNestingDepth");
      return this;
    }

    /** Sets the longest allowed string value, in characters. */
    public Builder maxStringLength(int value) {
      this.maxStringLength = positive(value, "maxStringLength");
      return this;
    }

    /** Sets the longest allowed number, in characters. */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = positive(value, "maxNumberLength");
      return this;
    }

    /** Sets the longest allowed property name, in characters. */
    public Builder maxNameLength(int value) {
      this.maxNameLength = positive(value, "maxNameLength");
      return this;
    }

    /** Sets the longest allowed document: bytes for byte input, characters for text input. */
    public Builder maxDocumentLength(long value) {
      this.maxDocumentLength = positive(value, "maxDocumentLength");
      return this;
    }

    /** Sets the largest allowed number of tokens in a document. */
    public Builder maxTokenCount(long value) {
      this.maxTokenCount = positive(value, "maxTokenCount");
      return this;
    }

    /** Returns the limits. */
    public JsonLimits build() {
      return new JsonLimits(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
