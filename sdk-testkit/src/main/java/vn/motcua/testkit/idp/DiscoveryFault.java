package vn.motcua.testkit.idp;

/** A defect the stub can put into its discovery document. */
public enum DiscoveryFault {
  /** {@code issuer} differs from the URL the document was fetched from. */
  ISSUER_MISMATCH
}
