package vn.motcua.core.internal.validation;

import vn.motcua.core.validation.MessageSource;

/** The message bundle of motcua-core, {@code vn/motcua/core/messages*.properties}. */
public final class CoreMessages {
  private static final MessageSource SOURCE =
      MessageSource.bundle("vn.motcua.core.messages", CoreMessages.class.getClassLoader());

  private CoreMessages() {}

  /** Returns the core bundle: texts for every {@code json.*} and {@code validation.*} code. */
  public static MessageSource source() {
    return SOURCE;
  }
}
