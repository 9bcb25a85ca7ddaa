package vn.motcua.testkit.internal.idp;

/** Where the stub serves each endpoint, relative to the issuer. */
public final class Paths {
  /** The discovery document (OpenID Connect Discovery 4). */
  public static final String DISCOVERY = "/.well-known/openid-configuration";

  /** The JWKS. */
  public static final String JWKS = "/jwks";

  /** The authorization endpoint. */
  public static final String AUTHORIZE = "/authorize";

  /** The token endpoint. */
  public static final String TOKEN = "/token";

  /** The userinfo endpoint. */
  public static final String USERINFO = "/userinfo";

  /** The prefix of the untrusted key URLs. */
  public static final String UNTRUSTED_PREFIX = "/untrusted/";

  private Paths() {}
}
