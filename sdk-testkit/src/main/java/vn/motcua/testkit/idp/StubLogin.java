package vn.motcua.testkit.idp;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import vn.motcua.core.MotcuaException;
import vn.motcua.core.TransportException;

/**
 * Plays the user's browser at a stub identity provider, for tests that do not drive a browser:
 * sends the authorization request the relying party built, picks a persona as a user would on a
 * login page, and returns the callback URL the provider redirects to, without following it.
 *
 * <p>The persona travels in the {@value #PERSONA_HEADER} header, so the authorization URL is sent
 * exactly as the relying party built it. Works against an in-process stub and against a standalone
 * one. Thread-safe.
 */
public final class StubLogin implements AutoCloseable {
  /** The request header by which the stub's authorization endpoint picks the persona. */
  public static final String PERSONA_HEADER = "X-Motcua-Stub-Persona";

  /**
   * The response header in which the stub's authorization endpoint repeats the OAuth error code of
   * a request it refuses without redirecting.
   */
  public static final String ERROR_HEADER = "X-Motcua-Stub-Error";

  private final OkHttpClient http;
  private final boolean owned;

  private StubLogin(OkHttpClient http, boolean owned) {
    this.http = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
    this.owned = owned;
  }

  /** Returns a login helper with its own HTTP client; {@link #close()} releases it. */
  public static StubLogin create() {
    return new StubLogin(new OkHttpClient(), true);
  }

  /**
   * Returns a login helper sharing the caller's HTTP client's pools (redirects are never followed,
   * whatever the client says); {@link #close()} leaves the client alone.
   */
  public static StubLogin using(OkHttpClient http) {
    return new StubLogin(Objects.requireNonNull(http, "http"), false);
  }

  /**
   * Signs the stub's default persona in and returns the callback URL.
   *
   * @see #callback(URI, String)
   */
  public URI callback(URI authorizationUrl) {
    return send(authorizationUrl, null);
  }

  /**
   * Signs a persona in (by persona id such as {@code citizen-07}, or by personal ID number) and
   * returns the callback URL: the redirect URI with {@code code}, {@code state} and {@code iss}, or
   * with {@code error} when the stub refused the request in a way OAuth reports to the client.
   *
   * @throws MotcuaException with code {@code testkit.login.refused} when the stub answered without
   *     a redirect (unknown client, unregistered redirect URI), naming the OAuth error
   * @throws TransportException with code {@code testkit.login.unreachable} when the stub cannot be
   *     reached
   */
  public URI callback(URI authorizationUrl, String personaId) {
    return send(authorizationUrl, Objects.requireNonNull(personaId, "personaId"));
  }

  private URI send(URI authorizationUrl, @Nullable String persona) {
    Request.Builder request = new Request.Builder().url(authorizationUrl.toString()).get();
    if (persona != null) {
      request.header(PERSONA_HEADER, persona);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      String location = response.header("Location");
      if (!response.isRedirect() || location == null) {
        String error = response.header(ERROR_HEADER);
        throw new MotcuaException(
            "testkit.login.refused",
            "The stub identity provider answered HTTP "
                + response.code()
                + (error == null ? "" : " (" + error + ")")
                + " instead of redirecting; check the client id and redirect URI");
      }
      return authorizationUrl.resolve(location);
    } catch (IOException e) {
      throw new TransportException(
          "testkit.login.unreachable",
          "Cannot reach the stub identity provider's authorization endpoint",
          true,
          e);
    }
  }

  /** Releases the HTTP client if this helper created it. */
  @Override
  public void close() {
    if (owned) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "StubLogin";
  }
}
