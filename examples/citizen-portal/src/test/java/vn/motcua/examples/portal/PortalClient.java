package vn.motcua.examples.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a browser against a running portal with the JDK's HTTP client: follows no redirect, keeps
 * the session cookie by hand, and lets the stub identity provider answer the sign-in.
 */
final class PortalClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final CitizenPortal app;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String cookie;

  PortalClient(CitizenPortal app) {
    this.app = app;
  }

  /** The session cookie's value, if any. */
  Optional<String> cookie() {
    return Optional.ofNullable(cookie);
  }

  /**
   * Signs {@code persona} in and returns the callback's response (303 to /apply when it worked).
   */
  HttpResponse<String> signIn(String persona) {
    HttpResponse<String> login = get("/login");
    URI authorization = URI.create(login.headers().firstValue("Location").orElseThrow());
    URI callback = app.identityProvider().simulateLogin(authorization, persona);
    return get(callback.getRawPath() + "?" + callback.getRawQuery());
  }

  /** Returns the CSRF token of the form page. */
  String csrfToken() {
    Matcher m = CSRF.matcher(get("/apply").body());
    if (!m.find()) {
      throw new AssertionError("the form has no CSRF token");
    }
    return m.group(1);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(app.baseUri().resolve(pathAndQuery)).GET());
  }

  /** Posts a multipart form: text fields, and files as name to (file name, content). */
  HttpResponse<String> postForm(Map<String, String> fields, Map<String, FileField> files) {
    String boundary = "----portal-test-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + field.getKey()
              + "\"\r\n\r\n"
              + field.getValue()
              + "\r\n");
    }
    for (Map.Entry<String, FileField> file : files.entrySet()) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + file.getKey()
              + "\"; filename=\""
              + file.getValue().name()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(file.getValue().content());
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    return send(
        HttpRequest.newBuilder(app.baseUri().resolve("/apply"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Posts an {@code application/x-www-form-urlencoded} body. */
  HttpResponse<String> postUrlEncoded(String path, String body) {
    return send(
        HttpRequest.newBuilder(app.baseUri().resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A file to upload. */
  record FileField(String name, byte[] content) {}

  static Map<String, String> fields(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  /** A small file that starts like a PDF. */
  static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (cookie != null) {
      request.header("Cookie", Sessions.COOKIE + "=" + cookie);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String set : response.headers().allValues("Set-Cookie")) {
        if (set.startsWith(Sessions.COOKIE + "=")) {
          String value = set.substring(Sessions.COOKIE.length() + 1, set.indexOf(';'));
          cookie = value.isEmpty() ? null : value;
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
