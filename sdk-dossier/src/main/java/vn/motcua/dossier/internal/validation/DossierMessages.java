package vn.motcua.dossier.internal.validation;

import vn.motcua.core.MotcuaException;
import vn.motcua.core.validation.MessageSource;

/** The dossier module's texts for people, falling back to core's for the codes it shares. */
public final class DossierMessages {
  private static final MessageSource SOURCE =
      MessageSource.bundle("vn.motcua.dossier.messages", DossierMessages.class.getClassLoader())
          .orElse(
              MessageSource.bundle(
                  "vn.motcua.core.messages", MotcuaException.class.getClassLoader()));

  private DossierMessages() {}

  /** Returns the dossier bundle chained to core's; thread-safe and shared. */
  public static MessageSource source() {
    return SOURCE;
  }
}
