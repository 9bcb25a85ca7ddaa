package vn.motcua.core.internal.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.core.validation.MessageSource;

/** A message source that asks a first source, then a fallback for codes the first does not know. */
public final class FallbackMessageSource implements MessageSource {
  private final MessageSource first;
  private final MessageSource fallback;

  /** Creates a source answering from {@code first}, else from {@code fallback}. */
  public FallbackMessageSource(MessageSource first, MessageSource fallback) {
    this.first = first;
    this.fallback = fallback;
  }

  @Override
  public String message(String code, Map<String, ?> args, Locale locale) {
    return find(code, args, locale).orElse(code);
  }

  @Override
  public Optional<String> find(String code, Map<String, ?> args, Locale locale) {
    Optional<String> text = first.find(code, args, locale);
    return text.isPresent() ? text : fallback.find(code, args, locale);
  }

  @Override
  public String toString() {
    return first + " orElse " + fallback;
  }
}
