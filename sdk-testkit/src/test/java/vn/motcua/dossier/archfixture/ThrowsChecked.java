package vn.motcua.dossier.archfixture;

import java.io.IOException;

/** Breaks the error rule on purpose: a public method declaring a checked exception. */
public final class ThrowsChecked {
  private ThrowsChecked() {}

  /** Declares a checked exception. */
  public static void read() throws IOException {
    throw new IOException("fixture");
  }
}
