package vn.motcua.testkit.idp;

/** How a client authenticates at the token endpoint (OpenID Connect Core 9). */
public enum ClientAuthMethod {
  /** Client id and secret in an HTTP Basic {@code Authorization} header. */
  CLIENT_SECRET_BASIC("client_secret_basic"),
  /** Client id and secret as {@code client_id} and {@code client_secret} form fields. */
  CLIENT_SECRET_POST("client_secret_post"),
  /** A JWT signed with the client's private key (RFC 7523), checked against its JWK set. */
  PRIVATE_KEY_JWT("private_key_jwt");

  private final String value;

  ClientAuthMethod(String value) {
    this.value = value;
  }

  /** Returns the name used in discovery and registration, such as {@code client_secret_basic}. */
  public String value() {
    return value;
  }
}
