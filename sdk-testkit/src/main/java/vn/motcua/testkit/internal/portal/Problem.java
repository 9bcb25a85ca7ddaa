package vn.motcua.testkit.internal.portal;

import java.util.Locale;
import java.util.Map;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.MessageSource;
import vn.motcua.core.validation.Violation;

/**
 * One reason the stub portal refuses a request: the JSON path in the request, a stable code and the
 * reason in Vietnamese and English. Never holds a value from the request.
 */
record Problem(String path, String code, String reason, String reasonEn) {
  private static final MessageSource MESSAGES =
      MessageSource.bundle("vn.motcua.testkit.messages", Problem.class.getClassLoader())
          .orElse(
              MessageSource.bundle(
                  "vn.motcua.core.messages", MotcuaException.class.getClassLoader()));

  /** A problem of the stub's own rules. */
  static Problem of(String path, String code) {
    return of(path, code, Map.of());
  }

  /** A problem of the stub's own rules, with the rule's arguments. */
  static Problem of(String path, String code, Map<String, ?> args) {
    return of(path, Violation.of(path, code, args, MESSAGES));
  }

  /** A violation of the SDK's rules, found at {@code path} in the request. */
  static Problem of(String path, Violation violation) {
    return new Problem(
        path, violation.code(), violation.message(), violation.message(Locale.ENGLISH));
  }

  /** A required field is missing. */
  static Problem missing(String path) {
    return of(path, PortalEngine.MISSING);
  }

  /** The body is not JSON. */
  static Problem notJson() {
    return of("", PortalEngine.NOT_JSON);
  }
}
