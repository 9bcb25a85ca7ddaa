package vn.motcua.core.internal.validation;

import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Takes a violation's message arguments from its constraint's attributes: limits such as {@code
 * min}, {@code max}, {@code value}, {@code integer}, {@code fraction}, {@code inclusive}.
 *
 * <p>Only scalar attributes are kept. The standard ones every constraint has ({@code message},
 * {@code groups}, {@code payload}) say nothing to people; a {@code regexp} would only confuse them.
 * The validated value is never an attribute, so it never becomes an argument.
 */
final class ConstraintArgs {
  private static final Set<String> LEFT_OUT = Set.of("message", "groups", "payload", "regexp");

  private ConstraintArgs() {}

  static Map<String, Object> of(ConstraintDescriptor<?> descriptor) {
    Map<String, Object> args = new TreeMap<>();
    descriptor
        .getAttributes()
        .forEach(
            (name, value) -> {
              if (LEFT_OUT.contains(name)) {
                return;
              }
              if (value instanceof Number || value instanceof Boolean) {
                args.put(name, value);
              } else if (value instanceof CharSequence || value instanceof Character) {
                args.put(name, value.toString());
              } else if (value instanceof Enum<?> constant) {
                args.put(name, constant.name());
              }
            });
    return args;
  }
}
