package vn.motcua.identity.internal;

/**
 * A JWKS document is not a JSON object with a {@code keys} array; carries no input. Unchecked, as
 * every public method of motcua declares none.
 */
public final class KeySetFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public KeySetFormatException() {
    super("the key set is not a JSON object with a \"keys\" array");
  }
}
