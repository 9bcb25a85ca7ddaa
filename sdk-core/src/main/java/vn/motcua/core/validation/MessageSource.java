package vn.motcua.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.internal.validation.BundleMessageSource;
import vn.motcua.core.internal.validation.FallbackMessageSource;

/**
 * Turns a stable message code into a sentence for people, in Vietnamese or English.
 *
 * <p>Each module ships its own bundle: the base file ({@code messages.properties}) is Vietnamese,
 * {@code messages_en.properties} is English. Placeholders are named, {@code {max}}, and are filled
 * only with values that are not personal data (limits, field names, counts). The JVM's default
 * locale is never consulted: a caller who asks for English gets English, anyone else Vietnamese.
 *
 * <p>Sources compose: {@code mine.orElse(core)} answers from {@code mine} and falls back to {@code
 * core} for codes {@code mine} does not know, so a module adds its own texts without repeating the
 * core ones. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MessageSource {

  /** The Vietnamese locale, the default for every message motcua produces. */
  Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * Returns the message for {@code code} in {@code locale}, placeholders filled from {@code args}.
   * Falls back to Vietnamese for other locales, and to the code itself when no text exists.
   */
  String message(String code, Map<String, ?> args, Locale locale);

  /**
   * Returns the message for {@code code} in {@code locale}, or empty when this source has no text
   * for the code. Composition relies on this to tell a missing text from a present one.
   *
   * <p>The default implementation treats an answer equal to the code as missing, which is what
   * {@link #message} returns by contract when no text exists.
   */
  default Optional<String> find(String code, Map<String, ?> args, Locale locale) {
    String text = message(code, args, locale);
    return text.equals(code) ? Optional.empty() : Optional.of(text);
  }

  /**
   * Returns a source that answers from this one, and from {@code fallback} for codes this one has
   * no text for.
   */
  default MessageSource orElse(MessageSource fallback) {
    return new FallbackMessageSource(this, Objects.requireNonNull(fallback, "fallback"));
  }

  /**
   * Returns a source backed by a properties bundle on the classpath.
   *
   * @param baseName the bundle's base name, such as {@code vn.motcua.core.messages}
   * @param loader the class loader that sees the bundle (use your module's)
   */
  static MessageSource bundle(String baseName, ClassLoader loader) {
    return new BundleMessageSource(
        Objects.requireNonNull(baseName, "baseName"), Objects.requireNonNull(loader, "loader"));
  }
}
