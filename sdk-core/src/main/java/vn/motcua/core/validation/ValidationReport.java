package vn.motcua.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.motcua.core.InvalidInputException;
import vn.motcua.core.internal.validation.JsonPointerOrder;

/**
 * Every problem found in one piece of input, each with its JSON path, stable code and bilingual
 * message. A report is immutable; an empty report means the input is valid.
 *
 * <p>Reports are ordered by path (segment by segment, array indices by number), then code, so the
 * same input always gives the same report; equal violations appear once.
 */
public final class ValidationReport {
  private static final ValidationReport VALID = new ValidationReport(List.of());
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path, JsonPointerOrder.INSTANCE)
          .thenComparing(Violation::code)
          .thenComparing(v -> new TreeMap<>(v.args()).toString());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  /** Returns the report of valid input: no violations. */
  public static ValidationReport valid() {
    return VALID;
  }

  /** Returns a report holding the given violations, sorted by path and code, duplicates removed. */
  public static ValidationReport of(Collection<Violation> violations) {
    if (violations.isEmpty()) {
      return VALID;
    }
    return new ValidationReport(violations.stream().distinct().sorted(ORDER).toList());
  }

  /** Returns a report with a single violation. */
  public static ValidationReport of(Violation violation) {
    return of(List.of(violation));
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns whether no problem was found. */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /** Returns every violation, ordered by path (indices by number), then code. */
  public List<Violation> violations() {
    return violations;
  }

  /** Returns the violations at exactly the given JSON path. */
  public List<Violation> at(String path) {
    return violations.stream().filter(v -> v.path().equals(path)).toList();
  }

  /** Returns the codes of all violations, in report order. */
  public List<String> codes() {
    return violations.stream().map(Violation::code).toList();
  }

  /** Returns a report holding this report's violations and the other's. */
  public ValidationReport and(ValidationReport other) {
    if (other.isValid()) {
      return this;
    }
    if (isValid()) {
      return other;
    }
    List<Violation> all = new ArrayList<>(violations);
    all.addAll(other.violations);
    return of(all);
  }

  /** Returns a copy with every path prefixed, for reports of nested input. */
  public ValidationReport under(String prefix) {
    return of(violations.stream().map(v -> v.under(prefix)).toList());
  }

  /** Returns each violation as {@code path: message} in the given locale, one per entry. */
  public List<String> messages(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return violations.stream()
        .map(v -> (v.path().isEmpty() ? "/" : v.path()) + ": " + v.message(locale))
        .toList();
  }

  /**
   * Returns a one-line summary for exception messages and logs: the count, then each violation's
   * path and code. It never contains input values.
   */
  public String summary() {
    if (isValid()) {
      return "valid";
    }
    return violations.size()
        + (violations.size() == 1 ? " problem: " : " problems: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Throws an {@link InvalidInputException} with code {@code validation.failed} when the report
   * holds any violation; returns normally otherwise.
   */
  public void throwIfInvalid() {
    throwIfInvalid("validation.failed");
  }

  /** Throws an {@link InvalidInputException} with the given code when any violation is present. */
  public void throwIfInvalid(String code) {
    if (!isValid()) {
      throw new InvalidInputException(code, this);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport other && violations.equals(other.violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  @Override
  public String toString() {
    return "ValidationReport[" + summary() + "]";
  }

  /** Collects violations; not thread-safe. */
  public static final class Builder {
    private final List<Violation> violations = new ArrayList<>();

    private Builder() {}

    /** Adds a violation. */
    public Builder add(Violation violation) {
      violations.add(Objects.requireNonNull(violation, "violation"));
      return this;
    }

    /** Adds a violation built from its parts. */
    public Builder add(String path, String code, Map<String, ?> args, MessageSource messages) {
      return add(Violation.of(path, code, args, messages));
    }

    /** Adds every violation of another report. */
    public Builder addAll(ValidationReport report) {
      violations.addAll(report.violations());
      return this;
    }

    /** Returns the report of what was added so far. */
    public ValidationReport build() {
      return of(violations);
    }
  }
}
