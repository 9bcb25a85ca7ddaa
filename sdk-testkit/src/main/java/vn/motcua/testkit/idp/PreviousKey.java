package vn.motcua.testkit.idp;

/** What a key rotation does with the keys it replaces. */
public enum PreviousKey {
  /** Keep publishing the old keys, as a provider does while tokens they signed are still alive. */
  KEEP_PUBLISHED,
  /**
   * Remove every earlier key from the JWKS at once, so that it holds only the new keys and tokens
   * the old ones signed stop verifying.
   */
  REMOVE
}
