package vn.motcua.core.archfixture;

import vn.motcua.dossier.archfixture.ThrowsChecked;

/** Breaks the layering rule on purpose: core code depending on the dossier module. */
public final class UsesDossier {
  private UsesDossier() {}

  /** Refers to a dossier-module class. */
  public static Class<?> dossierType() {
    return ThrowsChecked.class;
  }
}
