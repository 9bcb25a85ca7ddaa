package vn.motcua.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Immutable HTTP header fields: names are looked up case-insensitively, and the order in which
 * fields were added is kept.
 *
 * <p>Names must be RFC 9110 tokens; values must not hold control characters other than tab (so no
 * CR or LF can split a header), and surrounding whitespace is stripped. Received values may hold
 * non-ASCII characters; {@link HttpRequest} accepts only ASCII ones. A rejected value is never
 * echoed in the error message, since it may be a secret. {@link #toString()} shows names only.
 */
public final class HttpHeaders {
  private static final HttpHeaders EMPTY = new HttpHeaders(List.of(), List.of());

  private final List<String> names;
  private final List<String> values;

  private HttpHeaders(List<String> names, List<String> values) {
    this.names = names;
    this.values = values;
  }

  /** Returns headers with no field. */
  public static HttpHeaders empty() {
    return EMPTY;
  }

  /**
   * Returns headers made of alternating names and values, such as {@code of("Accept",
   * "application/json")}.
   *
   * @throws IllegalArgumentException when the count is odd or a name or value is not allowed
   */
  public static HttpHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected alternating names and values");
    }
    Builder builder = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      builder.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return builder.build();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these fields, to derive modified headers. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.names.addAll(names);
    builder.values.addAll(values);
    return builder;
  }

  /** Returns the first value of the named field, if present; the name is case-insensitive. */
  public Optional<String> first(String name) {
    Objects.requireNonNull(name, "name");
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return Optional.of(values.get(i));
      }
    }
    return Optional.empty();
  }

  /** Returns every value of the named field, in order; empty when absent. */
  public List<String> all(String name) {
    Objects.requireNonNull(name, "name");
    List<String> found = new ArrayList<>(1);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        found.add(values.get(i));
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** Returns whether the named field is present; the name is case-insensitive. */
  public boolean contains(String name) {
    return first(name).isPresent();
  }

  /** Returns the distinct field names, each spelled as first added, in order of first addition. */
  public Set<String> names() {
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    for (String name : names) {
      byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(byLowerCase.values()));
  }

  /** Returns the number of fields, counting each repeated name once per value. */
  public int size() {
    return names.size();
  }

  /** Returns whether there is no field. */
  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** Calls {@code action} with each name and value, in order. */
  public void forEach(BiConsumer<String, String> action) {
    for (int i = 0; i < names.size(); i++) {
      action.accept(names.get(i), values.get(i));
    }
  }

  /** Returns the fields as an unmodifiable map with case-insensitive keys. */
  public Map<String, List<String>> toMap() {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    forEach((name, value) -> map.computeIfAbsent(name, n -> new ArrayList<>()).add(value));
    map.replaceAll((name, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(map);
  }

  private Map<String, List<String>> canonical() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    forEach(
        (name, value) ->
            map.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value));
    return map;
  }

  /** Headers are equal when they hold the same values for the same names, ignoring name case. */
  @Override
  public boolean equals(Object o) {
    return o instanceof HttpHeaders other && canonical().equals(other.canonical());
  }

  @Override
  public int hashCode() {
    return canonical().hashCode();
  }

  /** Returns the field names only; values may be secrets and are never shown. */
  @Override
  public String toString() {
    return "HttpHeaders" + names();
  }

  /** Collects header fields; not thread-safe. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    private Builder() {}

    /** Adds a field, keeping any existing value of the same name. */
    public Builder add(String name, String value) {
      names.add(requireName(name));
      values.add(requireValue(name, value));
      return this;
    }

    /** Replaces every value of the named field by {@code value}. */
    public Builder set(String name, String value) {
      remove(name);
      return add(name, value);
    }

    /** Removes every value of the named field; the name is case-insensitive. */
    public Builder remove(String name) {
      Objects.requireNonNull(name, "name");
      for (int i = names.size() - 1; i >= 0; i--) {
        if (names.get(i).equalsIgnoreCase(name)) {
          names.remove(i);
          values.remove(i);
        }
      }
      return this;
    }

    /** Adds every field of {@code headers}. */
    public Builder addAll(HttpHeaders headers) {
      headers.forEach(this::add);
      return this;
    }

    /** Returns the immutable headers collected so far. */
    public HttpHeaders build() {
      return names.isEmpty() ? EMPTY : new HttpHeaders(List.copyOf(names), List.copyOf(values));
    }
  }

  /** Returns {@code name} if it is a valid header name; throws otherwise. */
  static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("header name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        throw new IllegalArgumentException(
            "header name has a character not allowed in an RFC 9110 token at index " + i);
      }
    }
    return name;
  }

  private static String requireValue(String name, String value) {
    Objects.requireNonNull(value, "value");
    String stripped = value.strip();
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c != '\t' && (c < 0x20 || c == 0x7f)) {
        throw new IllegalArgumentException(
            "value of header " + name + " has a character not allowed at index " + i);
      }
    }
    return stripped;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
