package vn.motcua.identity.internal;

import java.util.Locale;
import java.util.Map;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.MessageSource;

/**
 * The message bundle of motcua identity, {@code vn/motcua/identity/messages*.properties}, falling
 * back to motcua-core's bundle for the identifier codes that claim reports reuse.
 */
public final class IdentityMessages {
  private static final MessageSource SOURCE =
      MessageSource.bundle("vn.motcua.identity.messages", IdentityMessages.class.getClassLoader())
          .orElse(
              MessageSource.bundle(
                  "vn.motcua.core.messages", MotcuaException.class.getClassLoader()));

  private IdentityMessages() {}

  /** Returns the identity bundle, with core's texts as fallback. */
  public static MessageSource source() {
    return SOURCE;
  }

  /** Returns the text of {@code code} in {@code locale}, placeholders filled from {@code args}. */
  public static String text(String code, Map<String, ?> args, Locale locale) {
    return SOURCE.message(code, args, locale);
  }
}
