package vn.motcua.core.validation;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Turns a stable message code into a sentence for people, in Vietnamese or English.
 *
 * <p>Each module ships its own bundle: the base file ({@code messages.properties}) is Vietnamese,
 * {@code messages_en.properties} is English. Placeholders are named, {@code {max}}, and are filled
 * only with values that are not personal data (limits, field names, counts). The JVM's default
 * locale is never consulted: a caller who asks for English gets English, anyone else Vietnamese.
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
   * Returns a source backed by a properties bundle on the classpath.
   *
   * @param baseName the bundle's base name, such as {@code vn.motcua.core.validation.messages}
   * @param loader the class loader that sees the bundle (use your module's)
   */
  static MessageSource bundle(String baseName, ClassLoader loader) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(loader, "loader");
    ResourceBundle.Control control =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    return (code, args, locale) -> {
      Locale wanted =
          locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
      String template;
      try {
        template = ResourceBundle.getBundle(baseName, wanted, loader, control).getString(code);
      } catch (MissingResourceException e) {
        return code;
      }
      return fill(template, args);
    };
  }

  /** Replaces each {@code {name}} in the template by the argument's value. */
  private static String fill(String template, Map<String, ?> args) {
    if (args.isEmpty() || template.indexOf('{') < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        out.append(template, i, template.length());
        break;
      }
      String name = template.substring(open + 1, close);
      out.append(template, i, open);
      out.append(args.containsKey(name) ? String.valueOf(args.get(name)) : "{" + name + "}");
      i = close + 1;
    }
    return out.toString();
  }
}
