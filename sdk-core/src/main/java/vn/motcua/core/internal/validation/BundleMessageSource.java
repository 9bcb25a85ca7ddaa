package vn.motcua.core.internal.validation;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import vn.motcua.core.validation.MessageSource;

/**
 * A message source backed by a properties bundle: Vietnamese in the base file, English in {@code
 * _en}. Thread-safe; {@link ResourceBundle} caches the loaded files.
 */
public final class BundleMessageSource implements MessageSource {
  // No fallback to the JVM's default locale: the caller's locale alone decides the language.
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final ClassLoader loader;

  /** Creates a source for the bundle {@code baseName} as seen by {@code loader}. */
  public BundleMessageSource(String baseName, ClassLoader loader) {
    this.baseName = baseName;
    this.loader = loader;
  }

  @Override
  public String message(String code, Map<String, ?> args, Locale locale) {
    return find(code, args, locale).orElse(code);
  }

  @Override
  public Optional<String> find(String code, Map<String, ?> args, Locale locale) {
    Locale wanted =
        locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
            ? Locale.ENGLISH
            : MessageSource.VIETNAMESE;
    String template;
    try {
      template = ResourceBundle.getBundle(baseName, wanted, loader, CONTROL).getString(code);
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
    return Optional.of(Templates.fill(template, args));
  }

  @Override
  public String toString() {
    return "BundleMessageSource[" + baseName + "]";
  }
}
